/*
** Criterion tests for unicode.c. Expected values were produced by CPython
** 3.11 (str methods, bytes.decode, str.encode, codecs.lookup) when the tests
** were written; the per-code-point check compares against unicode_ref.h,
** which the build generates from the build machine's CPython.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "unicode.h"

typedef struct uni_ref {
  uint32_t first, last, flags;
  int decimal, digit;
  int32_t delta[4];
  const char *full[4];
} uni_ref;

#include "unicode_ref.h"

/* Append the UTF-8 form of a full case mapping. */
static size_t mapping_utf8(uint32_t cp, mt_uni_case which, char out[16]) {
  uint32_t m[MT_UNI_CASE_MAX];
  int n = mt_uni_case_full(cp, which, m);
  size_t len = 0;
  for (int i = 0; i < n; i++) len += mt_uni_encode_cp(m[i], out + len);
  return len;
}

Test(unicode, every_code_point_matches_cpython) {
  uint32_t next = 0;
  for (size_t r = 0; r < MT_ARRAY_LEN(UNI_REF); r++) {
    const uni_ref *e = &UNI_REF[r];
    cr_assert_eq(e->first, next, "reference ranges must be contiguous");
    for (uint32_t cp = e->first; cp <= e->last; cp++) {
      cr_assert_eq(mt_uni_props(cp), e->flags, "props of U+%04X", cp);
      cr_assert_eq(mt_uni_decimal(cp), e->decimal, "decimal of U+%04X", cp);
      cr_assert_eq(mt_uni_digit(cp), e->digit, "digit of U+%04X", cp);
      for (int k = 0; k < 4; k++) {
        char got[16], want[16];
        size_t glen = mapping_utf8(cp, (mt_uni_case)k, got);
        size_t wlen = e->full[k] ? strlen(e->full[k])
                                 : mt_uni_encode_cp((uint32_t)((int32_t)cp + e->delta[k]), want);
        if (e->full[k]) memcpy(want, e->full[k], wlen);
        cr_assert(glen == wlen && memcmp(got, want, wlen) == 0, "case map %d of U+%04X", k, cp);
        uint32_t first;
        size_t i = 0;
        first = mt_uni_next(want, &i);
        cr_assert_eq(mt_uni_case_simple(cp, (mt_uni_case)k), first, "simple map %d of U+%04X", k, cp);
      }
    }
    next = e->last + 1;
  }
  cr_assert_eq(next, MT_UNI_MAX + 1);
  cr_assert_str_eq(UNI_REF_VERSION, "14.0.0");
}

Test(unicode, beyond_max_has_no_properties) {
  uint32_t m[MT_UNI_CASE_MAX];
  cr_assert_eq(mt_uni_props(0x110000), 0);
  cr_assert_eq(mt_uni_props(0xFFFFFFFF), 0);
  cr_assert_eq(mt_uni_decimal(0x110000), -1);
  cr_assert_eq(mt_uni_case_full(0x110000, MT_UNI_TO_UPPER, m), 1);
  cr_assert_eq(m[0], 0x110000);
}

/* Named examples, readable next to the exhaustive check above. */
Test(unicode, well_known_properties) {
  uint32_t m[MT_UNI_CASE_MAX];
  cr_assert_eq(mt_uni_case_full(0xDF, MT_UNI_TO_UPPER, m), 2); /* 'ß'.upper() == 'SS' */
  cr_assert(m[0] == 'S' && m[1] == 'S');
  cr_assert_eq(mt_uni_case_full(0xDF, MT_UNI_TO_FOLD, m), 2); /* casefold 'ss' */
  cr_assert(m[0] == 's' && m[1] == 's');
  cr_assert_eq(mt_uni_case_full(0xFB01, MT_UNI_TO_UPPER, m), 2); /* 'ﬁ'.upper() == 'FI' */
  cr_assert(m[0] == 'F' && m[1] == 'I');
  cr_assert_eq(mt_uni_case_full(0xFB01, MT_UNI_TO_TITLE, m), 2); /* 'ﬁ'.title() == 'Fi' */
  cr_assert(m[0] == 'F' && m[1] == 'i');
  cr_assert_eq(mt_uni_case_full(0x130, MT_UNI_TO_LOWER, m), 2); /* 'İ'.lower() == 'i̇' */
  cr_assert(m[0] == 'i' && m[1] == 0x307);
  cr_assert_eq(mt_uni_case_full(0x1C6, MT_UNI_TO_TITLE, m), 1); /* 'ǆ'.title() == 'ǅ' */
  cr_assert_eq(m[0], 0x1C5);
  cr_assert_eq(mt_uni_case_simple(0x1C4, MT_UNI_TO_LOWER), 0x1C6);
  cr_assert_eq(mt_uni_case_simple(0x3A3, MT_UNI_TO_LOWER), 0x3C3);
  cr_assert_eq(mt_uni_case_simple(0xDF, MT_UNI_TO_UPPER), 'S'); /* CPython's TOUPPER */
  cr_assert_eq(mt_uni_decimal(0x663), 3);                      /* int('٣') == 3 */
  cr_assert_eq(mt_uni_digit(0xB2), 2);                         /* '²'.isdigit() */
  cr_assert_eq(mt_uni_decimal(0xB2), -1);                      /* not '²'.isdecimal() */
  cr_assert(mt_uni_is(0xBD, MT_UNI_NUMERIC));                  /* '½'.isnumeric() */
  cr_assert(mt_uni_is(0x4E00, MT_UNI_ALPHA | MT_UNI_XID_START));
  cr_assert(mt_uni_is(0x85, MT_UNI_SPACE) && mt_uni_is(0x85, MT_UNI_LINEBREAK));
  cr_assert(mt_uni_is(0xA0, MT_UNI_SPACE) && !mt_uni_is(0xA0, MT_UNI_PRINTABLE));
  cr_assert(!mt_uni_is(0x200B, MT_UNI_SPACE | MT_UNI_PRINTABLE));
  cr_assert(mt_uni_is(0x1C5, MT_UNI_TITLE) && !mt_uni_is(0x1C5, MT_UNI_UPPER | MT_UNI_LOWER));
  cr_assert(mt_uni_is(0x345, MT_UNI_CASED) && mt_uni_is(0x345, MT_UNI_CASE_IGNORABLE));
  cr_assert(!mt_uni_is('_', MT_UNI_XID_START) && mt_uni_is('_', MT_UNI_XID_CONTINUE));
  cr_assert(mt_uni_is(0x1F600, MT_UNI_PRINTABLE) && !mt_uni_is(0x1F600, MT_UNI_ALNUM));
}

Test(unicode, tables_are_compact) {
  cr_assert_gt(mt_uni_table_bytes(), 1000);
  cr_assert_lt(mt_uni_table_bytes(), 100 * 1024);
}

Test(unicode, utf8_round_trip_at_boundaries) {
  static const uint32_t cps[] = {0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF};
  char buf[64];
  size_t len = 0;
  for (size_t k = 0; k < MT_ARRAY_LEN(cps); k++) {
    size_t n = mt_uni_encode_cp(cps[k], buf + len);
    cr_assert_eq(n, mt_uni_cp_len(cps[k]));
    len += n;
  }
  size_t ncp;
  mt_uni_codec_error err;
  cr_assert_eq(mt_uni_utf8_check(buf, len, &ncp, &err), MT_UNI_OK);
  cr_assert_eq(ncp, MT_ARRAY_LEN(cps));
  cr_assert_eq(mt_uni_count(buf, len), MT_ARRAY_LEN(cps));
  size_t i = 0;
  for (size_t k = 0; k < MT_ARRAY_LEN(cps); k++) cr_assert_eq(mt_uni_next(buf, &i), cps[k]);
  cr_assert_eq(i, len);
  for (size_t k = MT_ARRAY_LEN(cps); k-- > 0;) cr_assert_eq(mt_uni_prev(buf, &i), cps[k]);
  cr_assert_eq(i, 0);
}

typedef struct check_case {
  const char *s;
  size_t len;
  long ncp; /* -1: invalid */
  size_t start, end;
  const char *reason, *message;
} check_case;

static const check_case UTF8_CASES[] = {
  {"", 0, 0, 0, 0, NULL, NULL},
  {"abc", 3, 3, 0, 0, NULL, NULL},
  {"\377", 1, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
  {"a\377b", 3, -1, 1, 2, "invalid start byte", "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
  {"\303", 1, -1, 0, 1, "unexpected end of data", "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"},
  {"\303A", 2, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"},
  {"\342\202", 2, -1, 0, 2, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
  {"\342\202A", 3, -1, 0, 2, "invalid continuation byte", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
  {"\342\202\254", 3, 1, 0, 0, NULL, NULL},
  {"\360\237\230", 3, -1, 0, 3, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
  {"\360\237\230\200", 4, 1, 0, 0, NULL, NULL},
  {"\300\200", 2, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
  {"\301\277", 2, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xc1 in position 0: invalid start byte"},
  {"\340\200\200", 3, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"},
  {"\340\237\277", 3, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"},
  {"\340\240\200", 3, 1, 0, 0, NULL, NULL},
  {"\355\237\277", 3, 1, 0, 0, NULL, NULL},
  {"\355\240\200", 3, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
  {"\355\277\277", 3, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
  {"\356\200\200", 3, 1, 0, 0, NULL, NULL},
  {"\360\200\200\200", 4, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"},
  {"\360\217\277\277", 4, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"},
  {"\360\220\200\200", 4, 1, 0, 0, NULL, NULL},
  {"\364\217\277\277", 4, 1, 0, 0, NULL, NULL},
  {"\364\220\200\200", 4, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
  {"\365\200\200\200", 4, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"},
  {"\370", 1, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte"},
  {"\376\377", 2, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte"},
  {"\200", 1, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"},
  {"\277", 1, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xbf in position 0: invalid start byte"},
  {"\340\200", 2, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"},
  {"\355\240", 2, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
  {"\360\220", 2, -1, 0, 2, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
  {"\360\220\200", 3, -1, 0, 3, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
  {"\360\220\200A", 4, -1, 0, 3, "invalid continuation byte", "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte"},
  {"\360\220A\200", 4, -1, 0, 2, "invalid continuation byte", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
  {"\364\220", 2, -1, 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
  {"\341\200A", 3, -1, 0, 2, "invalid continuation byte", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
  {"h\303\251llo w\303\266rld \342\202\254uro \360\237\230\200", 25, 18, 0, 0, NULL, NULL},
  {"abcdefgh\351ijklmnop", 17, -1, 8, 9, "invalid continuation byte", "'utf-8' codec can't decode byte 0xe9 in position 8: invalid continuation byte"},
  {"\200\200\200", 3, -1, 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"},
  {"ok\342\202\254\342\202", 7, -1, 5, 7, "unexpected end of data", "'utf-8' codec can't decode bytes in position 5-6: unexpected end of data"},
  {"\000\177\302\200\337\277\357\277\277\364\217\277\277", 13, 6, 0, 0, NULL, NULL},
  {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\303", 41, -1, 40, 41, "unexpected end of data", "'utf-8' codec can't decode byte 0xc3 in position 40: unexpected end of data"},
  {"0123456789abcdef\303\2510123456789abcdef\303\2510123456789abcdef\303\251", 54, 51, 0, 0, NULL, NULL},
};

Test(unicode, utf8_check_matches_cpython_decoder) {
  for (size_t k = 0; k < MT_ARRAY_LEN(UTF8_CASES); k++) {
    const check_case *c = &UTF8_CASES[k];
    size_t ncp = 0;
    mt_uni_codec_error err;
    int rc = mt_uni_utf8_check(c->s, c->len, &ncp, &err);
    if (c->ncp >= 0) {
      cr_assert_eq(rc, MT_UNI_OK, "case %zu", k);
      cr_assert_eq(ncp, (size_t)c->ncp, "case %zu", k);
      cr_assert_eq(mt_uni_count(c->s, c->len), ncp, "case %zu", k);
      continue;
    }
    cr_assert_eq(rc, MT_UNI_ECODEC, "case %zu", k);
    cr_assert_eq(err.start, c->start, "case %zu", k);
    cr_assert_eq(err.end, c->end, "case %zu", k);
    cr_assert_str_eq(err.reason, c->reason, "case %zu", k);
    mt_buf msg = MT_BUF_INIT;
    cr_assert_eq(mt_uni_codec_error_message(&err, &msg), 0);
    cr_assert_str_eq(msg.data, c->message, "case %zu", k);
    mt_buf_free(&msg);
  }
}

typedef struct codec_case {
  const char *codec, *errors, *in;
  size_t len;
  int rc;
  const char *out; /* decoded/encoded text, or the error message */
} codec_case;

static const codec_case DECODE_CASES[] = {
  {"utf-8", "strict", "a\377b\303", 4, MT_UNI_ECODEC, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
  {"utf-8", "strict", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "strict", "\342\202A\355\240\200z", 7, MT_UNI_ECODEC, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
  {"utf-8", "strict", "\355\240\200", 3, MT_UNI_ECODEC, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
  {"utf-8", "strict", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "strict", "\360\237\230", 3, MT_UNI_ECODEC, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
  {"utf-8", "ignore", "a\377b\303", 4, MT_UNI_OK, "ab"},
  {"utf-8", "ignore", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "ignore", "\342\202A\355\240\200z", 7, MT_UNI_OK, "Az"},
  {"utf-8", "ignore", "\355\240\200", 3, MT_UNI_OK, ""},
  {"utf-8", "ignore", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "ignore", "\360\237\230", 3, MT_UNI_OK, ""},
  {"utf-8", "replace", "a\377b\303", 4, MT_UNI_OK, "a\357\277\275b\357\277\275"},
  {"utf-8", "replace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "replace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\357\277\275A\357\277\275\357\277\275\357\277\275z"},
  {"utf-8", "replace", "\355\240\200", 3, MT_UNI_OK, "\357\277\275\357\277\275\357\277\275"},
  {"utf-8", "replace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "replace", "\360\237\230", 3, MT_UNI_OK, "\357\277\275"},
  {"utf-8", "backslashreplace", "a\377b\303", 4, MT_UNI_OK, "a\134xffb\134xc3"},
  {"utf-8", "backslashreplace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "backslashreplace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\134xe2\134x82A\134xed\134xa0\134x80z"},
  {"utf-8", "backslashreplace", "\355\240\200", 3, MT_UNI_OK, "\134xed\134xa0\134x80"},
  {"utf-8", "backslashreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "backslashreplace", "\360\237\230", 3, MT_UNI_OK, "\134xf0\134x9f\134x98"},
  {"utf-8", "xmlcharrefreplace", "a\377b\303", 4, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "xmlcharrefreplace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "xmlcharrefreplace", "\342\202A\355\240\200z", 7, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "xmlcharrefreplace", "\355\240\200", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "xmlcharrefreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "xmlcharrefreplace", "\360\237\230", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "namereplace", "a\377b\303", 4, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "namereplace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "namereplace", "\342\202A\355\240\200z", 7, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "namereplace", "\355\240\200", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "namereplace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "namereplace", "\360\237\230", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"utf-8", "surrogateescape", "a\377b\303", 4, MT_UNI_EUNSUPPORTED, NULL},
  {"utf-8", "surrogateescape", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "surrogateescape", "\342\202A\355\240\200z", 7, MT_UNI_EUNSUPPORTED, NULL},
  {"utf-8", "surrogateescape", "\355\240\200", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"utf-8", "surrogateescape", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "surrogateescape", "\360\237\230", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"utf-8", "surrogatepass", "a\377b\303", 4, MT_UNI_ECODEC, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
  {"utf-8", "surrogatepass", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "surrogatepass", "\342\202A\355\240\200z", 7, MT_UNI_ECODEC, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
  {"utf-8", "surrogatepass", "\355\240\200", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"utf-8", "surrogatepass", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "surrogatepass", "\360\237\230", 3, MT_UNI_ECODEC, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
  {"utf-8", "bogus", "a\377b\303", 4, MT_UNI_EHANDLER, NULL},
  {"utf-8", "bogus", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\251 \342\202\254"},
  {"utf-8", "bogus", "\342\202A\355\240\200z", 7, MT_UNI_EHANDLER, NULL},
  {"utf-8", "bogus", "\355\240\200", 3, MT_UNI_EHANDLER, NULL},
  {"utf-8", "bogus", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "bogus", "\360\237\230", 3, MT_UNI_EHANDLER, NULL},
  {"ascii", "strict", "a\377b\303", 4, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)"},
  {"ascii", "strict", "h\303\251 \342\202\254", 7, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xc3 in position 1: ordinal not in range(128)"},
  {"ascii", "strict", "\342\202A\355\240\200z", 7, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"},
  {"ascii", "strict", "\355\240\200", 3, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"},
  {"ascii", "strict", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "strict", "\360\237\230", 3, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"},
  {"ascii", "ignore", "a\377b\303", 4, MT_UNI_OK, "ab"},
  {"ascii", "ignore", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h "},
  {"ascii", "ignore", "\342\202A\355\240\200z", 7, MT_UNI_OK, "Az"},
  {"ascii", "ignore", "\355\240\200", 3, MT_UNI_OK, ""},
  {"ascii", "ignore", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "ignore", "\360\237\230", 3, MT_UNI_OK, ""},
  {"ascii", "replace", "a\377b\303", 4, MT_UNI_OK, "a\357\277\275b\357\277\275"},
  {"ascii", "replace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\357\277\275\357\277\275 \357\277\275\357\277\275\357\277\275"},
  {"ascii", "replace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\357\277\275\357\277\275A\357\277\275\357\277\275\357\277\275z"},
  {"ascii", "replace", "\355\240\200", 3, MT_UNI_OK, "\357\277\275\357\277\275\357\277\275"},
  {"ascii", "replace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "replace", "\360\237\230", 3, MT_UNI_OK, "\357\277\275\357\277\275\357\277\275"},
  {"ascii", "backslashreplace", "a\377b\303", 4, MT_UNI_OK, "a\134xffb\134xc3"},
  {"ascii", "backslashreplace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\134xc3\134xa9 \134xe2\134x82\134xac"},
  {"ascii", "backslashreplace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\134xe2\134x82A\134xed\134xa0\134x80z"},
  {"ascii", "backslashreplace", "\355\240\200", 3, MT_UNI_OK, "\134xed\134xa0\134x80"},
  {"ascii", "backslashreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "backslashreplace", "\360\237\230", 3, MT_UNI_OK, "\134xf0\134x9f\134x98"},
  {"ascii", "xmlcharrefreplace", "a\377b\303", 4, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "xmlcharrefreplace", "h\303\251 \342\202\254", 7, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "xmlcharrefreplace", "\342\202A\355\240\200z", 7, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "xmlcharrefreplace", "\355\240\200", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "xmlcharrefreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "xmlcharrefreplace", "\360\237\230", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "namereplace", "a\377b\303", 4, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "namereplace", "h\303\251 \342\202\254", 7, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "namereplace", "\342\202A\355\240\200z", 7, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "namereplace", "\355\240\200", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "namereplace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "namereplace", "\360\237\230", 3, MT_UNI_EHANDLERTYPE, NULL},
  {"ascii", "surrogateescape", "a\377b\303", 4, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "surrogateescape", "h\303\251 \342\202\254", 7, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "surrogateescape", "\342\202A\355\240\200z", 7, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "surrogateescape", "\355\240\200", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "surrogateescape", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "surrogateescape", "\360\237\230", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "surrogatepass", "a\377b\303", 4, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "h\303\251 \342\202\254", 7, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xc3 in position 1: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "\342\202A\355\240\200z", 7, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "\355\240\200", 3, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "surrogatepass", "\360\237\230", 3, MT_UNI_ECODEC, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"},
  {"ascii", "bogus", "a\377b\303", 4, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "h\303\251 \342\202\254", 7, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "\342\202A\355\240\200z", 7, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "\355\240\200", 3, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "bogus", "\360\237\230", 3, MT_UNI_EHANDLER, NULL},
  {"latin-1", "strict", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "strict", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "strict", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "strict", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "strict", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "strict", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "ignore", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "ignore", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "ignore", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "ignore", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "ignore", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "ignore", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "replace", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "replace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "replace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "replace", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "replace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "replace", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "backslashreplace", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "backslashreplace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "backslashreplace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "backslashreplace", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "backslashreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "backslashreplace", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "xmlcharrefreplace", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "xmlcharrefreplace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "xmlcharrefreplace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "xmlcharrefreplace", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "xmlcharrefreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "xmlcharrefreplace", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "namereplace", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "namereplace", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "namereplace", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "namereplace", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "namereplace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "namereplace", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "surrogateescape", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "surrogateescape", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "surrogateescape", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "surrogateescape", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "surrogateescape", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "surrogateescape", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "surrogatepass", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "surrogatepass", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "surrogatepass", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "surrogatepass", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "surrogatepass", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "surrogatepass", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
  {"latin-1", "bogus", "a\377b\303", 4, MT_UNI_OK, "a\303\277b\303\203"},
  {"latin-1", "bogus", "h\303\251 \342\202\254", 7, MT_UNI_OK, "h\303\203\302\251 \303\242\302\202\302\254"},
  {"latin-1", "bogus", "\342\202A\355\240\200z", 7, MT_UNI_OK, "\303\242\302\202A\303\255\302\240\302\200z"},
  {"latin-1", "bogus", "\355\240\200", 3, MT_UNI_OK, "\303\255\302\240\302\200"},
  {"latin-1", "bogus", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "bogus", "\360\237\230", 3, MT_UNI_OK, "\303\260\302\237\302\230"},
};
static const codec_case ENCODE_CASES[] = {
  {"utf-8", "strict", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "strict", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "strict", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "strict", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "strict", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "strict", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "strict", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "ignore", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "ignore", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "ignore", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "ignore", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "ignore", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "ignore", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "ignore", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "replace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "replace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "replace", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "replace", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "replace", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "replace", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "replace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "backslashreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "backslashreplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "backslashreplace", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "backslashreplace", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "backslashreplace", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "backslashreplace", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "backslashreplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "xmlcharrefreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "xmlcharrefreplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "xmlcharrefreplace", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "xmlcharrefreplace", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "xmlcharrefreplace", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "xmlcharrefreplace", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "xmlcharrefreplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "namereplace", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "namereplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "namereplace", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "namereplace", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "namereplace", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "namereplace", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "namereplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "surrogateescape", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "surrogateescape", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "surrogateescape", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "surrogateescape", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "surrogateescape", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "surrogateescape", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "surrogateescape", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "surrogatepass", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "surrogatepass", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "surrogatepass", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "surrogatepass", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "surrogatepass", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "surrogatepass", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "surrogatepass", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"utf-8", "bogus", "plain", 5, MT_UNI_OK, "plain"},
  {"utf-8", "bogus", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\303\251\342\202\254\360\237\230\200b"},
  {"utf-8", "bogus", "\303\277\304\200", 4, MT_UNI_OK, "\303\277\304\200"},
  {"utf-8", "bogus", "\342\202\254", 3, MT_UNI_OK, "\342\202\254"},
  {"utf-8", "bogus", "\364\217\277\277", 4, MT_UNI_OK, "\364\217\277\277"},
  {"utf-8", "bogus", "x\303\251", 3, MT_UNI_OK, "x\303\251"},
  {"utf-8", "bogus", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\303\251\303\251x\303\251"},
  {"ascii", "strict", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "strict", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"},
  {"ascii", "strict", "\303\277\304\200", 4, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
  {"ascii", "strict", "\342\202\254", 3, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134u20ac' in position 0: ordinal not in range(128)"},
  {"ascii", "strict", "\364\217\277\277", 4, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134U0010ffff' in position 0: ordinal not in range(128)"},
  {"ascii", "strict", "x\303\251", 3, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134xe9' in position 1: ordinal not in range(128)"},
  {"ascii", "strict", "\303\251\303\251x\303\251", 7, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
  {"ascii", "ignore", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "ignore", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "ab"},
  {"ascii", "ignore", "\303\277\304\200", 4, MT_UNI_OK, ""},
  {"ascii", "ignore", "\342\202\254", 3, MT_UNI_OK, ""},
  {"ascii", "ignore", "\364\217\277\277", 4, MT_UNI_OK, ""},
  {"ascii", "ignore", "x\303\251", 3, MT_UNI_OK, "x"},
  {"ascii", "ignore", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "x"},
  {"ascii", "replace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "replace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\077\077\077b"},
  {"ascii", "replace", "\303\277\304\200", 4, MT_UNI_OK, "\077\077"},
  {"ascii", "replace", "\342\202\254", 3, MT_UNI_OK, "\077"},
  {"ascii", "replace", "\364\217\277\277", 4, MT_UNI_OK, "\077"},
  {"ascii", "replace", "x\303\251", 3, MT_UNI_OK, "x\077"},
  {"ascii", "replace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\077\077x\077"},
  {"ascii", "backslashreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "backslashreplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\134xe9\134u20ac\134U0001f600b"},
  {"ascii", "backslashreplace", "\303\277\304\200", 4, MT_UNI_OK, "\134xff\134u0100"},
  {"ascii", "backslashreplace", "\342\202\254", 3, MT_UNI_OK, "\134u20ac"},
  {"ascii", "backslashreplace", "\364\217\277\277", 4, MT_UNI_OK, "\134U0010ffff"},
  {"ascii", "backslashreplace", "x\303\251", 3, MT_UNI_OK, "x\134xe9"},
  {"ascii", "backslashreplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\134xe9\134xe9x\134xe9"},
  {"ascii", "xmlcharrefreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "xmlcharrefreplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a&#233;&#8364;&#128512;b"},
  {"ascii", "xmlcharrefreplace", "\303\277\304\200", 4, MT_UNI_OK, "&#255;&#256;"},
  {"ascii", "xmlcharrefreplace", "\342\202\254", 3, MT_UNI_OK, "&#8364;"},
  {"ascii", "xmlcharrefreplace", "\364\217\277\277", 4, MT_UNI_OK, "&#1114111;"},
  {"ascii", "xmlcharrefreplace", "x\303\251", 3, MT_UNI_OK, "x&#233;"},
  {"ascii", "xmlcharrefreplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "&#233;&#233;x&#233;"},
  {"ascii", "namereplace", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "namereplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "namereplace", "\303\277\304\200", 4, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "namereplace", "\342\202\254", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "namereplace", "\364\217\277\277", 4, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "namereplace", "x\303\251", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "namereplace", "\303\251\303\251x\303\251", 7, MT_UNI_EUNSUPPORTED, NULL},
  {"ascii", "surrogateescape", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "surrogateescape", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"},
  {"ascii", "surrogateescape", "\303\277\304\200", 4, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
  {"ascii", "surrogateescape", "\342\202\254", 3, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134u20ac' in position 0: ordinal not in range(128)"},
  {"ascii", "surrogateescape", "\364\217\277\277", 4, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134U0010ffff' in position 0: ordinal not in range(128)"},
  {"ascii", "surrogateescape", "x\303\251", 3, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134xe9' in position 1: ordinal not in range(128)"},
  {"ascii", "surrogateescape", "\303\251\303\251x\303\251", 7, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "surrogatepass", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "\303\277\304\200", 4, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "\342\202\254", 3, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134u20ac' in position 0: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "\364\217\277\277", 4, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134U0010ffff' in position 0: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "x\303\251", 3, MT_UNI_ECODEC, "'ascii' codec can't encode character '\134xe9' in position 1: ordinal not in range(128)"},
  {"ascii", "surrogatepass", "\303\251\303\251x\303\251", 7, MT_UNI_ECODEC, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
  {"ascii", "bogus", "plain", 5, MT_UNI_OK, "plain"},
  {"ascii", "bogus", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "\303\277\304\200", 4, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "\342\202\254", 3, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "\364\217\277\277", 4, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "x\303\251", 3, MT_UNI_EHANDLER, NULL},
  {"ascii", "bogus", "\303\251\303\251x\303\251", 7, MT_UNI_EHANDLER, NULL},
  {"latin-1", "strict", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "strict", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_ECODEC, "'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)"},
  {"latin-1", "strict", "\303\277\304\200", 4, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134u0100' in position 1: ordinal not in range(256)"},
  {"latin-1", "strict", "\342\202\254", 3, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134u20ac' in position 0: ordinal not in range(256)"},
  {"latin-1", "strict", "\364\217\277\277", 4, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134U0010ffff' in position 0: ordinal not in range(256)"},
  {"latin-1", "strict", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "strict", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "ignore", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "ignore", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\351b"},
  {"latin-1", "ignore", "\303\277\304\200", 4, MT_UNI_OK, "\377"},
  {"latin-1", "ignore", "\342\202\254", 3, MT_UNI_OK, ""},
  {"latin-1", "ignore", "\364\217\277\277", 4, MT_UNI_OK, ""},
  {"latin-1", "ignore", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "ignore", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "replace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "replace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\351\077\077b"},
  {"latin-1", "replace", "\303\277\304\200", 4, MT_UNI_OK, "\377\077"},
  {"latin-1", "replace", "\342\202\254", 3, MT_UNI_OK, "\077"},
  {"latin-1", "replace", "\364\217\277\277", 4, MT_UNI_OK, "\077"},
  {"latin-1", "replace", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "replace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "backslashreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "backslashreplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\351\134u20ac\134U0001f600b"},
  {"latin-1", "backslashreplace", "\303\277\304\200", 4, MT_UNI_OK, "\377\134u0100"},
  {"latin-1", "backslashreplace", "\342\202\254", 3, MT_UNI_OK, "\134u20ac"},
  {"latin-1", "backslashreplace", "\364\217\277\277", 4, MT_UNI_OK, "\134U0010ffff"},
  {"latin-1", "backslashreplace", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "backslashreplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "xmlcharrefreplace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "xmlcharrefreplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_OK, "a\351&#8364;&#128512;b"},
  {"latin-1", "xmlcharrefreplace", "\303\277\304\200", 4, MT_UNI_OK, "\377&#256;"},
  {"latin-1", "xmlcharrefreplace", "\342\202\254", 3, MT_UNI_OK, "&#8364;"},
  {"latin-1", "xmlcharrefreplace", "\364\217\277\277", 4, MT_UNI_OK, "&#1114111;"},
  {"latin-1", "xmlcharrefreplace", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "xmlcharrefreplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "namereplace", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "namereplace", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_EUNSUPPORTED, NULL},
  {"latin-1", "namereplace", "\303\277\304\200", 4, MT_UNI_EUNSUPPORTED, NULL},
  {"latin-1", "namereplace", "\342\202\254", 3, MT_UNI_EUNSUPPORTED, NULL},
  {"latin-1", "namereplace", "\364\217\277\277", 4, MT_UNI_EUNSUPPORTED, NULL},
  {"latin-1", "namereplace", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "namereplace", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "surrogateescape", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "surrogateescape", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_ECODEC, "'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)"},
  {"latin-1", "surrogateescape", "\303\277\304\200", 4, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134u0100' in position 1: ordinal not in range(256)"},
  {"latin-1", "surrogateescape", "\342\202\254", 3, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134u20ac' in position 0: ordinal not in range(256)"},
  {"latin-1", "surrogateescape", "\364\217\277\277", 4, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134U0010ffff' in position 0: ordinal not in range(256)"},
  {"latin-1", "surrogateescape", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "surrogateescape", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "surrogatepass", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "surrogatepass", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_ECODEC, "'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)"},
  {"latin-1", "surrogatepass", "\303\277\304\200", 4, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134u0100' in position 1: ordinal not in range(256)"},
  {"latin-1", "surrogatepass", "\342\202\254", 3, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134u20ac' in position 0: ordinal not in range(256)"},
  {"latin-1", "surrogatepass", "\364\217\277\277", 4, MT_UNI_ECODEC, "'latin-1' codec can't encode character '\134U0010ffff' in position 0: ordinal not in range(256)"},
  {"latin-1", "surrogatepass", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "surrogatepass", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
  {"latin-1", "bogus", "plain", 5, MT_UNI_OK, "plain"},
  {"latin-1", "bogus", "a\303\251\342\202\254\360\237\230\200b", 11, MT_UNI_EHANDLER, NULL},
  {"latin-1", "bogus", "\303\277\304\200", 4, MT_UNI_EHANDLER, NULL},
  {"latin-1", "bogus", "\342\202\254", 3, MT_UNI_EHANDLER, NULL},
  {"latin-1", "bogus", "\364\217\277\277", 4, MT_UNI_EHANDLER, NULL},
  {"latin-1", "bogus", "x\303\251", 3, MT_UNI_OK, "x\351"},
  {"latin-1", "bogus", "\303\251\303\251x\303\251", 7, MT_UNI_OK, "\351\351x\351"},
};

/* Run one bytes.decode / str.encode case and compare outcome and text. */
static void run_codec_case(const codec_case *c, bool encode, size_t k) {
  mt_uni_codec codec;
  cr_assert_eq(mt_uni_codec_lookup(c->codec, strlen(c->codec), &codec), 0);
  mt_uni_errors errors = mt_uni_errors_lookup(c->errors, strlen(c->errors));
  mt_buf out = MT_BUF_INIT;
  mt_uni_codec_error err;
  size_t ncp = 0;
  int rc = encode ? mt_uni_encode(codec, errors, c->in, c->len, &out, &err)
                  : mt_uni_decode(codec, errors, c->in, c->len, &out, &ncp, &err);
  cr_assert_eq(rc, c->rc, "%s case %zu (%s, %s): rc %d", encode ? "encode" : "decode", k, c->codec,
               c->errors, rc);
  if (rc == MT_UNI_OK) {
    cr_assert_eq(out.len, strlen(c->out), "case %zu", k);
    cr_assert(memcmp(out.data ? out.data : "", c->out, out.len) == 0, "case %zu", k);
    if (!encode) cr_assert_eq(ncp, mt_uni_count(c->out, out.len), "case %zu", k);
  } else if (rc == MT_UNI_ECODEC) {
    mt_buf msg = MT_BUF_INIT;
    cr_assert_eq(mt_uni_codec_error_message(&err, &msg), 0);
    cr_assert_str_eq(msg.data, c->out, "case %zu", k);
    cr_assert_eq(err.encoding, encode);
    mt_buf_free(&msg);
  }
  mt_buf_free(&out);
}

Test(unicode, decode_with_every_handler) {
  for (size_t k = 0; k < MT_ARRAY_LEN(DECODE_CASES); k++) run_codec_case(&DECODE_CASES[k], false, k);
}

Test(unicode, encode_with_every_handler) {
  for (size_t k = 0; k < MT_ARRAY_LEN(ENCODE_CASES); k++) run_codec_case(&ENCODE_CASES[k], true, k);
}

Test(unicode, encode_error_fields) {
  /* 'aé€😀b'.encode('ascii'): one error over the run of three. */
  const char *s = "a\303\251\342\202\254\360\237\230\200b";
  mt_buf out = MT_BUF_INIT;
  mt_uni_codec_error err;
  cr_assert_eq(mt_uni_encode(MT_UNI_ASCII, MT_UNI_ERR_STRICT, s, strlen(s), &out, &err), MT_UNI_ECODEC);
  cr_assert(err.encoding && err.codec == MT_UNI_ASCII);
  cr_assert_eq(err.start, 1);
  cr_assert_eq(err.end, 4);
  cr_assert_eq(err.bad, 0xE9);
  cr_assert_str_eq(err.reason, "ordinal not in range(128)");
  mt_buf_free(&out);
}

typedef struct lookup_case {
  const char *name;
  int codec; /* -1: LookupError */
} lookup_case;

static const lookup_case LOOKUP_CASES[] = {
  {"utf-8", MT_UNI_UTF8},
  {"UTF-8", MT_UNI_UTF8},
  {"utf8", MT_UNI_UTF8},
  {"UTF8", MT_UNI_UTF8},
  {"Utf_8", MT_UNI_UTF8},
  {"u8", MT_UNI_UTF8},
  {"U8", MT_UNI_UTF8},
  {"utf", MT_UNI_UTF8},
  {"cp65001", MT_UNI_UTF8},
  {"utf8-ucs2", MT_UNI_UTF8},
  {"utf 8", MT_UNI_UTF8},
  {"  utf--8  ", MT_UNI_UTF8},
  {"utf\303\2518", MT_UNI_UTF8},
  {"utf.8", -1},
  {"utf-8-sig", -1},  /* a CPython codec this build lacks */
  {"utf-16", -1},  /* a CPython codec this build lacks */
  {"ascii", MT_UNI_ASCII},
  {"ASCII", MT_UNI_ASCII},
  {"us-ascii", MT_UNI_ASCII},
  {"US_ASCII", MT_UNI_ASCII},
  {"646", MT_UNI_ASCII},
  {"ansi_x3.4_1968", MT_UNI_ASCII},
  {"ANSI_X3.4-1968", MT_UNI_ASCII},
  {"ansi-x3-4-1968", MT_UNI_ASCII},
  {"iso646-us", MT_UNI_ASCII},
  {"iso_646.irv:1991", MT_UNI_ASCII},
  {"cp367", MT_UNI_ASCII},
  {"latin-1", MT_UNI_LATIN1},
  {"latin1", MT_UNI_LATIN1},
  {"LATIN_1", MT_UNI_LATIN1},
  {"iso-8859-1", MT_UNI_LATIN1},
  {"ISO8859-1", MT_UNI_LATIN1},
  {"iso8859.1", MT_UNI_LATIN1},
  {"l1", MT_UNI_LATIN1},
  {"L1", MT_UNI_LATIN1},
  {"latin", MT_UNI_LATIN1},
  {"8859", MT_UNI_LATIN1},
  {"cp819", MT_UNI_LATIN1},
  {"iso_ir_100", MT_UNI_LATIN1},
  {"iso-ir-100", MT_UNI_LATIN1},
  {"ibm819", MT_UNI_LATIN1},
  {"x-ascii", -1},
  {"", -1},
  {"_", -1},
  {".", -1},
  {"asci", -1},
  {"latin2", -1},  /* a CPython codec this build lacks */
  {"utf_9", -1},
  {"ut-f8", -1},
  {"u.8", -1},
};

Test(unicode, codec_lookup_normalizes_like_cpython) {
  for (size_t k = 0; k < MT_ARRAY_LEN(LOOKUP_CASES); k++) {
    mt_uni_codec c = MT_UNI_UTF8;
    int rc = mt_uni_codec_lookup(LOOKUP_CASES[k].name, strlen(LOOKUP_CASES[k].name), &c);
    if (LOOKUP_CASES[k].codec < 0)
      cr_assert_eq(rc, -1, "'%s'", LOOKUP_CASES[k].name);
    else
      cr_assert(rc == 0 && (int)c == LOOKUP_CASES[k].codec, "'%s'", LOOKUP_CASES[k].name);
  }
  cr_assert_str_eq(mt_uni_codec_name(MT_UNI_UTF8), "utf-8");
  cr_assert_str_eq(mt_uni_codec_name(MT_UNI_ASCII), "ascii");
  cr_assert_str_eq(mt_uni_codec_name(MT_UNI_LATIN1), "latin-1");
  char longname[100];
  memset(longname, 'u', sizeof longname);
  mt_uni_codec c;
  cr_assert_eq(mt_uni_codec_lookup(longname, sizeof longname, &c), -1);
}

Test(unicode, error_handler_names) {
  cr_assert_eq(mt_uni_errors_lookup("strict", 6), MT_UNI_ERR_STRICT);
  cr_assert_eq(mt_uni_errors_lookup("backslashreplace", 16), MT_UNI_ERR_BACKSLASHREPLACE);
  cr_assert_eq(mt_uni_errors_lookup("surrogatepass", 13), MT_UNI_ERR_SURROGATEPASS);
  cr_assert_eq(mt_uni_errors_lookup("Strict", 6), MT_UNI_ERR_UNKNOWN);
  cr_assert_eq(mt_uni_errors_lookup("strict", 5), MT_UNI_ERR_UNKNOWN);
}

/* Expected strings follow _PyUnicode_TransformDecimalAndSpaceToASCII; the
** numbers they parse to agree with CPython: int('٣٤') == 34,
** int(' \xa012\u2003') == 12, float('١.٥e٢') == 150.0, int('𝟙𝟚') == 12,
** float('1½2') and float('12\x7f3') raise ValueError. */
Test(unicode, number_text_to_ascii) {
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"\331\243\331\244", "34"},
      {" \302\24012\342\200\203", "  12 "},
      {"\331\241.\331\245e\331\242", "1.5e2"},
      {"\360\235\237\231\360\235\237\232", "12"},
      {"1\302\2752", "1?"},
      {"12\1773", "12?"},
      {"abc", "abc"},
      {"", ""},
  };
  /* The whole-string transform, read one character at a time up to the
  ** first '?' (where CPython's stops). */
  for (size_t k = 0; k < MT_ARRAY_LEN(cases); k++) {
    char out[16];
    size_t n = 0;
    const char *p = cases[k].in, *end = p + strlen(p);
    while (p < end && (n == 0 || out[n - 1] != MT_UNI_NUMBER_BAD))
      out[n++] = (char)mt_uni_number_char(&p, end, true);
    out[n] = '\0';
    cr_assert_str_eq(out, cases[k].out, "case %zu", k);
    if (p == end) cr_assert_eq(mt_uni_number_char(&p, end, true), -1, "case %zu: end", k);
  }
}
