/*
** Criterion tests for format.c. Every expected value and message was
** produced by CPython 3.11 (python3.11) when the test was written.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "format.h"

/* format(value, spec) as python3.11 gives it: the result, or the error
** code and message. */
typedef struct fmt_case {
  const char *value;   /* ints: decimal; strs: the text */
  double x;            /* floats */
  const char *type_name;
  const char *spec;
  int rc;
  const char *want;
} fmt_case;

static const fmt_case int_cases[] = {
    {"1234567", 0, "int", ",", MT_FMT_OK, "1,234,567"},
    {"1234567", 0, "int", "_", MT_FMT_OK, "1_234_567"},
    {"1234567", 0, "int", "012,", MT_FMT_OK, "0,001,234,567"},
    {"1234567", 0, "int", "014,", MT_FMT_OK, "00,001,234,567"},
    {"-1234", 0, "int", "09,", MT_FMT_OK, "-0,001,234"},
    {"-1234", 0, "int", "010_", MT_FMT_OK, "-0_001_234"},
    {"74565", 0, "int", "#014_x", MT_FMT_OK, "0x00_0001_2345"},
    {"74565", 0, "int", "#013_x", MT_FMT_OK, "0x0_0001_2345"},
    {"255", 0, "int", "#010X", MT_FMT_OK, "0X000000FF"},
    {"255", 0, "int", "#o", MT_FMT_OK, "0o377"},
    {"255", 0, "int", "#b", MT_FMT_OK, "0b11111111"},
    {"-255", 0, "int", "#x", MT_FMT_OK, "-0xff"},
    {"255", 0, "int", "X", MT_FMT_OK, "FF"},
    {"0", 0, "int", "#x", MT_FMT_OK, "0x0"},
    {"12345678", 0, "int", "_b", MT_FMT_OK, "1011_1100_0110_0001_0100_1110"},
    {"5", 0, "int", " d", MT_FMT_OK, " 5"},
    {"5", 0, "int", " 5", MT_FMT_OK, "    5"},
    {"-5", 0, "int", " 5", MT_FMT_OK, "   -5"},
    {"5", 0, "int", "+", MT_FMT_OK, "+5"},
    {"-5", 0, "int", "x^+10", MT_FMT_OK, "xxxx-5xxxx"},
    {"65", 0, "int", "c", MT_FMT_OK, "A"},
    {"65", 0, "int", "10c", MT_FMT_OK, "         A"},
    {"65", 0, "int", "<010c", MT_FMT_OK, "A000000000"},
    {"65", 0, "int", "010c", MT_FMT_OK, "000000000A"},
    {"128512", 0, "int", "^5c", MT_FMT_OK, "  \xf0\x9f\x98\x80""  "},
    {"0", 0, "int", "c", MT_FMT_OK, "\x00"""},
    {"1267650600228229401496703205376", 0, "int", ",", MT_FMT_OK, "1,267,650,600,228,229,401,496,703,205,376"},
    {"-1267650600228229401496703205376", 0, "int", "_x", MT_FMT_OK, "-10_0000_0000_0000_0000_0000_0000"},
    {"100000000000000000000", 0, "int", "e", MT_FMT_OK, "1.000000e+20"},
    {"7", 0, "int", ".3f", MT_FMT_OK, "7.000"},
    {"7", 0, "int", "%", MT_FMT_OK, "700.000000%"},
    {"-7", 0, "int", "g", MT_FMT_OK, "-7"},
    {"3", 0, "int", "n", MT_FMT_OK, "3"},
    {"1000000", 0, "int", "n", MT_FMT_OK, "1000000"},
    {"5", 0, "int", "=5", MT_FMT_OK, "    5"},
    {"5", 0, "int", "05", MT_FMT_OK, "00005"},
    {"5", 0, "int", "*^9", MT_FMT_OK, "****5****"},
    {"5", 0, "int", "\xc3\xa9"">4", MT_FMT_OK, "\xc3\xa9""\xc3\xa9""\xc3\xa9""5"},
    {"1", 0, "bool", "d", MT_FMT_OK, "1"},
    {"1", 0, "bool", "x", MT_FMT_OK, "1"},
    {"0", 0, "bool", "05", MT_FMT_OK, "00000"},
    {"5", 0, "int", "z", MT_FMT_EVALUE, "Negative zero coercion (z) not allowed in integer format specifier"},
    {"5", 0, "int", ".2", MT_FMT_EVALUE, "Precision not allowed in integer format specifier"},
    {"5", 0, "int", ".2q", MT_FMT_EVALUE, "Unknown format code 'q' for object of type 'int'"},
    {"5", 0, "int", "q", MT_FMT_EVALUE, "Unknown format code 'q' for object of type 'int'"},
    {"5", 0, "int", "+c", MT_FMT_EVALUE, "Sign not allowed with integer format specifier 'c'"},
    {"5", 0, "int", "#c", MT_FMT_EVALUE, "Alternate form (#) not allowed with integer format specifier 'c'"},
    {"5", 0, "int", ",c", MT_FMT_EVALUE, "Cannot specify ',' with 'c'."},
    {"5", 0, "int", "_c", MT_FMT_EVALUE, "Cannot specify '_' with 'c'."},
    {"5", 0, "int", ",x", MT_FMT_EVALUE, "Cannot specify ',' with 'x'."},
    {"5", 0, "int", "_n", MT_FMT_EVALUE, "Cannot specify '_' with 'n'."},
    {"1180591620717411303424", 0, "int", "c", MT_FMT_EOVERFLOW, "Python int too large to convert to C long"},
    {"-1", 0, "int", "c", MT_FMT_EOVERFLOW, "%c arg not in range(0x110000)"},
    {"1114112", 0, "int", "c", MT_FMT_EOVERFLOW, "%c arg not in range(0x110000)"},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0, "int", "e", MT_FMT_EOVERFLOW, "int too large to convert to float"},
    {"1", 0, "int", "abc", MT_FMT_EVALUE, "Invalid format specifier 'abc' for object of type 'int'"},
    {"1", 0, "int", "\x01""", MT_FMT_EVALUE, "Unknown format code '\\x1' for object of type 'int'"},
    {"1", 0, "int", "\xc3\xa9""", MT_FMT_EVALUE, "Unknown format code '\\xe9' for object of type 'int'"},
    {"5", 0, "int", "z.2d", MT_FMT_EVALUE, "Precision not allowed in integer format specifier"},
    {"5", 0, "int", ".2zd", MT_FMT_EVALUE, "Invalid format specifier '.2zd' for object of type 'int'"},
    {"1", 0, "int", ",_", MT_FMT_EVALUE, "Cannot specify both ',' and '_'."},
    {"1", 0, "int", "_,", MT_FMT_EVALUE, "Cannot specify both ',' and '_'."},
    {"1", 0, "bool", "q", MT_FMT_EVALUE, "Unknown format code 'q' for object of type 'bool'"},
    {"1", 0, "int", ".", MT_FMT_EVALUE, "Format specifier missing precision"},
    {"1", 0, "int", "99999999999999999999", MT_FMT_EVALUE, "Too many decimal digits in format string"},
};

static const fmt_case float_cases[] = {
    {NULL, 0x1.8000000000000p+0, "float", "", MT_FMT_OK, "1.5"},
    {NULL, 0x1.8000000000000p+0, "float", "z", MT_FMT_OK, "1.5"},
    {NULL, -0.0, "float", "z", MT_FMT_OK, "0.0"},
    {NULL, -0.0, "float", "zf", MT_FMT_OK, "0.000000"},
    {NULL, -0x1.0624dd2f1a9fcp-10, "float", "z.1f", MT_FMT_OK, "0.0"},
    {NULL, -0.0, "float", "", MT_FMT_OK, "-0.0"},
    {NULL, -0.0, "float", "g", MT_FMT_OK, "-0"},
    {NULL, -0.0, "float", "n", MT_FMT_OK, "-0"},
    {NULL, 0x1.1c37937e08000p+53, "float", "", MT_FMT_OK, "1e+16"},
    {NULL, 0x1.4f8b588e368f1p-17, "float", "", MT_FMT_OK, "1e-05"},
    {NULL, 0x1.1c37937e08000p+53, "float", ",", MT_FMT_OK, "1e+16"},
    {NULL, 0x1.d6f3454000000p+26, "float", ",.3", MT_FMT_OK, "1.23e+08"},
    {NULL, 0x1.34a0000000000p+10, "float", "012,.1f", MT_FMT_OK, "00,001,234.5"},
    {NULL, -0x1.34a0000000000p+10, "float", "013,.2f", MT_FMT_OK, "-0,001,234.50"},
    {NULL, 0x1.5af1d78b58c40p+66, "float", ",.0f", MT_FMT_OK, "100,000,000,000,000,000,000"},
    {NULL, 0x1.34a0000000000p+10, "float", "_g", MT_FMT_OK, "1_234.5"},
    {NULL, INFINITY, "float", "010", MT_FMT_OK, "0000000inf"},
    {NULL, NAN, "float", "+010", MT_FMT_OK, "+000000nan"},
    {NULL, -INFINITY, "float", "010,", MT_FMT_OK, "-000000inf"},
    {NULL, 0x1.34a0000000000p+10, "float", "=+12,.1f", MT_FMT_OK, "+    1,234.5"},
    {NULL, 0x1.34a0000000000p+10, "float", "^+12,.1f", MT_FMT_OK, "  +1,234.5  "},
    {NULL, 0x1.8000000000000p+0, "float", "=^10", MT_FMT_OK, "===1.5===="},
    {NULL, 0x1.8000000000000p+0, "float", "x<10", MT_FMT_OK, "1.5xxxxxxx"},
    {NULL, 0x1.8000000000000p+0, "float", " ", MT_FMT_OK, " 1.5"},
    {NULL, 0x1.8000000000000p+0, "float", "+", MT_FMT_OK, "+1.5"},
    {NULL, 0x1.8000000000000p+0, "float", "#", MT_FMT_OK, "1.5"},
    {NULL, 0x1.8000000000000p+0, "float", "#.0f", MT_FMT_OK, "2."},
    {NULL, 0.0, "float", "#g", MT_FMT_OK, "0.00000"},
    {NULL, 0x1.8000000000000p+0, "float", "z#.3", MT_FMT_OK, "1.50"},
    {NULL, 0x1.e848000000000p+19, "float", "%", MT_FMT_OK, "100000000.000000%"},
    {NULL, 0x1.0000000000000p-1, "float", ".0%", MT_FMT_OK, "50%"},
    {NULL, -0.0, "float", "z%", MT_FMT_OK, "0.000000%"},
    {NULL, 0x1.5666666666666p+1, "float", ".2f", MT_FMT_OK, "2.67"},
    {NULL, 0x1.0000000000000p-3, "float", ".2f", MT_FMT_OK, "0.12"},
    {NULL, 0x1.0000000000000p+0, "float", ".3", MT_FMT_OK, "1.0"},
    {NULL, 0x1.5af1d78b58c40p+66, "float", ".3", MT_FMT_OK, "1e+20"},
    {NULL, 0x1.edd2f1a9fbe77p+6, "float", ".1e", MT_FMT_OK, "1.2e+02"},
    {NULL, 0x1.edd2f1a9fbe77p+6, "float", "E", MT_FMT_OK, "1.234560E+02"},
    {NULL, 0x1.b7cdfd9d7bdbbp-34, "float", "G", MT_FMT_OK, "1E-10"},
    {NULL, INFINITY, "float", "F", MT_FMT_OK, "INF"},
    {NULL, NAN, "float", "E", MT_FMT_OK, "NAN"},
    {NULL, 0x1.5555555555555p-2, "float", ".20f", MT_FMT_OK, "0.33333333333333331483"},
    {NULL, 0x1.5555555555555p-2, "float", ".17g", MT_FMT_OK, "0.33333333333333331"},
    {NULL, 0x1.1eb2d66005835p+997, "float", ".3e", MT_FMT_OK, "1.500e+300"},
    {NULL, 0x0.0000000000001p-1022, "float", "", MT_FMT_OK, "5e-324"},
    {NULL, 0x0.0000000000001p-1022, "float", ".3g", MT_FMT_OK, "4.94e-324"},
    {NULL, 0x1.8000000000000p+0, "float", "x", MT_FMT_EVALUE, "Unknown format code 'x' for object of type 'float'"},
    {NULL, 0x1.8000000000000p+0, "float", ".2147483648f", MT_FMT_EVALUE, "precision too big"},
    {NULL, 0x1.8000000000000p+0, "float", ".", MT_FMT_EVALUE, "Format specifier missing precision"},
    {NULL, 0x1.8000000000000p+0, "float", ",_", MT_FMT_EVALUE, "Cannot specify both ',' and '_'."},
    {NULL, 0x1.8000000000000p+0, "float", ",,", MT_FMT_EVALUE, "Cannot specify ',' with ','."},
    {NULL, 0x1.8000000000000p+0, "float", "d", MT_FMT_EVALUE, "Unknown format code 'd' for object of type 'float'"},
    {NULL, 0x1.8000000000000p+0, "float", "abc", MT_FMT_EVALUE, "Invalid format specifier 'abc' for object of type 'float'"},
    {NULL, 0x1.8000000000000p+0, "float", ",n", MT_FMT_EVALUE, "Cannot specify ',' with 'n'."},
    {NULL, 0x1.9000000000000p+6, "float", "#.3g", MT_FMT_OK, "100."},
    {NULL, 0x1.a36e2eb1c432dp-14, "float", "g", MT_FMT_OK, "0.0001"},
    {NULL, 0x1.4f8b588e368f1p-17, "float", "g", MT_FMT_OK, "1e-05"},
    {NULL, 0x1.2d68700000000p+20, "float", "n", MT_FMT_OK, "1.23457e+06"},
    {NULL, 0x1.81cd6c8b43958p+13, "float", "_.2f", MT_FMT_OK, "12_345.68"},
    {NULL, -0x1.ad7f29abcaf48p-24, "float", "z.3f", MT_FMT_OK, "0.000"},
    {NULL, 0x1.3ff7ced916873p+3, "float", ".2", MT_FMT_OK, "1e+01"},
    {NULL, 0x1.1c37934e58f80p+53, "float", "", MT_FMT_OK, "9999999900000000.0"},
};

static const fmt_case str_cases[] = {
    {"abc", 0, "str", "", MT_FMT_OK, "abc"},
    {"abc", 0, "str", "x^10", MT_FMT_OK, "xxxabcxxxx"},
    {"abc", 0, "str", "^10.2", MT_FMT_OK, "    ab    "},
    {"abc", 0, "str", "<", MT_FMT_OK, "abc"},
    {"ab", 0, "str", "05", MT_FMT_OK, "ab000"},
    {"ab", 0, "str", "<05", MT_FMT_OK, "ab000"},
    {"h\xc3\xa9""llo", 0, "str", ">8", MT_FMT_OK, "   h\xc3\xa9""llo"},
    {"\xe6\x97\xa5""\xe6\x9c\xac""\xe8\xaa\x9e""", 0, "str", "*^7.2", MT_FMT_OK, "**\xe6\x97\xa5""\xe6\x9c\xac""***"},
    {"x", 0, "str", "+", MT_FMT_EVALUE, "Sign not allowed in string format specifier"},
    {"x", 0, "str", " 5", MT_FMT_EVALUE, "Space not allowed in string format specifier"},
    {"x", 0, "str", "z", MT_FMT_EVALUE, "Negative zero coercion (z) not allowed in string format specifier"},
    {"x", 0, "str", "#", MT_FMT_EVALUE, "Alternate form (#) not allowed in string format specifier"},
    {"x", 0, "str", "=5", MT_FMT_EVALUE, "'=' alignment not allowed in string format specifier"},
    {"x", 0, "str", ",", MT_FMT_EVALUE, "Cannot specify ',' with 's'."},
    {"x", 0, "str", "_", MT_FMT_EVALUE, "Cannot specify '_' with 's'."},
    {"x", 0, "str", "d", MT_FMT_EVALUE, "Unknown format code 'd' for object of type 'str'"},
    {"x", 0, "str", "abc", MT_FMT_EVALUE, "Invalid format specifier 'abc' for object of type 'str'"},
    {"x", 0, "str", "+z#=5", MT_FMT_EVALUE, "Invalid format specifier '+z#=5' for object of type 'str'"},
    {"x", 0, "str", ".2147483648", MT_FMT_OK, "x"},
    {"abc", 0, "str", ".0", MT_FMT_OK, ""},
    {"", 0, "str", "*>3", MT_FMT_OK, "***"},
};

/* One conversion of str % args (python3.11). */
typedef struct pct_case {
  const char *conv;
  const char *ivalue;  /* int argument (decimal), or NULL */
  double x;            /* else the float argument */
  int rc;
  const char *want;
} pct_case;

static const pct_case pct_cases[] = {
    {"%5.3d", "7", 0, MT_FMT_OK, "  007"},
    {"%-5d", "3", 0, MT_FMT_OK, "3    "},
    {"%+d", "3", 0, MT_FMT_OK, "+3"},
    {"% d", "3", 0, MT_FMT_OK, " 3"},
    {"%05d", "-3", 0, MT_FMT_OK, "-0003"},
    {"%-05d", "-3", 0, MT_FMT_OK, "-3   "},
    {"%#x", "255", 0, MT_FMT_OK, "0xff"},
    {"%#o", "255", 0, MT_FMT_OK, "0o377"},
    {"%#X", "255", 0, MT_FMT_OK, "0XFF"},
    {"%x", "-255", 0, MT_FMT_OK, "-ff"},
    {"%#08x", "255", 0, MT_FMT_OK, "0x0000ff"},
    {"%#8x", "-255", 0, MT_FMT_OK, "   -0xff"},
    {"%+#08x", "255", 0, MT_FMT_OK, "+0x000ff"},
    {"%.5x", "255", 0, MT_FMT_OK, "000ff"},
    {"%#.5x", "-255", 0, MT_FMT_OK, "-0x000ff"},
    {"%e", NULL, 0x1.8000000000000p+0, MT_FMT_OK, "1.500000e+00"},
    {"%.0e", NULL, 0x1.8000000000000p+0, MT_FMT_OK, "2e+00"},
    {"%#.0f", NULL, 0x1.8000000000000p+0, MT_FMT_OK, "2."},
    {"%g", NULL, 0x1.4f8b588e368f1p-17, MT_FMT_OK, "1e-05"},
    {"%10.4f", NULL, 0x1.921f9f01b866ep+1, MT_FMT_OK, "    3.1416"},
    {"%-10.2e", NULL, 0x1.eadf99999999ap+14, MT_FMT_OK, "3.14e+04  "},
    {"%c", "65", 0, MT_FMT_OK, "A"},
    {"%5c", "65", 0, MT_FMT_OK, "    A"},
    {"%05c", "65", 0, MT_FMT_OK, "    A"},
    {"%d", NULL, 0x1.d99999999999ap+1, MT_FMT_OK, "3"},
    {"%d", NULL, -0x1.d99999999999ap+1, MT_FMT_OK, "-3"},
    {"%i", "1180591620717411303424", 0, MT_FMT_OK, "1180591620717411303424"},
    {"%.30d", "-5", 0, MT_FMT_OK, "-000000000000000000000000000005"},
    {"%+.3e", NULL, -0.0, MT_FMT_OK, "-0.000e+00"},
    {"% f", NULL, 0x1.0000000000000p+0, MT_FMT_OK, " 1.000000"},
    {"%F", NULL, INFINITY, MT_FMT_OK, "INF"},
    {"%f", NULL, NAN, MT_FMT_OK, "nan"},
    {"%010f", NULL, -INFINITY, MT_FMT_OK, "-000000inf"},
    {"%+g", NULL, 0x1.249ad2594c37dp+332, MT_FMT_OK, "+1e+100"},
    {"%G", NULL, 0x1.b7cdfd9d7bdbbp-34, MT_FMT_OK, "1E-10"},
    {"%#g", NULL, 0x1.0000000000000p+0, MT_FMT_OK, "1.00000"},
    {"%#.3g", NULL, 0x1.0000000000000p+0, MT_FMT_OK, "1.00"},
    {"%u", "7", 0, MT_FMT_OK, "7"},
    {"%.0f", NULL, 0x1.0000000000000p-1, MT_FMT_OK, "0"},
    {"%.0f", NULL, 0x1.8000000000000p+0, MT_FMT_OK, "2"},
    {"%ld", "5", 0, MT_FMT_OK, "5"},
    {"%c", "1114112", 0, MT_FMT_EOVERFLOW, "%c arg not in range(0x110000)"},
    {"%c", "-1", 0, MT_FMT_EOVERFLOW, "%c arg not in range(0x110000)"},
    {"%x", NULL, 0x1.d99999999999ap+1, MT_FMT_ETYPE, "%x format: an integer is required, not float"},
    {"%c", NULL, 0x1.8000000000000p+0, MT_FMT_ETYPE, "%c requires int or char"},
    {"%q", "1", 0, MT_FMT_EVALUE, "unsupported format character 'q' (0x71) at index 1"},
    {"%o", "-8", 0, MT_FMT_OK, "-10"},
    {"%#o", "0", 0, MT_FMT_OK, "0o0"},
    {"%x", "0", 0, MT_FMT_OK, "0"},
    {"%.0d", "0", 0, MT_FMT_OK, "0"},
    {"%e", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0, MT_FMT_EOVERFLOW, "int too large to convert to float"},
    {"%d", NULL, INFINITY, MT_FMT_EOVERFLOW, "cannot convert float infinity to integer"},
    {"%d", NULL, NAN, MT_FMT_EVALUE, "cannot convert float NaN to integer"},
    {"%e", "7", 0, MT_FMT_OK, "7.000000e+00"},
    {"%#.3x", "1", 0, MT_FMT_OK, "0x001"},
    {"%c", "128512", 0, MT_FMT_OK, "\xf0\x9f\x98\x80"""},
    {"%3c", "233", 0, MT_FMT_OK, "  \xc3\xa9"""},
};
static mt_limb limbs[256];

/* An int view of a decimal literal (no digit limit). */
static mt_big int_of(const char *s) {
  mt_big_text t;
  cr_assert_eq(mt_big_scan(&t, s, strlen(s), 10, 0, false), MT_BIG_OK);
  mt_big_out o = {limbs, MT_ARRAY_LEN(limbs), 0, false};
  cr_assert_eq(mt_big_from_text(&o, &t), MT_BIG_OK);
  mt_big v = {o.d, o.n, o.neg};
  return v;
}

static void check(const fmt_case *c, int rc, mt_buf *out, mt_buf *msg) {
  cr_assert_eq(rc, c->rc, "format(%s, '%s'): rc %d, msg %s", c->type_name, c->spec, rc,
               msg->data ? msg->data : "");
  cr_assert_str_eq(rc ? msg->data : out->data ? out->data : "", c->want, "format(%s, '%s')", c->type_name,
                   c->spec);
}

Test(format, ints_match_cpython) {
  for (size_t i = 0; i < MT_ARRAY_LEN(int_cases); i++) {
    const fmt_case *c = &int_cases[i];
    mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
    int rc = mt_fmt_int(&out, c->spec, strlen(c->spec), int_of(c->value), c->type_name, 4300, &msg);
    check(c, rc, &out, &msg);
    mt_buf_free(&out);
    mt_buf_free(&msg);
  }
}

Test(format, floats_match_cpython) {
  for (size_t i = 0; i < MT_ARRAY_LEN(float_cases); i++) {
    const fmt_case *c = &float_cases[i];
    mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
    int rc = mt_fmt_float(&out, c->spec, strlen(c->spec), c->x, c->type_name, &msg);
    check(c, rc, &out, &msg);
    mt_buf_free(&out);
    mt_buf_free(&msg);
  }
}

Test(format, strings_match_cpython) {
  for (size_t i = 0; i < MT_ARRAY_LEN(str_cases); i++) {
    const fmt_case *c = &str_cases[i];
    mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
    int rc = mt_fmt_str(&out, c->spec, strlen(c->spec), c->value, strlen(c->value), c->type_name, &msg);
    check(c, rc, &out, &msg);
    mt_buf_free(&out);
    mt_buf_free(&msg);
  }
}

/* The decimal digit limit applies to 'd' and '' but not to 'x'. */
Test(format, digit_limit) {
  mt_big_out p = {limbs, MT_ARRAY_LEN(limbs), 0, false};
  mt_limb ten = 10, e = 4300;
  mt_big tv = {&ten, 1, false}, ev = {&e, 1, false};
  cr_assert_eq(mt_big_pow(&p, tv, ev), MT_BIG_OK);
  mt_big big = {p.d, p.n, p.neg};
  mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
  cr_assert_eq(mt_fmt_int(&out, ",", 1, big, "int", 4300, &msg), MT_FMT_EVALUE);
  cr_assert_str_eq(msg.data, "Exceeds the limit (4300 digits) for integer string conversion; use "
                             "sys.set_int_max_str_digits() to increase the limit");
  cr_assert_eq(mt_fmt_int(&out, "x", 1, big, "int", 4300, &msg), MT_FMT_OK);
  cr_assert_eq(out.len, 3572);
  mt_buf_clear(&out);
  cr_assert_eq(mt_fmt_int(&out, "", 0, big, "int", 0, &msg), MT_FMT_OK);
  cr_assert_eq(out.len, 4301);
  mt_buf_free(&out);
  mt_buf_free(&msg);
}

/* Widths past MT_FMT_MAX_FIELD are a MemoryError, not a huge string;
** precisions that do not lengthen the output are harmless. */
Test(format, huge_fields) {
  mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
  cr_assert_eq(mt_fmt_float(&out, "999999999", 9, 1.5, "float", &msg), MT_FMT_ENOMEM);
  cr_assert_eq(mt_fmt_float(&out, ".999999999f", 11, 1.5, "float", &msg), MT_FMT_ENOMEM);
  cr_assert_eq(mt_fmt_float(&out, ".999999999g", 11, 1.5, "float", &msg), MT_FMT_OK);
  cr_assert_str_eq(out.data, "1.5");
  mt_buf_clear(&out);
  cr_assert_eq(mt_fmt_str(&out, ".999999999", 10, "ab", 2, "str", &msg), MT_FMT_OK);
  cr_assert_str_eq(out.data, "ab");
  cr_assert_eq(mt_fmt_str(&out, "999999999", 9, "ab", 2, "str", &msg), MT_FMT_ENOMEM);
  mt_buf_free(&out);
  mt_buf_free(&msg);
}

Test(format, parse_fields) {
  mt_fmt_spec sp;
  mt_buf msg = MT_BUF_INIT;
  const char *s = "\xc3\xa9^+z#012_.3e";
  cr_assert_eq(mt_fmt_parse(&sp, s, strlen(s), MT_FMT_KIND_FLOAT, "float", &msg), MT_FMT_OK);
  cr_assert_eq(sp.fill, 0xE9);
  cr_assert_eq(sp.align, '^');
  cr_assert_eq(sp.sign, '+');
  cr_assert(sp.no_neg_0 && sp.alternate);
  cr_assert_eq(sp.width, 12);
  cr_assert_eq(sp.grouping, '_');
  cr_assert_eq(sp.precision, 3);
  cr_assert_eq(sp.type, 'e');
  /* A leading 0 means '=' for numbers, only a fill for strings. */
  cr_assert_eq(mt_fmt_parse(&sp, "05", 2, MT_FMT_KIND_INT, "int", &msg), MT_FMT_OK);
  cr_assert(sp.fill == '0' && sp.align == '=' && sp.type == 'd');
  cr_assert_eq(mt_fmt_parse(&sp, "05", 2, MT_FMT_KIND_STR, "str", &msg), MT_FMT_OK);
  cr_assert(sp.fill == '0' && sp.align == '<' && sp.type == 's');
  cr_assert_eq(mt_fmt_parse(&sp, "", 0, MT_FMT_KIND_FLOAT, "float", &msg), MT_FMT_OK);
  cr_assert(sp.type == 0 && sp.width == -1 && sp.precision == -1);
  /* Unicode digits count in widths, as in CPython. */
  const char *arabic = "\xd9\xa1\xd9\xa0";   /* ARABIC-INDIC 1 0 */
  cr_assert_eq(mt_fmt_parse(&sp, arabic, strlen(arabic), MT_FMT_KIND_INT, "int", &msg), MT_FMT_OK);
  cr_assert_eq(sp.width, 10);
  mt_buf_free(&msg);
}

Test(format, printf_conversions_match_cpython) {
  for (size_t i = 0; i < MT_ARRAY_LEN(pct_cases); i++) {
    const pct_case *c = &pct_cases[i];
    mt_fmt_pct p;
    size_t pos = 0, len = strlen(c->conv);
    mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
    cr_assert_eq(mt_fmt_pct_parse(&p, c->conv, len, &pos, false, &msg), MT_FMT_OK);
    cr_assert_eq(pos, len);
    int rc = mt_fmt_pct_check(&p, &msg);
    if (!rc)
      rc = c->ivalue ? mt_fmt_pct_int(&out, &p, int_of(c->ivalue), 4300, &msg)
                     : mt_fmt_pct_float(&out, &p, c->x, 4300, &msg);
    cr_assert_eq(rc, c->rc, "'%s': rc %d %s", c->conv, rc, msg.data ? msg.data : "");
    cr_assert_str_eq(rc ? msg.data : out.data, c->want, "'%s'", c->conv);
    mt_buf_free(&out);
    mt_buf_free(&msg);
  }
}

Test(format, printf_parse) {
  mt_fmt_pct p;
  mt_buf msg = MT_BUF_INIT;
  size_t pos = 2;
  const char *f = "x=%(a(b)c)-*.*ld!";
  cr_assert_eq(mt_fmt_pct_parse(&p, f, strlen(f), &pos, false, &msg), MT_FMT_OK);
  cr_assert_eq(p.key_len, 5);
  cr_assert_eq(strncmp(p.key, "a(b)c", 5), 0);
  cr_assert(p.width_arg && p.prec_arg && (p.flags & MT_FMT_LJUST));
  cr_assert_eq(p.conv, 'd');
  cr_assert_eq(pos, strlen(f) - 1);
  mt_fmt_pct_set_width(&p, -5);
  mt_fmt_pct_set_prec(&p, -1);
  cr_assert(p.width == 5 && p.prec == 0 && (p.flags & MT_FMT_LJUST));
  struct {
    const char *fmt;
    const char *msg;
  } bad[] = {
      {"%(a", "incomplete format key"},       {"%", "incomplete format"},
      {"%.", "incomplete format"},            {"%5", "incomplete format"},
      {"%99999999999999999999d", "width too big"}, {"%.99999999999d", "precision too big"},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(bad); i++) {
    mt_buf_clear(&msg);
    pos = 0;
    cr_assert_eq(mt_fmt_pct_parse(&p, bad[i].fmt, strlen(bad[i].fmt), &pos, false, &msg), MT_FMT_EVALUE);
    cr_assert_str_eq(msg.data, bad[i].msg);
  }
  /* The index in "unsupported format character" counts code points. */
  const char *u = "\xc3\xa9%\xc3\xa9";
  pos = 2;
  mt_buf_clear(&msg);
  cr_assert_eq(mt_fmt_pct_parse(&p, u, strlen(u), &pos, false, &msg), MT_FMT_OK);
  cr_assert_eq(mt_fmt_pct_check(&p, &msg), MT_FMT_EVALUE);
  cr_assert_str_eq(msg.data, "unsupported format character '?' (0xe9) at index 2");
  mt_buf_free(&msg);
}

Test(format, printf_text) {
  struct {
    const char *conv, *text, *want;
  } cases[] = {
      {"%.2s", "h\xc3\xa9llo", "h\xc3\xa9"}, {"%5s", "\xc3\xa9", "    \xc3\xa9"},
      {"%-4r", "'\xc3\xa9'", "'\xc3\xa9' "}, {"%.1c", "\xc3\xa9", "\xc3\xa9"},
      {"%05s", "a", "    a"},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++) {
    mt_fmt_pct p;
    size_t pos = 0;
    mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
    cr_assert_eq(mt_fmt_pct_parse(&p, cases[i].conv, strlen(cases[i].conv), &pos, false, &msg), MT_FMT_OK);
    cr_assert_eq(mt_fmt_pct_text(&out, &p, cases[i].text, strlen(cases[i].text)), MT_FMT_OK);
    cr_assert_str_eq(out.data, cases[i].want);
    mt_buf_free(&out);
    mt_buf_free(&msg);
  }
  mt_fmt_pct p;
  size_t pos = 0;
  mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
  cr_assert_eq(mt_fmt_pct_parse(&p, "%*s", 3, &pos, false, &msg), MT_FMT_OK);
  mt_fmt_pct_set_width(&p, -4);
  cr_assert_eq(mt_fmt_pct_text(&out, &p, "ab", 2), MT_FMT_OK);
  cr_assert_str_eq(out.data, "ab  ");
  mt_buf_free(&out);
  mt_buf_free(&msg);
}
