/*
** bigint.h: arbitrary-precision integer arithmetic with Python semantics,
** over GMP's mpn layer (limb arrays; no GMP heap objects, no global state).
**
** A number is a sign and a magnitude. The magnitude is n little-endian
** limbs with d[n-1] != 0; n == 0 is zero (and then neg is false).
**
**   mt_big      read-only view of a number (e.g. limbs inside an arena int)
**   mt_big_out  caller-provided storage for a result: d has room for cap
**               limbs; the callee sets n and neg. Each operation has a
**               *_cap() function giving the room its result needs, so the
**               caller (the object layer) allocates before computing and
**               no function here allocates Python objects.
**
** Functions returning int give MT_BIG_OK or one of the MT_BIG_E* codes,
** which the object layer turns into the matching Python exception.
*/
#ifndef MT_BIGINT_H
#define MT_BIGINT_H

#include "buf.h"
#include "common.h"

typedef uint64_t mt_limb;

typedef struct mt_big {
  const mt_limb *d;
  uint32_t n;
  bool neg;
} mt_big;

typedef struct mt_big_out {
  mt_limb *d;
  uint32_t cap;
  uint32_t n;
  bool neg;
} mt_big_out;

enum {
  MT_BIG_OK = 0,
  MT_BIG_EZERODIV = -1,   /* ZeroDivisionError */
  MT_BIG_ETOOBIG = -2,    /* result over MT_BIG_MAX_LIMBS: MemoryError/OverflowError */
  MT_BIG_EVALUE = -3,     /* ValueError (bad literal, negative shift count, ...) */
  MT_BIG_EOVERFLOW = -4,  /* OverflowError (e.g. int too large to convert to float) */
  MT_BIG_EDIGITS = -5,    /* ValueError: int<->str digit limit (MT_BIG_MSG_*) */
};

/* Hard cap on the size of one integer (limbs): bounds memory and time. */
#define MT_BIG_MAX_LIMBS (1u << 20)
/* CPython 3.11's default limit on int<->decimal str conversion digits. */
#define MT_BIG_MAX_STR_DIGITS 4300

/* Result of mt_big_cmp_double() when the double is a NaN (every ordered
** comparison is false, != is true). */
#define MT_BIG_UNORDERED 2

/* CPython's messages for the codes whose text depends on a number: the
** caller formats them (printf-style) when raising ValueError. */
#define MT_BIG_MSG_STR_TO_INT \
  "Exceeds the limit (%u digits) for integer string conversion: value has %zu digits; " \
  "use sys.set_int_max_str_digits() to increase the limit"
#define MT_BIG_MSG_INT_TO_STR \
  "Exceeds the limit (%u digits) for integer string conversion; " \
  "use sys.set_int_max_str_digits() to increase the limit"

/*
** {==================================================================
** Small integers: the object layer keeps ints that fit in int64 unboxed
** and only falls back to limbs when these report overflow.
** ===================================================================
*/

/* Each returns false (and leaves *r unspecified) when the exact result
** does not fit in int64. */
static inline bool mt_big_i64_add(int64_t a, int64_t b, int64_t *r) {
  return !__builtin_add_overflow(a, b, r);
}
static inline bool mt_big_i64_sub(int64_t a, int64_t b, int64_t *r) {
  return !__builtin_sub_overflow(a, b, r);
}
static inline bool mt_big_i64_mul(int64_t a, int64_t b, int64_t *r) {
  return !__builtin_mul_overflow(a, b, r);
}

/* Python a // b (floor) for b != 0; false only for INT64_MIN // -1. */
static inline bool mt_big_i64_floordiv(int64_t a, int64_t b, int64_t *r) {
  if (b == -1) return mt_big_i64_sub(0, a, r);
  int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) q--;
  *r = q;
  return true;
}

/* Python a % b for b != 0: the result takes the sign of b. */
static inline int64_t mt_big_i64_mod(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

/* a << n for 0 <= n; false when the result does not fit in int64. */
static inline bool mt_big_i64_lshift(int64_t a, int64_t n, int64_t *r) {
  if (a == 0) { *r = 0; return true; }
  if (n >= 63) return false;
  int64_t v = (int64_t)((uint64_t)a << n);
  if ((v >> n) != a) return false;
  *r = v;
  return true;
}

/* a >> n (floor) for 0 <= n. */
static inline int64_t mt_big_i64_rshift(int64_t a, int64_t n) {
  return n >= 63 ? (a < 0 ? -1 : 0) : a >> n;
}

/* a ** e for 0 <= e; false when the result does not fit in int64. */
static inline bool mt_big_i64_pow(int64_t a, int64_t e, int64_t *r) {
  int64_t acc = 1;
  while (e > 0) {
    if ((e & 1) && !mt_big_i64_mul(acc, a, &acc)) return false;
    e >>= 1;
    if (e > 0 && !mt_big_i64_mul(a, a, &a)) return false;
  }
  *r = acc;
  return true;
}

/* A view of v, using *one (one limb) as storage: lets mixed small/big
** arithmetic call the mt_big functions without allocating. */
static inline mt_big mt_big_of_i64(int64_t v, mt_limb *one) {
  mt_big b;
  *one = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  b.d = one;
  b.n = v != 0;
  b.neg = v < 0;
  return b;
}

/* }================================================================== */

/*
** {==================================================================
** Arithmetic. Contract for every pair f_cap()/f():
**  - f_cap() returns the limbs the result may need (saturating at
**    UINT32_MAX). A value above MT_BIG_MAX_LIMBS means the result would
**    exceed the limit: raise without allocating (f returns
**    MT_BIG_ETOOBIG in that case).
**  - f() writes the normalized result into r (r->cap >= f_cap()); the
**    result limbs must not overlap the inputs' limbs.
**  - Temporary work space beyond r comes from GMP's internal scratch
**    (alloca/malloc inside mpn_*) and from malloc in this module when
**    large (freed before returning; failure gives MT_BIG_ETOOBIG, a
**    MemoryError). No Python object is allocated and no global state is
**    written, so interpreters on different threads can call these freely.
** ===================================================================
*/

/* Magnitude rules: MemoryError for ETOOBIG unless stated otherwise. */
MT_INTERNAL uint32_t mt_big_add_cap(mt_big a, mt_big b);   /* also sub */
MT_INTERNAL int mt_big_add(mt_big_out *r, mt_big a, mt_big b);
MT_INTERNAL int mt_big_sub(mt_big_out *r, mt_big a, mt_big b);
MT_INTERNAL uint32_t mt_big_mul_cap(mt_big a, mt_big b);
MT_INTERNAL int mt_big_mul(mt_big_out *r, mt_big a, mt_big b);

/* Copies: r = a, -a, |a| (cap a.n). */
MT_INTERNAL int mt_big_copy(mt_big_out *r, mt_big a);
MT_INTERNAL int mt_big_neg(mt_big_out *r, mt_big a);
MT_INTERNAL int mt_big_abs(mt_big_out *r, mt_big a);

/* Floor division and modulo (Python semantics: the remainder takes the
** sign of the divisor). Either q or m may be NULL. b == 0 gives
** MT_BIG_EZERODIV ("integer division or modulo by zero" for // and
** divmod(), "integer modulo by zero" for %). */
MT_INTERNAL uint32_t mt_big_div_cap(mt_big a, mt_big b);   /* quotient */
MT_INTERNAL uint32_t mt_big_mod_cap(mt_big a, mt_big b);   /* remainder */
MT_INTERNAL int mt_big_divmod(mt_big_out *q, mt_big_out *m, mt_big a, mt_big b);
MT_INTERNAL int mt_big_floordiv(mt_big_out *q, mt_big a, mt_big b);
MT_INTERNAL int mt_big_mod(mt_big_out *m, mt_big a, mt_big b);

/* base ** e for e >= 0 (a negative e is the float path: MT_BIG_EVALUE).
** The cap is a cheap upper bound from bit lengths, so 2**10**10 fails
** fast with MT_BIG_ETOOBIG (CPython raises MemoryError there too). */
MT_INTERNAL uint32_t mt_big_pow_cap(mt_big base, mt_big e);
MT_INTERNAL int mt_big_pow(mt_big_out *r, mt_big base, mt_big e);

/* pow(base, e, m) like CPython: m == 0 gives MT_BIG_EZERODIV (raise
** ValueError "pow() 3rd argument cannot be 0"); e < 0 uses the inverse
** of base, MT_BIG_EVALUE when there is none ("base is not invertible
** for the given modulus"); the result lies in [0, m) for m > 0 and in
** (m, 0] for m < 0. */
MT_INTERNAL uint32_t mt_big_powmod_cap(mt_big m);
MT_INTERNAL int mt_big_powmod(mt_big_out *r, mt_big base, mt_big e, mt_big m);

/* Shifts by n bits; the caller saturates a huge shift count to
** INT64_MAX / INT64_MIN. n < 0 gives MT_BIG_EVALUE ("negative shift
** count"); a left shift too big gives MT_BIG_ETOOBIG (MemoryError, as
** in CPython 3.11). Right shifts floor: -(2**100) >> 3 == -(2**97). */
MT_INTERNAL uint32_t mt_big_lshift_cap(mt_big a, int64_t n);
MT_INTERNAL int mt_big_lshift(mt_big_out *r, mt_big a, int64_t n);
MT_INTERNAL uint32_t mt_big_rshift_cap(mt_big a, int64_t n);
MT_INTERNAL int mt_big_rshift(mt_big_out *r, mt_big a, int64_t n);

/* Bitwise operations on Python's infinite two's complement. */
MT_INTERNAL uint32_t mt_big_bitop_cap(mt_big a, mt_big b);   /* and/or/xor */
MT_INTERNAL int mt_big_and(mt_big_out *r, mt_big a, mt_big b);
MT_INTERNAL int mt_big_or(mt_big_out *r, mt_big a, mt_big b);
MT_INTERNAL int mt_big_xor(mt_big_out *r, mt_big a, mt_big b);
MT_INTERNAL uint32_t mt_big_invert_cap(mt_big a);
MT_INTERNAL int mt_big_invert(mt_big_out *r, mt_big a);      /* ~a == -a-1 */

/* math.gcd(a, b) >= 0. */
MT_INTERNAL uint32_t mt_big_gcd_cap(mt_big a, mt_big b);
MT_INTERNAL int mt_big_gcd(mt_big_out *r, mt_big a, mt_big b);

/* }================================================================== */

/*
** {==================================================================
** Queries and conversions
** ===================================================================
*/

/* -1, 0 or 1. */
MT_INTERNAL int mt_big_cmp(mt_big a, mt_big b);
/* Exact comparison with a double (1 == 1.0, 2**53+1 > 2.0**53,
** everything < inf): -1, 0, 1, or MT_BIG_UNORDERED when d is a NaN. */
MT_INTERNAL int mt_big_cmp_double(mt_big a, double d);

MT_INTERNAL uint64_t mt_big_bit_length(mt_big a);
MT_INTERNAL uint64_t mt_big_bit_count(mt_big a);   /* popcount of |a| */

/* hash(int) as CPython computes it: |a| mod 2**61-1 with a's sign, and
** -1 becomes -2. Equal ints and floats hash alike (see mt_float_hash). */
MT_INTERNAL int64_t mt_big_hash(mt_big a);

/* Writes v into r (cap 1). */
MT_INTERNAL void mt_big_from_i64(mt_big_out *r, int64_t v);
/* False when a does not fit in int64. */
MT_INTERNAL bool mt_big_to_i64(mt_big a, int64_t *v);

/* float(a), correctly rounded (half to even); MT_BIG_EOVERFLOW for
** "int too large to convert to float". */
MT_INTERNAL int mt_big_to_double(mt_big a, double *d);

/* int(d): truncates toward zero. Infinities give MT_BIG_EOVERFLOW
** ("cannot convert float infinity to integer"), NaN gives MT_BIG_EVALUE
** ("cannot convert float NaN to integer"); mt_big_double_check() reports
** the same without converting. */
MT_INTERNAL int mt_big_double_check(double d);
MT_INTERNAL uint32_t mt_big_from_double_cap(double d);
MT_INTERNAL int mt_big_from_double(mt_big_out *r, double d);

/* a / b correctly rounded like CPython's long_true_divide. b == 0 gives
** MT_BIG_EZERODIV ("division by zero"); MT_BIG_EOVERFLOW is "integer
** division result too large for a float". */
MT_INTERNAL int mt_big_true_div(double *out, mt_big a, mt_big b);

/* }================================================================== */

/*
** {==================================================================
** Text. int(text, base) in two steps so the caller can size the result:
** mt_big_scan() validates the text and counts digits; mt_big_scan_cap()
** and mt_big_from_text() then convert. Text is UTF-8; with unicode set
** (str arguments) Unicode whitespace and decimal digits count like their
** ASCII forms, as in CPython; bytes arguments pass false.
** max_str_digits is sys.get_int_max_str_digits() (0: no limit).
** ===================================================================
*/

typedef struct mt_big_text {
  const char *digits;  /* first digit (after sign, prefix and one '_') */
  const char *end;     /* end of the digit run (underscores included) */
  size_t ndigits;      /* digits, underscores excluded */
  int base;            /* resolved base, 2..36 */
  bool neg;
  bool unicode;
} mt_big_text;

/* base is 0 or 2..36 (the caller rejects others: "int() base must be >=
** 2 and <= 36, or 0"). MT_BIG_EVALUE: "invalid literal for int() with
** base %d: %R"; MT_BIG_EDIGITS: MT_BIG_MSG_STR_TO_INT with t->ndigits. */
MT_INTERNAL int mt_big_scan(mt_big_text *t, const char *s, size_t len, int base,
                            uint32_t max_str_digits, bool unicode);
MT_INTERNAL uint32_t mt_big_scan_cap(const mt_big_text *t);
MT_INTERNAL int mt_big_from_text(mt_big_out *r, const mt_big_text *t);

/* Appends str(a) to b. MT_BIG_EDIGITS: MT_BIG_MSG_INT_TO_STR (nothing is
** appended); MT_BIG_ETOOBIG: out of memory. */
MT_INTERNAL int mt_big_to_decimal(mt_buf *b, mt_big a, uint32_t max_str_digits);

/* Appends a in base 2, 8 or 16 ('-' first when negative); flags choose
** the 0b/0o/0x prefix (bin/oct/hex) and upper-case digits and prefix. */
enum { MT_BIG_PREFIX = 1, MT_BIG_UPPER = 2 };
MT_INTERNAL int mt_big_to_base(mt_buf *b, mt_big a, int base, unsigned flags);

/* }================================================================== */

#endif
