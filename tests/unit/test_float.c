/*
** Criterion tests for floating.c. Every expected value was produced by
** CPython 3.11 (python3.11) when the test was written.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "floating.h"

/* repr(x) for fixed and random doubles (python3.11). */
static const struct { double x; const char *repr; } repr_cases[] = {
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {0x1.999999999999ap-4, "0.1"},
    {-0x1.999999999999ap-4, "-0.1"},
    {0x1.1c37937e08000p+53, "1e+16"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {0x1.c12218377de40p+46, "123456789012345.0"},
    {0x1.5ee2a2eb5a5c4p+53, "1.2345678901234568e+16"},
    {0x1.0000000000000p+0, "1.0"},
    {-0x1.8000000000000p+0, "-1.5"},
    {0x1.9000000000000p+6, "100.0"},
    {0x1.c6bf526340000p+49, "1000000000000000.0"},
    {0x1.6345785d8a000p+56, "1e+17"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x1.1c37937e08002p+54, "2.000000000000001e+16"},
    {0x0.0000000000001p-1022, "5e-324"},
    {-0x0.0000000000001p-1022, "-5e-324"},
    {0x1.0000000000000p-1022, "2.2250738585072014e-308"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
    {0x1.3333333333333p-2, "0.3"},
    {0x1.5666666666666p+1, "2.675"},
    {0x1.5555555555555p-2, "0.3333333333333333"},
    {0x1.5555555555555p-1, "0.6666666666666666"},
    {0x1.0f0cf064dd592p+73, "1e+22"},
    {0x1.52d02c7e14af6p+76, "1e+23"},
    {0x1.1666666666666p+2, "4.35"},
    {0x1.01f31f46ed246p-13, "0.000123"},
    {0x1.ad7f29abcaf48p-24, "1e-07"},
    {0x1.e240c9fbe76c9p+16, "123456.789"},
    {0x1.7e43c8800759cp+996, "1e+300"},
    {0x1.49da7e361ce4cp-33, "1.5e-10"},
    {0x1.921fb54442d18p+1, "3.141592653589793"},
    {0x1.5bf0a8b145769p+1, "2.718281828459045"},
    {INFINITY, "inf"},
    {-INFINITY, "-inf"},
    {NAN, "nan"},
    {0x1.0000000000000p+1023, "8.98846567431158e+307"},
    {0x0.0000000002710p-1022, "4.9407e-320"},
    {0x1.65a19bf82775ap-794, "1.3408462509842915e-239"},
    {-0x1.79fc1dfd745d5p-987, "-1.1288303763928417e-297"},
    {-0x1.ad63ef43b8e47p+590, "-6.796882720706561e+177"},
    {0x1.392b474ac00bfp-232, "1.7724740461266934e-70"},
    {-0x1.4e2dc647c42b4p+868, "-2.569065488014766e+261"},
    {0x1.a9b6eafc24d28p+817, "1.4533993391212754e+246"},
    {-0x1.abe45041d512bp-58, "-5.7990159119309264e-18"},
    {-0x1.53e8277d483a2p-319, "-1.2432295893974988e-96"},
    {0x1.b41101d1cfc84p-782, "6.696626603401542e-236"},
    {-0x1.099e3a0fa2caep-912, "-2.9968265769067336e-275"},
    {0x1.0a089378249fap+381, "5.118287902075263e+114"},
    {0x1.b6d2891998c09p-1012, "3.905649042940955e-305"},
    {0x1.e87ede50a7c9dp-965, "6.1189211559777825e-291"},
    {0x1.bb35100899559p-499, "1.0577890810345117e-150"},
    {-0x1.94a6ee4b9fb5fp+669, "-3.871764238239547e+201"},
    {0x1.464fcc4f37985p+107, "2.0682461832308608e+32"},
    {-0x1.561e401e788fep-828, "-7.466202417623109e-250"},
    {-0x1.4f5805f1565e5p+541, "-9.429268942155199e+162"},
    {0x1.29faf8e82b225p+348, "6.67399945742455e+104"},
    {-0x1.9ef0112cf0962p+778, "-2.5767935312196612e+234"},
    {0x1.972cad5baf215p+422, "1.722656940421472e+127"},
    {0x1.93d70cea918a2p+490, "5.042748248167847e+147"},
    {0x1.7f0e6b08c8a27p+519, "2.5679727872417726e+156"},
    {-0x1.d7460ee10457bp+432, "-2.0416971988964681e+130"},
    {-0x1.8d5cdbc6e4668p-878, "-7.702132239372447e-265"},
    {0x1.f5c87eadff452p+963, "1.528135838676524e+290"},
    {0x1.898498bb1d8d3p-961, "7.886762354862457e-290"},
    {0x1.9194ec3d59f48p+553, "4.625104853820217e+166"},
    {0x1.1e7cbb7f842e1p-279, "1.152116832755665e-84"},
    {0x1.bf4eeed4fbb88p+659, "4.179594652762036e+198"},
    {-0x1.c131aaafbaa8dp+9, "-898.388021436827"},
    {-0x1.0bf8a381d5eb9p+9, "-535.9424898428471"},
    {-0x1.a9247149ea991p+9, "-850.2847072978494"},
    {0x1.85a1e781dbea8p+7, "194.8162193852379"},
    {0x1.182bec60c3ca2p+9, "560.3431511837009"},
    {-0x1.fa8c12752c0b3p+8, "-506.5471566422013"},
    {0x1.a859ad24591b8p+7, "212.17514909351098"},
    {-0x1.c3390c1dc5a80p+9, "-902.4456822600478"},
    {-0x1.033821f12cc2ep+9, "-518.4385358303605"},
    {0x1.2c3dbe01016f6p+9, "600.4823609597213"},
};

Test(float, repr_matches_cpython) {
  mt_buf b = MT_BUF_INIT;
  for (size_t i = 0; i < MT_ARRAY_LEN(repr_cases); i++) {
    mt_buf_clear(&b);
    cr_assert_eq(mt_float_repr(&b, repr_cases[i].x), MT_FLOAT_OK);
    cr_assert_str_eq(b.data, repr_cases[i].repr, "case %zu", i);
  }
  mt_buf_free(&b);
}

/* repr then float() gives the same bits back for every power of two and
** its neighbours (where the shortest-digit search is lopsided). */
Test(float, repr_round_trips_at_powers_of_two) {
  mt_buf b = MT_BUF_INIT;
  for (int e = -1074; e < 1024; e++) {
    double p = ldexp(1.0, e);
    double xs[3] = {p, nextafter(p, 0), nextafter(p, INFINITY)};
    for (int k = 0; k < 3; k++) {
      if (isinf(xs[k])) continue;
      mt_buf_clear(&b);
      mt_float_repr(&b, xs[k]);
      double back;
      cr_assert_eq(mt_float_parse(b.data, b.len, false, &back), MT_FLOAT_OK);
      cr_assert_eq(back, xs[k], "%s", b.data);
    }
  }
  mt_buf_free(&b);
}

Test(float, hash_matches_cpython) {
  struct {
    double x;
    int64_t h;
  } cases[] = {
      {1.5, 1152921504606846977},     {-0.0, 0},
      {1e300, 1224995262755759164},   {INFINITY, 314159},
      {-INFINITY, -314159},           {-1.0, -2},
      {0.1, 230584300921369408},      {0x1p61, 1},
      {-2.5, -1152921504606846978},   {1e-300, 482449582752280463},
      {5e-324, 16777216},             {1.7976931348623157e308, 2234066890152476671},
      {0x1p100, 549755813888},        {-0x1p100, -549755813888},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++)
    cr_assert_eq(mt_float_hash(cases[i].x, 7), cases[i].h, "hash(%a)", cases[i].x);
  cr_assert_eq(mt_float_hash(NAN, 1234), 1234);
}

static double round_to(double x, int64_t n) {
  double r = 0;
  cr_assert_eq(mt_float_round(x, n, &r), MT_FLOAT_OK, "round(%a, %lld)", x, (long long)n);
  return r;
}

static bool same(double a, double b) { return a == b && signbit(a) == signbit(b); }

Test(float, round_with_ndigits) {
  struct {
    double x;
    int64_t n;
    double want;
  } cases[] = {
      {2.675, 2, 2.67},        {1234.5678, -2, 1200.0},   {-1250.0, -2, -1200.0},
      {-1350.0, -2, -1400.0},  {0.125, 2, 0.12},          {0.375, 2, 0.38},
      {-0.001, 2, -0.0},       {5e-324, 323, 0.0},        {5e-324, 324, 5e-324},
      {1.5, 0, 2.0},           {2.5, 0, 2.0},             {-2.5, 0, -2.0},
      {123.456, 1, 123.5},     {1e300, -299, 1e300},      {0.5, -1, 0.0},
      {5.0, -1, 0.0},          {15.0, -1, 20.0},          {25.0, -1, 20.0},
      {25.000000000000004, -1, 30.0}, {49.99, -2, 0.0},   {50.0, -2, 0.0},
      {150.0, -2, 200.0},      {1e22, -22, 1e22},         {-7.0, -308, -0.0},
      {7.0, -309, 0.0},        {-7.0, -309, -0.0},        {2.5e-300, 300, 2e-300},
      {INFINITY, 2, INFINITY}, {1.1, 400, 1.1},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++)
    cr_assert(same(round_to(cases[i].x, cases[i].n), cases[i].want), "round(%a, %lld)", cases[i].x,
              (long long)cases[i].n);
  double r;
  cr_assert_eq(mt_float_round(1.7e308, -308, &r), MT_FLOAT_EROUNDRANGE);
  cr_assert(isnan(round_to(NAN, 3)));
}

Test(float, round_half_even) {
  double xs[] = {0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370497.0, -3.7};
  double want[] = {0, 2, 2, 0, -2, 0, 4503599627370497.0, -4};
  for (size_t i = 0; i < MT_ARRAY_LEN(xs); i++) cr_assert_eq(mt_float_round_half_even(xs[i]), want[i]);
}

Test(float, floor_division_and_modulo) {
  double r, q;
  struct {
    int op;   /* 0: //, 1: % */
    double a, b, want;
  } cases[] = {
      {0, 7.0, -2.0, -4.0},     {1, 7.0, -2.0, -1.0},      {1, -7.5, 2.0, 0.5},
      {1, 0.0, -1.0, -0.0},     {0, -0.0, 1.0, -0.0},      {1, 1e-300, -1.0, -1.0},
      {1, 5.0, INFINITY, 5.0},  {1, -5.0, INFINITY, INFINITY}, {1, -0.0, 5.0, 0.0},
      {0, 5.0, INFINITY, 0.0},  {0, -5.0, INFINITY, -1.0}, {0, 0.0, -3.0, -0.0},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++) {
    int rc = cases[i].op ? mt_float_mod(cases[i].a, cases[i].b, &r) : mt_float_floordiv(cases[i].a, cases[i].b, &r);
    cr_assert_eq(rc, MT_FLOAT_OK);
    cr_assert(same(r, cases[i].want), "case %zu: got %a", i, r);
  }
  cr_assert_eq(mt_float_mod(INFINITY, 2.0, &r), MT_FLOAT_OK);
  cr_assert(isnan(r));
  cr_assert_eq(mt_float_divmod(1.0, 0.1, &q, &r), MT_FLOAT_OK);
  cr_assert(q == 9.0 && r == 0.09999999999999995);
  cr_assert_eq(mt_float_divmod(-7.5, 2.0, &q, &r), MT_FLOAT_OK);
  cr_assert(q == -4.0 && r == 0.5);
  cr_assert_eq(mt_float_divmod(7.5, -2.0, &q, &r), MT_FLOAT_OK);
  cr_assert(q == -4.0 && r == -0.5);
}

Test(float, zero_division_messages) {
  double r, q;
  const char *msg;
  cr_assert_eq(mt_float_div(1.0, 0.0, &r), MT_FLOAT_EDIV);
  cr_assert_eq(mt_float_error(MT_FLOAT_EDIV, &msg), MT_FLOAT_ZERODIVISION);
  cr_assert_str_eq(msg, "float division by zero");
  cr_assert_eq(mt_float_floordiv(1.0, -0.0, &r), MT_FLOAT_EFLOORDIV);
  mt_float_error(MT_FLOAT_EFLOORDIV, &msg);
  cr_assert_str_eq(msg, "float floor division by zero");
  cr_assert_eq(mt_float_mod(1.0, 0.0, &r), MT_FLOAT_EMOD);
  mt_float_error(MT_FLOAT_EMOD, &msg);
  cr_assert_str_eq(msg, "float modulo");
  cr_assert_eq(mt_float_divmod(1.0, 0.0, &q, &r), MT_FLOAT_EDIVMOD);
  mt_float_error(MT_FLOAT_EDIVMOD, &msg);
  cr_assert_str_eq(msg, "float divmod()");
}

Test(float, power_rules) {
  struct {
    double a, b, want;
  } cases[] = {
      {-2.0, 3.0, -8.0},         {-1.0, 1e300, 1.0},          {0.0, 0.0, 1.0},
      {-0.0, 3.0, -0.0},         {-0.0, 2.0, 0.0},            {INFINITY, -1.0, 0.0},
      {-INFINITY, 3.0, -INFINITY}, {-INFINITY, -3.0, -0.0},   {NAN, 0.0, 1.0},
      {1.0, NAN, 1.0},           {0.5, INFINITY, 0.0},        {2.0, -INFINITY, 0.0},
      {2.0, 0.5, 1.4142135623730951}, {10.0, -2.0, 0.01},     {-1.0, INFINITY, 1.0},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++) {
    double r;
    cr_assert_eq(mt_float_pow(cases[i].a, cases[i].b, &r), MT_FLOAT_OK);
    cr_assert(same(r, cases[i].want), "%a ** %a: got %a", cases[i].a, cases[i].b, r);
  }
  double r;
  const char *msg;
  cr_assert_eq(mt_float_pow(0.0, -1.0, &r), MT_FLOAT_EPOWZERO);
  cr_assert_eq(mt_float_error(MT_FLOAT_EPOWZERO, &msg), MT_FLOAT_ZERODIVISION);
  cr_assert_str_eq(msg, "0.0 cannot be raised to a negative power");
  cr_assert_eq(mt_float_pow(-8.0, 1.0 / 3.0, &r), MT_FLOAT_ECOMPLEX);
  cr_assert_eq(mt_float_pow(2.0, 10000.0, &r), MT_FLOAT_EPOWRANGE);
  cr_assert_eq(mt_float_error(MT_FLOAT_EPOWRANGE, &msg), MT_FLOAT_OVERFLOW);
  cr_assert_str_eq(msg, "(34, 'Numerical result out of range')");
  cr_assert_eq(mt_float_pow(NAN, 2.0, &r), MT_FLOAT_OK);
  cr_assert(isnan(r));
}

static double parse_ok(const char *s) {
  double d = 0;
  cr_assert_eq(mt_float_parse(s, strlen(s), true, &d), MT_FLOAT_OK, "float(%s)", s);
  return d;
}

Test(float, parse_valid) {
  struct {
    const char *s;
    double want;
  } cases[] = {
      {"1_000.5", 1000.5},   {"1_000.0_1", 1000.01}, {"1e1_0", 1e10},   {".5", 0.5},
      {"5.", 5.0},           {"infinity", INFINITY}, {"INFINITY", INFINITY}, {"+inf", INFINITY},
      {"-Infinity", -INFINITY}, {"inF", INFINITY},   {"  1.5  ", 1.5},  {"1e500", INFINITY},
      {"-1e500", -INFINITY}, {"1e-500", 0.0},        {"-1e-500", -0.0}, {"-.5e-3", -0.0005},
      {"1E5", 100000.0},     {"1e+05", 100000.0},    {"00001.5", 1.5},  {"1_0e1_0", 100000000000.0},
      {"\xd9\xa1.\xd9\xa5", 1.5},                     /* ARABIC-INDIC 1.5 */
      {"\xe2\x80\x83" "1.5\xe3\x80\x80", 1.5},        /* EM SPACE, IDEOGRAPHIC SPACE */
      {"2.5e-324", 5e-324},  {"2.4703282292062328e-324", 5e-324}, {"2.4703282292062327e-324", 0.0},
      {"1.7976931348623158e308", 1.7976931348623157e308}, {"1.7976931348623159e308", INFINITY},
      {"4.9406564584124654e-324", 5e-324}, {"0e99999999999999999999999", 0.0},
      {"1e-99999999999999999999", 0.0}, {"1e99999999999999999999", INFINITY},
      {"0.1", 0.1},          {"123456789012345678901234567890", 1.2345678901234568e+29},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++)
    cr_assert(same(parse_ok(cases[i].s), cases[i].want), "float(%s)", cases[i].s);
  double nan = parse_ok("-nan");
  cr_assert(isnan(nan) && signbit(nan));
  nan = parse_ok("+nAn");
  cr_assert(isnan(nan) && !signbit(nan));
}

/* Long inputs: 400 ones then e-300, and a 1.000...0001e1000 with 1000
** zeros (the significand is cut at 800 digits plus a sticky digit). */
Test(float, parse_long_inputs) {
  char s[1200];
  memset(s, '1', 400);
  strcpy(s + 400, "e-300");
  cr_assert_eq(parse_ok(s), 1.111111111111111e+99);
  strcpy(s, "1.");
  memset(s + 2, '0', 1000);
  strcpy(s + 1002, "1e-1");
  cr_assert_eq(parse_ok(s), 0.1);
  /* 0.5 + 2**-53 + tiny rounds up only thanks to the sticky digit. */
  strcpy(s, "1.00000000000000011102230246251565404236316680908203125");
  cr_assert_eq(parse_ok(s), 1.0);
  strcpy(s, "1.00000000000000011102230246251565404236316680908203125");
  memset(s + strlen(s), '0', 900);
  strcpy(s + 55 + 900, "1");
  cr_assert_eq(parse_ok(s), 1.0000000000000002);
}

Test(float, parse_invalid) {
  const char *cases[] = {"1_e5", "1._5", "1_.5", ".", "in f", "nan(123)", "1e", "1e+", "0x1p3",
                         "infinit", "infinityy", " ", "", "_1", "1_", "1__0", "+-1", "1e-_5",
                         "1\xe2\x80\x83.5", "1 .5", "--1", "1.5x", "e5", "\xd9\xa1"};
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++) {
    double d;
    bool unicode = i + 1 < MT_ARRAY_LEN(cases);
    cr_assert_eq(mt_float_parse(cases[i], strlen(cases[i]), unicode, &d), MT_FLOAT_ESYNTAX, "float(%s)",
                 cases[i]);
  }
  double d;
  cr_assert_eq(mt_float_parse("1.5\0", 4, true, &d), MT_FLOAT_ESYNTAX);
  const char *msg;
  cr_assert_eq(mt_float_error(MT_FLOAT_ESYNTAX, &msg), MT_FLOAT_VALUE);
  cr_assert_str_eq(msg, "could not convert string to float");
}

Test(float, integer_queries) {
  cr_assert(mt_float_is_integer(3.0));
  cr_assert(mt_float_is_integer(-0.0));
  cr_assert(mt_float_is_integer(1e300));
  cr_assert(!mt_float_is_integer(3.5));
  cr_assert(!mt_float_is_integer(INFINITY));
  cr_assert(!mt_float_is_integer(NAN));
  int64_t m;
  int32_t e;
  cr_assert_eq(mt_float_integer_ratio(1.5, &m, &e), MT_FLOAT_OK);
  cr_assert(m == 3 && e == -1);
  cr_assert_eq(mt_float_integer_ratio(0.1, &m, &e), MT_FLOAT_OK);   /* 3602879701896397 / 2**55 */
  cr_assert(m == 3602879701896397 && e == -55);
  cr_assert_eq(mt_float_integer_ratio(-8.0, &m, &e), MT_FLOAT_OK);
  cr_assert(m == -1 && e == 3);
  cr_assert_eq(mt_float_integer_ratio(5e-324, &m, &e), MT_FLOAT_OK);
  cr_assert(m == 1 && e == -1074);
  cr_assert_eq(mt_float_integer_ratio(0.0, &m, &e), MT_FLOAT_OK);
  cr_assert(m == 0 && e == 0);
  cr_assert_eq(mt_float_integer_ratio(INFINITY, &m, &e), MT_FLOAT_ERATIOINF);
  cr_assert_eq(mt_float_integer_ratio(NAN, &m, &e), MT_FLOAT_ERATIONAN);
}
