/*
** floating.c: Python float semantics (see floating.h).
**
** repr() digits are computed exactly: a * 10**p split into 17 integer
** digits and a fraction, in 128-bit integers for everyday magnitudes and
** with the bigint module elsewhere; candidates are checked by reading
** them back. Fixed precisions ('e', 'f', round()) come from glibc's printf,
** which prints the exact binary value rounded half-even like dtoa's
** modes 2 and 3, and text goes back through strtod (correctly rounded).
** Both are reentrant. Neither sees a decimal point: digits are picked
** out of printf's output and strtod gets "DIGITSe-EXP", so the C
** locale's LC_NUMERIC does not matter.
*/
#include "floating.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "unicode.h"

#define ERR_KIND_(code, kind, msg) [code] = kind,
#define ERR_MSG_(code, kind, msg) [code] = msg,
static const mt_float_exc error_kinds[MT_FLOAT_NERRORS] = {MT_FLOAT_ERRORS(ERR_KIND_)};
static const char *const error_msgs[MT_FLOAT_NERRORS] = {MT_FLOAT_ERRORS(ERR_MSG_)};
#undef ERR_KIND_
#undef ERR_MSG_

mt_float_exc mt_float_error(int code, const char **msg) {
  mt_assert(code > MT_FLOAT_OK && code < MT_FLOAT_NERRORS);
  *msg = error_msgs[code];
  return error_kinds[code];
}

/*
** {==================================================================
** Decimal digits (what David Gay's dtoa returns)
** ===================================================================
*/

/* Fraction digits beyond which '%.*f' prints only zeros (2**-1074 has
** 1074), and significant digits beyond which '%.*e' does (at most 767
** are nonzero). Asking for more only appends zeros, which dtoa strips. */
#define MAX_FIXED 1080
#define MAX_SIG 800

/* x = 0.d[0]d[1]...d[n-1] * 10**decpt. Zero is "0" with decpt 1; a
** fixed-point rounding to zero has n == 0 and decpt == -ndigits. */
typedef struct digits {
  char d[MAX_FIXED + DBL_MAX_10_EXP + 8];
  int n;
  int decpt;
  bool neg;
} digits;

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

static void set_zero(digits *g, bool neg) {
  g->d[0] = '0';
  g->n = 1;
  g->decpt = 1;
  g->neg = neg;
}

static void strip_trailing_zeros(digits *g) {
  while (g->n > 0 && g->d[g->n - 1] == '0') g->n--;
}

/* Reads printf's "%e" output: sign, digits around the (locale's)
** decimal point, then the exponent. */
static void read_exp_form(const char *s, digits *g) {
  g->neg = *s == '-';
  if (*s == '-') s++;
  g->n = 0;
  for (; *s && *s != 'e'; s++)
    if (is_digit(*s)) g->d[g->n++] = *s;
  g->decpt = (int)strtol(s + 1, NULL, 10) + 1;
}

/* Reads printf's "%f" output: integer digits set decpt, leading zeros
** are dropped. */
static void read_fixed_form(const char *s, digits *g) {
  g->neg = *s == '-';
  if (*s == '-') s++;
  g->n = 0;
  g->decpt = 0;
  for (; is_digit(*s); s++) {
    if (g->n > 0 || *s != '0') g->d[g->n++] = *s;
    if (g->n > 0) g->decpt++;
  }
  for (; *s; s++) {
    if (!is_digit(*s)) continue;
    if (g->n > 0 || *s != '0') g->d[g->n++] = *s;
    else g->decpt--;
  }
}

/* Mode 2: nd >= 1 significant digits, correctly rounded. */
static void sig_digits(double x, int nd, digits *g) {
  if (x == 0) {
    set_zero(g, signbit(x));
    return;
  }
  char buf[MAX_SIG + 32];
  snprintf(buf, sizeof buf, "%.*e", (nd < MAX_SIG ? nd : MAX_SIG) - 1, x);
  read_exp_form(buf, g);
  strip_trailing_zeros(g);
}

/* Mode 3: rounded to nd >= 0 digits after the point. */
static void fixed_digits(double x, int nd, digits *g) {
  if (x == 0) {
    set_zero(g, signbit(x));
    return;
  }
  char buf[MAX_FIXED + DBL_MAX_10_EXP + 32];
  snprintf(buf, sizeof buf, "%.*f", nd < MAX_FIXED ? nd : MAX_FIXED, x);
  read_fixed_form(buf, g);
  strip_trailing_zeros(g);
  if (g->n == 0) g->decpt = -nd;
}

/* Adds one unit in the last place, carrying (999 -> 1000 shifts decpt). */
static void increment(digits *g) {
  int i = g->n - 1;
  while (i >= 0 && g->d[i] == '9') i--;
  if (i < 0) {
    g->d[0] = '1';
    g->n = 1;
    g->decpt++;
  } else {
    g->d[i]++;
    g->n = i + 1;
  }
}

/* Keeps the first `keep` digits, rounding half to even on the dropped
** ones (plus a sticky "something nonzero follows"). keep <= 0 rounds at
** or above the leading digit. */
static void round_digits(digits *g, int keep, bool sticky) {
  if (keep >= g->n) return;
  bool up = false;
  if (keep >= 0) {
    char first = g->d[keep];
    bool rest = sticky;
    for (int i = keep + 1; i < g->n && !rest; i++) rest = g->d[i] != '0';
    bool odd = keep > 0 && ((g->d[keep - 1] - '0') & 1);
    up = first > '5' || (first == '5' && (rest || odd));
  }
  g->n = keep > 0 ? keep : 0;
  if (up) increment(g);
}

static const double pow10_exact[] = {
  1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The double nearest to DIGITS * 10**exp10 (digits without sign). Small
** cases are exact in double arithmetic (Clinger's fast path: mantissa
** below 2**53, power of ten exact), the rest go through strtod. */
static double digits_value(const char *d, int n, int64_t exp10) {
  if (n <= 19 && exp10 >= -22 && exp10 <= 22) {
    uint64_t m = 0;
    for (int i = 0; i < n; i++) m = m * 10 + (uint64_t)(d[i] - '0');
    if (m <= (uint64_t)1 << DBL_MANT_DIG) {
      double v = (double)m;
      return exp10 >= 0 ? v * pow10_exact[exp10] : v / pow10_exact[-exp10];
    }
  }
  char buf[MAX_SIG + 40];
  mt_assert(n <= MAX_SIG + 1);
  memcpy(buf, d, (size_t)n);
  snprintf(buf + n, sizeof buf - (size_t)n, "e%lld", (long long)exp10);
  return strtod(buf, NULL);
}

__extension__ typedef unsigned __int128 u128;

static const uint64_t pow10_u64[20] = {
  1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
  1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
  100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
  1000000000000000000ull, 10000000000000000000ull,
};

static u128 pow10_wide(int p) {
  return p < 20 ? pow10_u64[p] : (u128)pow10_u64[19] * pow10_u64[p - 19];
}

/* The double nearest to q * 10**t. */
static double uint_value(uint64_t q, int t) {
  if (q <= (uint64_t)1 << DBL_MANT_DIG && t >= -22 && t <= 22)
    return t >= 0 ? (double)q * pow10_exact[t] : (double)q / pow10_exact[-t];
  char buf[48];
  snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)q, t);
  return strtod(buf, NULL);
}

/* a * 10**(16 - e10) = q + f exactly, 10**16 <= q < 10**17, with the
** fraction f known by whether it is zero and how it compares to 1/2. */
typedef struct exact17 {
  uint64_t q;
  bool frac_nonzero;
  int frac_vs_half;   /* -1, 0, 1 */
  int e10;            /* floor(log10(a)) */
} exact17;

/* floor(log10(a)), off by at most one (too small) for the guess. */
static int e10_guess(int e2) { return (int)floor((e2 - 1) * 0.30102999566398120); }

static bool fill_exact(exact17 *x, u128 q, bool frac_nonzero, int frac_vs_half, int e10) {
  x->q = (uint64_t)q;
  x->frac_nonzero = frac_nonzero;
  x->frac_vs_half = frac_vs_half;
  x->e10 = e10;
  return true;
}

/* a * 10**p = num / den in 128-bit integers, for 1e-5 <= a < 2**63
** (a = m * 2**e): m * 10**p / 2**-e or (m << e) * 10**p or / 10**-p,
** with p = 16 - e10 <= 22 so that m * 10**p < 2**128. */
static bool exact_small(uint64_t m, int e, exact17 *x, int e10) {
  for (int tries = 0; tries < 3; tries++) {
    int p = 16 - e10;
    u128 num, den;
    if (e >= 0) {
      num = (u128)(m << e);
      den = 1;
      if (p >= 0) num *= pow10_wide(p);
      else den = pow10_wide(-p);
    } else {
      num = (u128)m * pow10_wide(p);
      den = (u128)1 << -e;
    }
    u128 q = num / den, rem = num % den;
    if (q >= pow10_u64[17]) e10++;
    else if (q < pow10_u64[16]) e10--;
    else return fill_exact(x, q, rem != 0, 2 * rem < den ? -1 : 2 * rem > den ? 1 : 0, e10);
  }
  return false;
}

/* The same over the whole double range with bigint arithmetic: 10**p
** has up to 1130 bits, everything fits in stack buffers. At most two
** rounds: the guess for e10 is off by at most one. */
static void exact_big(uint64_t m, int e, exact17 *x, int e10) {
  enum { L = 48 };
  mt_limb pw[L], nb[L], db[L], qb[L], rb[L], tb[L], ten = 10, ml = m, one = 1;
  mt_big tenv = {&ten, 1, false}, mv = {&ml, 1, false}, onev = {&one, 1, false};
  for (;;) {
    int p = 16 - e10;
    mt_limb ex = (mt_limb)(p < 0 ? -p : p);
    mt_big exv = {&ex, ex != 0, false};
    mt_big_out P = {pw, L, 0, false}, N = {nb, L, 0, false}, D = {db, L, 0, false};
    mt_big_out Q = {qb, L, 0, false}, R = {rb, L, 0, false}, T = {tb, L, 0, false};
    mt_big_pow(&P, tenv, exv);
    mt_big pv = {P.d, P.n, false};
    if (e >= 0) {
      mt_big_lshift(&T, mv, e);
      mt_big tv = {T.d, T.n, false};
      if (p >= 0) {
        mt_big_mul(&N, tv, pv);
        mt_big_copy(&D, onev);
      } else {
        mt_big_copy(&N, tv);
        mt_big_copy(&D, pv);
      }
    } else {
      mt_big_mul(&N, mv, pv);
      mt_big_lshift(&D, onev, -e);
    }
    mt_big nv = {N.d, N.n, false}, dv = {D.d, D.n, false};
    mt_big_divmod(&Q, &R, nv, dv);
    uint64_t q = Q.n ? Q.d[0] : 0;
    if (Q.n > 1 || q >= pow10_u64[17]) {
      e10++;
      continue;
    }
    if (q < pow10_u64[16]) {
      e10--;
      continue;
    }
    mt_big rv = {R.d, R.n, false};
    mt_big_lshift(&T, rv, 1);
    mt_big twice = {T.d, T.n, false};
    fill_exact(x, q, R.n != 0, mt_big_cmp(twice, dv), e10);
    return;
  }
}

/* a * 10**(16 - e10) split into integer and fraction, exactly, for any
** finite a > 0. */
static void exact_digits17(double a, exact17 *x) {
  int e2;
  double f = frexp(a, &e2);
  uint64_t m = (uint64_t)ldexp(f, DBL_MANT_DIG);
  int e = e2 - DBL_MANT_DIG, e10 = e10_guess(e2);
  if (a >= 1e-5 && a < 0x1p63 && exact_small(m, e, x, e10)) return;
  exact_big(m, e, x, e10);
}

/* The correctly rounded k-digit (k <= 17) significand, half to even;
** *e10 moves up when rounding carries into a new digit. */
static uint64_t round_exact(const exact17 *x, int k, int *e10) {
  uint64_t base = pow10_u64[17 - k], q = x->q / base, r = x->q % base;
  bool up;
  if (k == 17) up = x->frac_vs_half > 0 || (x->frac_vs_half == 0 && (q & 1));
  else up = r > base / 2 || (r == base / 2 && (x->frac_nonzero || (q & 1)));
  *e10 = x->e10;
  q += up;
  if (q == pow10_u64[k]) {
    q /= 10;
    ++*e10;
  }
  return q;
}

static void set_uint_digits(digits *g, uint64_t q, int e10) {
  char buf[24];
  g->n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)q);
  memcpy(g->d, buf, (size_t)g->n);
  g->decpt = e10 + 1;
  strip_trailing_zeros(g);
}

/* Whether q * 10**t (q of k digits, t from e10) reads back as a. */
static bool reads_back(uint64_t q, int k, int e10, double a) { return uint_value(q, e10 - k + 1) == a; }

/*
** Shortest digits that round-trip, closest to x among those (dtoa mode
** 0), from the exact value a * 10**p = q + f (17 integer digits):
**  - integers below 2**53 print exactly;
**  - a normal double's rounding interval is narrower than the gap between
**    15-digit decimals (DBL_DIG), so the correctly rounded 15 digits
**    read back iff the shortest has <= 15 digits, and then they are it
**    (zeros stripped); likewise 16 digits, except that at a power of two
**    the interval is lopsided and the next 16-digit decimal up may read
**    back when the nearest does not; 17 digits always read back;
**  - subnormals have few significant bits: try 1, 2, ... digits (their
**    intervals are symmetric, so the nearest k-digit decimal reads back
**    if any k-digit decimal does).
*/
static void shortest_digits(double x, digits *g) {
  double a = fabs(x);
  g->neg = signbit(x);
  if (a == 0) {
    set_zero(g, g->neg);
    return;
  }
  if (a < 9007199254740992.0 && a == floor(a)) {
    int e10 = 0;
    for (uint64_t t = (uint64_t)a; t >= 10; t /= 10) e10++;
    set_uint_digits(g, (uint64_t)a, e10);
    return;
  }
  exact17 ex;
  exact_digits17(a, &ex);
  int e10, e2;
  uint64_t q = 0;
  int first = a < DBL_MIN ? 1 : 15;
  for (int k = first; k <= 16; k++) {
    q = round_exact(&ex, k, &e10);
    if (reads_back(q, k, e10, a)) {
      set_uint_digits(g, q, e10);
      return;
    }
  }
  if (frexp(a, &e2) == 0.5 && uint_value(q, e10 - 15) < a) {
    if (++q == pow10_u64[16]) {
      q /= 10;
      e10++;
    }
    if (reads_back(q, 16, e10, a)) {
      set_uint_digits(g, q, e10);
      return;
    }
  }
  q = round_exact(&ex, 17, &e10);
  set_uint_digits(g, q, e10);
}

/* }================================================================== */

/*
** {==================================================================
** Layout (CPython's format_float_short)
** ===================================================================
*/

/* Appends n copies of c. */
static void put_fill(char **p, char c, int64_t n) {
  if (n > 0) {
    memset(*p, c, (size_t)n);
    *p += n;
  }
}

static void put_chars(char **p, const char *s, int64_t n) {
  if (n > 0) {
    memcpy(*p, s, (size_t)n);
    *p += n;
  }
}

/*
** The digits are a window on an infinite string of zeros: output is
** vdigits[vstart:vend] with the point inserted at decpt, then the
** exponent. 'e' shows `precision` digits, 'f' shows precision digits
** after the point, 'g' and 'r' show the digits (plus zeros with '#'),
** choosing exponent form by CPython's thresholds.
*/
static int layout(mt_buf *b, const digits *g, char type, int precision, unsigned flags,
                  bool upper) {
  int64_t decpt = g->decpt, n = g->n, vend = n, exp = 0;
  bool use_exp = false, alt = flags & MT_FLOAT_ALT, dot0 = flags & MT_FLOAT_ADD_DOT_0;
  switch (type) {
    case 'e':
      use_exp = true;
      vend = precision;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (dot0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vend = precision;
      break;
    default:   /* 'r': exponent form from 1e16 */
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && dot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  bool neg = g->neg;
  if ((flags & MT_FLOAT_NO_NEG_0) && (n == 0 || (n == 1 && g->d[0] == '0'))) neg = false;

  if (mt_buf_reserve(b, (size_t)(vend - vstart) + 16)) return MT_FLOAT_ENOMEM;
  char *start = b->data + b->len, *p = start;
  if (neg) *p++ = '-';
  else if (flags & MT_FLOAT_SIGN) *p++ = '+';
  if (decpt <= 0) {
    put_fill(&p, '0', decpt - vstart);
    *p++ = '.';
    put_fill(&p, '0', -decpt);
  } else {
    put_fill(&p, '0', -vstart);
  }
  if (0 < decpt && decpt <= n) {
    put_chars(&p, g->d, decpt);
    *p++ = '.';
    put_chars(&p, g->d + decpt, n - decpt);
  } else {
    put_chars(&p, g->d, n);
  }
  if (n < decpt) {
    put_fill(&p, '0', decpt - n);
    *p++ = '.';
    put_fill(&p, '0', vend - decpt);
  } else {
    put_fill(&p, '0', vend - n);
  }
  if (p[-1] == '.' && !alt) p--;
  if (use_exp) p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
  b->len += (size_t)(p - start);
  b->data[b->len] = '\0';
  return MT_FLOAT_OK;
}

static int put_special(mt_buf *b, double x, unsigned flags, bool upper) {
  const char *word = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
  const char *sign = (!isnan(x) && x < 0) ? "-" : (flags & MT_FLOAT_SIGN) ? "+" : "";
  return mt_buf_printf(b, "%s%s", sign, word) ? MT_FLOAT_ENOMEM : MT_FLOAT_OK;
}

int mt_float_format(mt_buf *b, double x, char type, int precision, unsigned flags) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (upper) type = (char)(type + ('a' - 'A'));
  mt_assert(type == 'e' || type == 'f' || type == 'g' || type == 'r');
  mt_assert(precision >= 0 && precision < INT32_MAX);
  if (!isfinite(x)) return put_special(b, x, flags, upper);
  digits g;
  switch (type) {
    case 'e':
      precision++;
      sig_digits(x, precision, &g);
      break;
    case 'f':
      fixed_digits(x, precision, &g);
      break;
    case 'g':
      if (precision == 0) precision = 1;
      sig_digits(x, precision, &g);
      break;
    default:
      shortest_digits(x, &g);
      break;
  }
  return layout(b, &g, type, precision, flags, upper);
}

int mt_float_repr(mt_buf *b, double x) { return mt_float_format(b, x, 'r', 0, MT_FLOAT_ADD_DOT_0); }

/* }================================================================== */

/*
** {==================================================================
** float(text)
** ===================================================================
*/

/* Characters of the literal with underscores removed; an underscore not
** between two digits reads as MT_UNI_NUMBER_BAD. -1 is the end. */
typedef struct lexer {
  const char *p, *end;
  bool unicode;
  int prev;
} lexer;

static int peek_char(const lexer *l, const char **next) {
  *next = l->p;
  return mt_uni_number_char(next, l->end, l->unicode);
}

static int next_char(lexer *l) {
  const char *next;
  int c = peek_char(l, &next);
  l->p = next;
  if (c == '_') {
    c = peek_char(l, &next);
    if (!is_digit(l->prev) || !is_digit(c)) return MT_UNI_NUMBER_BAD;
    l->p = next;
  }
  l->prev = c;
  return c;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static bool is_alpha(int c) { return lower(c) >= 'a' && lower(c) <= 'z'; }

/* Significand digits of a decimal literal: the first MAX_SIG significant
** ones (enough to round correctly: halfway points have at most 767), a
** sticky flag for nonzero ones beyond, and the power of ten they scale. */
typedef struct mantissa {
  char d[MAX_SIG + 2];
  int n;
  bool sticky;
  int64_t scale;
} mantissa;

static void add_digit(mantissa *m, int c, bool fraction) {
  if (m->n == 0 && c == '0') {
    if (fraction) m->scale--;
  } else if (m->n < MAX_SIG) {
    m->d[m->n++] = (char)c;
    if (fraction) m->scale--;
  } else {
    m->sticky |= c != '0';
    if (!fraction) m->scale++;
  }
}

/* 'inf', 'infinity' or 'nan' (any case); c is the first letter. */
static bool parse_word(lexer *l, int *c, double *v) {
  char w[9];
  int n = 0;
  while (is_alpha(*c) && n < 9) {
    w[n++] = (char)lower(*c);
    *c = next_char(l);
  }
  if ((n == 3 && !memcmp(w, "inf", 3)) || (n == 8 && !memcmp(w, "infinity", 8))) *v = INFINITY;
  else if (n == 3 && !memcmp(w, "nan", 3)) *v = NAN;
  else return false;
  return true;
}

/* digits [. digits] or . digits, then [e|E [sign] digits]. */
static bool parse_decimal(lexer *l, int *c, double *v) {
  mantissa m = {.n = 0, .sticky = false, .scale = 0};
  bool any = false;
  for (; is_digit(*c); *c = next_char(l), any = true) add_digit(&m, *c, false);
  if (*c == '.') {
    *c = next_char(l);
    for (; is_digit(*c); *c = next_char(l), any = true) add_digit(&m, *c, true);
  }
  if (!any) return false;
  int64_t exp = 0;
  if (*c == 'e' || *c == 'E') {
    *c = next_char(l);
    bool eneg = *c == '-';
    if (*c == '+' || *c == '-') *c = next_char(l);
    if (!is_digit(*c)) return false;
    for (; is_digit(*c); *c = next_char(l))
      if (exp < 1000000000) exp = exp * 10 + (*c - '0');
    if (eneg) exp = -exp;
  }
  if (m.n == 0) {
    *v = 0.0;
    return true;
  }
  if (m.sticky) {
    m.d[m.n++] = '1';
    m.scale--;
  }
  int64_t e10 = m.scale + exp, top = e10 + m.n;   /* 10**(top-1) <= value < 10**top */
  if (top > DBL_MAX_10_EXP + 2) *v = INFINITY;
  else if (top < DBL_MIN_10_EXP - DBL_DIG - 10) *v = 0.0;
  else *v = digits_value(m.d, m.n, e10);
  return true;
}

/* CPython's float(): strip whitespace, optional sign, then a word or a
** decimal literal, and nothing after but whitespace. */
int mt_float_parse(const char *s, size_t len, bool unicode, double *out) {
  lexer l = {s, s + len, unicode, 0};
  int c = next_char(&l);
  while (mt_uni_ascii_space(c)) c = next_char(&l);
  bool neg = c == '-';
  if (c == '+' || c == '-') c = next_char(&l);
  double v;
  bool ok = is_alpha(c) ? parse_word(&l, &c, &v) : parse_decimal(&l, &c, &v);
  if (!ok) return MT_FLOAT_ESYNTAX;
  while (mt_uni_ascii_space(c)) c = next_char(&l);
  if (c != -1) return MT_FLOAT_ESYNTAX;
  *out = neg ? -v : v;
  return MT_FLOAT_OK;
}

/* }================================================================== */

/*
** {==================================================================
** Hash and arithmetic (CPython's floatobject.c and pyhash.c)
** ===================================================================
*/

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* The value of x mod 2**61-1 (x a rational with a power-of-two
** denominator), 28 mantissa bits at a time, then the exponent as a
** rotation; equal to int hashes for integral x. */
int64_t mt_float_hash(double x, int64_t nan_hash) {
  if (!isfinite(x)) {
    if (isnan(x)) return nan_hash;
    return x > 0 ? HASH_INF : -HASH_INF;
  }
  int e;
  double m = frexp(x, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t h = 0;
  while (m) {
    h = ((h << 28) & HASH_MODULUS) | h >> (HASH_BITS - 28);
    m *= 268435456.0;   /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    h += y;
    if (h >= HASH_MODULUS) h -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  h = ((h << e) & HASH_MODULUS) | h >> (HASH_BITS - e);
  h = h * (uint64_t)(int64_t)sign;
  if (h == (uint64_t)-1) h = (uint64_t)-2;
  return (int64_t)h;
}

int mt_float_div(double a, double b, double *r) {
  if (b == 0.0) return MT_FLOAT_EDIV;
  *r = a / b;
  return MT_FLOAT_OK;
}

/* CPython's _float_div_mod: fmod is exact, the quotient (a - mod) / b is
** snapped to the nearest integer, zeros get the sign CPython gives. */
static void div_mod(double a, double b, double *floordiv, double *mod) {
  *mod = fmod(a, b);
  double div = (a - *mod) / b;
  if (*mod) {
    if ((b < 0) != (*mod < 0)) {
      *mod += b;
      div -= 1.0;
    }
  } else {
    *mod = copysign(0.0, b);
  }
  if (div) {
    *floordiv = floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = copysign(0.0, a / b);
  }
}

int mt_float_floordiv(double a, double b, double *r) {
  if (b == 0.0) return MT_FLOAT_EFLOORDIV;
  double m;
  div_mod(a, b, r, &m);
  return MT_FLOAT_OK;
}

int mt_float_mod(double a, double b, double *r) {
  if (b == 0.0) return MT_FLOAT_EMOD;
  double m = fmod(a, b);
  if (m) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = copysign(0.0, b);
  }
  *r = m;
  return MT_FLOAT_OK;
}

int mt_float_divmod(double a, double b, double *q, double *r) {
  if (b == 0.0) return MT_FLOAT_EDIVMOD;
  div_mod(a, b, q, r);
  return MT_FLOAT_OK;
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* CPython's float_pow: the special cases are settled here (C99 pow()
** agrees on most, not all, and not on every libm); the rest is pow(). */
int mt_float_pow(double a, double b, double *r) {
  if (b == 0) {
    *r = 1.0;
    return MT_FLOAT_OK;
  }
  if (isnan(a)) {
    *r = a;
    return MT_FLOAT_OK;
  }
  if (isnan(b)) {
    *r = a == 1.0 ? 1.0 : b;
    return MT_FLOAT_OK;
  }
  if (isinf(b)) {
    double aa = fabs(a);
    if (aa == 1.0) *r = 1.0;
    else if ((b > 0.0) == (aa > 1.0)) *r = fabs(b);
    else *r = 0.0;
    return MT_FLOAT_OK;
  }
  if (isinf(a)) {
    bool odd = is_odd_integer(b);
    if (b > 0.0) *r = odd ? a : fabs(a);
    else *r = odd ? copysign(0.0, a) : 0.0;
    return MT_FLOAT_OK;
  }
  if (a == 0.0) {
    if (b < 0.0) return MT_FLOAT_EPOWZERO;
    *r = is_odd_integer(b) ? a : 0.0;
    return MT_FLOAT_OK;
  }
  bool negate = false;
  if (a < 0.0) {
    if (b != floor(b)) return MT_FLOAT_ECOMPLEX;
    a = -a;
    negate = is_odd_integer(b);
  }
  if (a == 1.0) {
    *r = negate ? -1.0 : 1.0;
    return MT_FLOAT_OK;
  }
  double v = pow(a, b);
  if (isinf(v)) return MT_FLOAT_EPOWRANGE;
  *r = negate ? -v : v;
  return MT_FLOAT_OK;
}

double mt_float_round_half_even(double x) {
  double r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  return r;
}

/* Integer digits of |x| rounded half-even to a multiple of 10**m (m >=
** 1): exact digits of trunc(|x|), with "x had a fraction" as sticky. */
static void integer_digits_rounded(double x, int m, digits *g) {
  double t = trunc(fabs(x));
  g->neg = signbit(x);
  g->n = 0;
  g->decpt = 0;
  if (t == 0) return;
  char buf[DBL_MAX_10_EXP + 8];
  snprintf(buf, sizeof buf, "%.0f", t);
  read_fixed_form(buf, g);
  g->neg = signbit(x);
  round_digits(g, g->decpt - m, fabs(x) != t);
  strip_trailing_zeros(g);
}

/* The common case of mt_float_round without decimal digits: 0 <= ndigits
** <= 22 (10**ndigits is exact), y = x * 10**ndigits below 2**52 and not
** within a few ulps of a halfway point. The exact product is then on the
** same side of that point as y, so both round to the same integer m, and
** m / 10**ndigits (both exact) is the double nearest m * 10**-ndigits:
** what reading the rounded digits back gives. False when in doubt. */
static bool round_fast(double x, int64_t ndigits, double *r) {
  static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (ndigits < 0 || ndigits >= (int64_t)MT_ARRAY_LEN(pow10)) return false;
  double p = pow10[ndigits], y = x * p;
  if (!(fabs(y) < 0x1p52)) return false;
  double frac = fabs(y - trunc(y));
  if (fabs(frac - 0.5) <= 0x1p-50 * fabs(y)) return false;
  *r = round(y) / p;
  return true;
}

/*
** CPython's double_round: digits of x rounded at 10**-ndigits (dtoa mode
** 3, negative ndigits included), read back with strtod. Beyond the
** ranges where the answer is x itself or a zero, nothing is computed.
*/
int mt_float_round(double x, int64_t ndigits, double *r) {
  const int64_t ndigits_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  const int64_t ndigits_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
  if (!isfinite(x) || ndigits > ndigits_max) {
    *r = x;
    return MT_FLOAT_OK;
  }
  if (ndigits < ndigits_min) {
    *r = 0.0 * x;
    return MT_FLOAT_OK;
  }
  if (round_fast(x, ndigits, r)) return MT_FLOAT_OK;
  digits g;
  if (ndigits >= 0) fixed_digits(x, (int)ndigits, &g);
  else integer_digits_rounded(x, (int)-ndigits, &g);
  double v = g.n ? digits_value(g.d, g.n, (int64_t)g.decpt - g.n) : 0.0;
  if (isinf(v)) return MT_FLOAT_EROUNDRANGE;
  *r = g.neg ? -v : v;
  return MT_FLOAT_OK;
}

bool mt_float_is_integer(double x) { return isfinite(x) && floor(x) == x; }

int mt_float_integer_ratio(double x, int64_t *mant, int32_t *exp2) {
  if (isinf(x)) return MT_FLOAT_ERATIOINF;
  if (isnan(x)) return MT_FLOAT_ERATIONAN;
  int e;
  double f = frexp(x, &e);
  int64_t m = (int64_t)ldexp(f, DBL_MANT_DIG);
  e -= DBL_MANT_DIG;
  if (m == 0) e = 0;
  while (m != 0 && (m & 1) == 0) {
    m /= 2;
    e++;
  }
  *mant = m;
  *exp2 = e;
  return MT_FLOAT_OK;
}

/* CPython's float_hex: 13 hex digits after the point, subnormals with a
** leading 0 digit and exponent -1022. */
int mt_float_to_hex(mt_buf *b, double x) {
  if (isnan(x) || isinf(x)) return mt_float_repr(b, x);
  if (x == 0.0) return mt_buf_puts(b, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0") ? MT_FLOAT_ENOMEM : MT_FLOAT_OK;
  static const char hex[] = "0123456789abcdef";
  int e;
  double m = frexp(fabs(x), &e);
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = ldexp(m, shift);
  e -= shift;
  char text[32], *p = text;
  *p++ = hex[(int)m];
  m -= (int)m;
  *p++ = '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    *p++ = hex[(int)m];
    m -= (int)m;
  }
  *p = 0;
  return mt_buf_printf(b, "%s0x%sp%c%d", x < 0 ? "-" : "", text, e < 0 ? '-' : '+', e < 0 ? -e : e)
             ? MT_FLOAT_ENOMEM
             : MT_FLOAT_OK;
}

static bool hex_digit(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

static bool word_at(const char *s, size_t len, const char *w) {
  size_t n = strlen(w);
  if (len != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((s[i] | 0x20) != w[i]) return false;
  return true;
}

/* The syntax is checked here; the value comes from strtod on a C99 hex
** literal with the point removed (so no locale is involved), which rounds
** half to even exactly like CPython's float_fromhex. */
int mt_float_from_hex(const char *s, size_t len, double *out) {
  size_t i = 0, end = len;
  while (i < end && mt_uni_ascii_space((uint8_t)s[i])) i++;
  while (end > i && mt_uni_ascii_space((uint8_t)s[end - 1])) end--;
  bool neg = false;
  if (i < end && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (word_at(s + i, end - i, "inf") || word_at(s + i, end - i, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return MT_FLOAT_OK;
  }
  if (word_at(s + i, end - i, "nan")) {
    *out = neg ? -NAN : NAN;
    return MT_FLOAT_OK;
  }
  if (end - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
  mt_buf lit = MT_BUF_INIT;
  int rc = mt_buf_puts(&lit, "0x") ? MT_FLOAT_ENOMEM : MT_FLOAT_OK;
  size_t ndigits = 0, nfrac = 0;
  for (; i < end && hex_digit(s[i]) && !rc; i++, ndigits++) rc = mt_buf_putc(&lit, s[i]) ? MT_FLOAT_ENOMEM : rc;
  if (i < end && s[i] == '.')
    for (i++; i < end && hex_digit(s[i]) && !rc; i++, ndigits++, nfrac++)
      rc = mt_buf_putc(&lit, s[i]) ? MT_FLOAT_ENOMEM : rc;
  int64_t exp = 0;
  if (!rc && i < end && (s[i] | 0x20) == 'p') {
    bool eneg = false;
    size_t from = ++i;
    if (i < end && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-', from = i;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++)
      if (exp < (INT64_C(1) << 40)) exp = exp * 10 + (s[i] - '0');
    if (i == from) rc = MT_FLOAT_EHEXSYNTAX;
    if (eneg) exp = -exp;
  }
  if (!rc && (ndigits == 0 || i != end)) rc = MT_FLOAT_EHEXSYNTAX;
  if (!rc) rc = mt_buf_printf(&lit, "p%lld", (long long)(exp - 4 * (int64_t)nfrac)) ? MT_FLOAT_ENOMEM : rc;
  if (!rc) {
    double v = strtod(lit.data, NULL);
    if (isinf(v)) rc = MT_FLOAT_EHEXRANGE;
    *out = neg ? -v : v;
  }
  mt_buf_free(&lit);
  return rc;
}

/* }================================================================== */
