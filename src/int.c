/*
** int.c: small and big ints as Python values, arithmetic included.
**
** Every operation first tries the small-int path (value.h's overflow-
** checked helpers, bigint.h's int64 helpers); otherwise it views both
** operands as mt_big, asks the *_cap() function for the result size,
** allocates a BIGINT of that size, computes into it and trims it (or
** turns it back into an immediate).
*/
#include "int.h"

#include <math.h>
#include <string.h>

#include "exc.h"
#include "str.h"
#include "tuple.h"

static mt_value small_or_null(uint64_t mag, bool neg) {
  if (!neg && mag <= (uint64_t)MT_SMALL_MAX) return mt_small((int64_t)mag);
  if (neg && mag <= (uint64_t)MT_SMALL_MAX + 1) return mt_small(-(int64_t)(mag - 1) - 1);
  return MT_NULL;
}

static mt_value from_mag(mt_vm *vm, uint64_t mag, bool neg) {
  mt_value v = small_or_null(mag, neg);
  if (v != MT_NULL) return v;
  uint32_t off = mt_heap_alloc(vm, MT_T_INT, mt_bigint_size(1));
  if (!off) return MT_EXC;
  mt_bigint *b = mt_ptr(vm, off);
  b->n = 1;
  b->d[0] = mag;
  b->h.flags = neg ? MT_OF_NEG : 0;
  return mt_ref(MT_T_INT, off);
}

mt_value mt_int_from_i64(mt_vm *vm, int64_t i) {
  if (mt_small_fits(i)) return mt_small(i);
  return from_mag(vm, i < 0 ? 0 - (uint64_t)i : (uint64_t)i, i < 0);
}

mt_value mt_int_from_u64(mt_vm *vm, uint64_t u) { return from_mag(vm, u, false); }

static int64_t small_of(mt_value v) { return mt_is_bool(v) ? v == MT_TRUE : mt_as_small(v); }

mt_big mt_int_view(mt_vm *vm, mt_value v, mt_limb *tmp) {
  if (mt_is_ref(v)) {
    mt_bigint *b = MT_OBJ(vm, mt_bigint, v);
    return (mt_big){b->d, b->n, (b->h.flags & MT_OF_NEG) != 0};
  }
  return mt_big_of_i64(small_of(v), tmp);
}

bool mt_int_to_i64(mt_vm *vm, mt_value v, int64_t *out) {
  if (!mt_is_ref(v)) {
    *out = small_of(v);
    return true;
  }
  mt_limb tmp;
  return mt_big_to_i64(mt_int_view(vm, v, &tmp), out);
}

int64_t mt_int_hash(mt_vm *vm, mt_value v) {
  if (!mt_is_ref(v)) {
    int64_t i = small_of(v);
    return i == -1 ? -2 : i;
  }
  mt_limb tmp;
  return mt_big_hash(mt_int_view(vm, v, &tmp));
}

int mt_int_cmp(mt_vm *vm, mt_value a, mt_value b) {
  if (!mt_is_ref(a) && !mt_is_ref(b)) {
    int64_t x = small_of(a), y = small_of(b);
    return (x > y) - (x < y);
  }
  mt_limb ta, tb;
  return mt_big_cmp(mt_int_view(vm, a, &ta), mt_int_view(vm, b, &tb));
}

int mt_int_cmp_double(mt_vm *vm, mt_value a, double d) {
  mt_limb t;
  return mt_big_cmp_double(mt_int_view(vm, a, &t), d);
}

/* ---- errors ---- */

/* Raise the exception for an mt_big error code; msg is the operation's
** text for ZeroDivisionError / ValueError / OverflowError. */
static mt_value big_error(mt_vm *vm, int code, const char *msg) {
  switch (code) {
  case MT_BIG_EZERODIV: return mt_raise(vm, MT_T_ZERO_DIVISION_ERROR, "%s", msg);
  case MT_BIG_EVALUE: return mt_raise(vm, MT_T_VALUE_ERROR, "%s", msg);
  case MT_BIG_EOVERFLOW: return mt_raise(vm, MT_T_OVERFLOW_ERROR, "%s", msg);
  case MT_BIG_EDIGITS: return mt_raise(vm, MT_T_VALUE_ERROR, MT_BIG_MSG_INT_TO_STR, MT_BIG_MAX_STR_DIGITS);
  default: return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  }
}

mt_value mt_int_to_float(mt_vm *vm, mt_value a) {
  if (!mt_is_ref(a)) return mt_float((double)small_of(a));
  mt_limb t;
  double d;
  int rc = mt_big_to_double(mt_int_view(vm, a, &t), &d);
  return rc ? big_error(vm, rc, "int too large to convert to float") : mt_float(d);
}

/* ---- the generic big path ---- */

typedef uint32_t (*cap2_fn)(mt_big, mt_big);
typedef int (*op2_fn)(mt_big_out *, mt_big, mt_big);

/* Allocate a BIGINT for up to cap limbs; out receives its limbs. */
static uint32_t begin(mt_vm *vm, uint32_t cap, mt_big_out *out) {
  if (cap > MT_BIG_MAX_LIMBS) {
    mt_raise_type(vm, MT_T_MEMORY_ERROR);
    return 0;
  }
  uint32_t off = mt_heap_alloc(vm, MT_T_INT, mt_bigint_size(cap ? cap : 1));
  if (off) *out = (mt_big_out){((mt_bigint *)mt_ptr(vm, off))->d, cap ? cap : 1, 0, false};
  return off;
}

/* Trim the result object, or give it back and return an immediate. */
static mt_value finish(mt_vm *vm, uint32_t off, const mt_big_out *r) {
  mt_bigint *b = mt_ptr(vm, off);
  mt_value v = r->n == 0 ? mt_small(0) : r->n == 1 ? small_or_null(b->d[0], r->neg) : MT_NULL;
  if (v != MT_NULL) {
    mt_heap_shrink(vm, off, 0);
    return v;
  }
  b->n = r->n;
  b->h.flags = r->neg ? MT_OF_NEG : 0;
  mt_heap_shrink(vm, off, (uint32_t)mt_bigint_size(r->n));
  return mt_ref(MT_T_INT, off);
}

static mt_value big2(mt_vm *vm, mt_value a, mt_value b, cap2_fn cap, op2_fn op, const char *msg) {
  mt_limb ta, tb;
  mt_big_out r;
  uint32_t off = begin(vm, cap(mt_int_view(vm, a, &ta), mt_int_view(vm, b, &tb)), &r);
  if (!off) return MT_EXC;
  int rc = op(&r, mt_int_view(vm, a, &ta), mt_int_view(vm, b, &tb));
  if (rc) {
    mt_heap_shrink(vm, off, 0);
    return big_error(vm, rc, msg);
  }
  return finish(vm, off, &r);
}

/* ---- operators ---- */

mt_value mt_int_add(mt_vm *vm, mt_value a, mt_value b) {
  mt_value r;
  if (mt_both_small(a, b) && mt_small_add(a, b, &r)) return r;
  return big2(vm, a, b, mt_big_add_cap, mt_big_add, "");
}

mt_value mt_int_sub(mt_vm *vm, mt_value a, mt_value b) {
  mt_value r;
  if (mt_both_small(a, b) && mt_small_sub(a, b, &r)) return r;
  return big2(vm, a, b, mt_big_add_cap, mt_big_sub, "");
}

mt_value mt_int_mul(mt_vm *vm, mt_value a, mt_value b) {
  mt_value r;
  if (mt_both_small(a, b) && mt_small_mul(a, b, &r)) return r;
  return big2(vm, a, b, mt_big_mul_cap, mt_big_mul, "");
}

static bool both_immediate(mt_value a, mt_value b) { return !mt_is_ref(a) && !mt_is_ref(b); }

mt_value mt_int_floordiv(mt_vm *vm, mt_value a, mt_value b) {
  int64_t q;
  if (both_immediate(a, b) && small_of(b) != 0 && mt_big_i64_floordiv(small_of(a), small_of(b), &q))
    return mt_int_from_i64(vm, q);
  return big2(vm, a, b, mt_big_div_cap, mt_big_floordiv, "integer division or modulo by zero");
}

mt_value mt_int_mod(mt_vm *vm, mt_value a, mt_value b) {
  if (both_immediate(a, b) && small_of(b) != 0) return mt_small(mt_big_i64_mod(small_of(a), small_of(b)));
  return big2(vm, a, b, mt_big_mod_cap, mt_big_mod, "integer modulo by zero");
}

mt_value mt_int_divmod(mt_vm *vm, mt_value a, mt_value b) {
  mt_value items[2];
  items[0] = mt_int_floordiv(vm, a, b);
  if (items[0] == MT_EXC) return MT_EXC;
  items[1] = mt_int_mod(vm, a, b);
  if (items[1] == MT_EXC) return MT_EXC;
  return mt_tuple_from(vm, items, 2);
}

/* A negative exponent makes it float arithmetic, as in CPython. */
static mt_value float_pow(mt_vm *vm, mt_value a, mt_value b) {
  mt_value x = mt_int_to_float(vm, a), y = x == MT_EXC ? MT_EXC : mt_int_to_float(vm, b);
  if (y == MT_EXC) return MT_EXC;
  double base = mt_as_float(x), e = mt_as_float(y);
  if (base == 0.0) return mt_raise(vm, MT_T_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
  return mt_float(pow(base, e));
}

mt_value mt_int_pow(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_int_cmp(vm, b, mt_small(0)) < 0) return float_pow(vm, a, b);
  int64_t r;
  if (both_immediate(a, b) && mt_big_i64_pow(small_of(a), small_of(b), &r)) return mt_int_from_i64(vm, r);
  return big2(vm, a, b, mt_big_pow_cap, mt_big_pow, "");
}

mt_value mt_int_powmod(mt_vm *vm, mt_value a, mt_value b, mt_value m) {
  mt_limb ta, tb, tm;
  mt_big_out r;
  if (mt_int_cmp(vm, m, mt_small(0)) == 0) return mt_raise(vm, MT_T_VALUE_ERROR, "pow() 3rd argument cannot be 0");
  uint32_t off = begin(vm, mt_big_powmod_cap(mt_int_view(vm, m, &tm)), &r);
  if (!off) return MT_EXC;
  int rc = mt_big_powmod(&r, mt_int_view(vm, a, &ta), mt_int_view(vm, b, &tb), mt_int_view(vm, m, &tm));
  if (rc) {
    mt_heap_shrink(vm, off, 0);
    return big_error(vm, rc, "base is not invertible for the given modulus");
  }
  return finish(vm, off, &r);
}

/* Shift counts saturate to int64; the shift helpers take them as int64. */
static int64_t shift_count(mt_vm *vm, mt_value b) {
  int64_t n;
  if (mt_int_to_i64(vm, b, &n)) return n;
  return mt_int_cmp(vm, b, mt_small(0)) < 0 ? INT64_MIN : INT64_MAX;
}

static mt_value shift(mt_vm *vm, mt_value a, mt_value b, bool left) {
  int64_t n = shift_count(vm, b), r;
  if (n < 0) return mt_raise(vm, MT_T_VALUE_ERROR, "negative shift count");
  if (!mt_is_ref(a)) {
    if (!left) return mt_small(mt_big_i64_rshift(small_of(a), n));
    if (mt_big_i64_lshift(small_of(a), n, &r)) return mt_int_from_i64(vm, r);
  }
  mt_limb t;
  mt_big_out out;
  mt_big x = mt_int_view(vm, a, &t);
  uint32_t off = begin(vm, left ? mt_big_lshift_cap(x, n) : mt_big_rshift_cap(x, n), &out);
  if (!off) return MT_EXC;
  x = mt_int_view(vm, a, &t);
  int rc = left ? mt_big_lshift(&out, x, n) : mt_big_rshift(&out, x, n);
  if (rc) {
    mt_heap_shrink(vm, off, 0);
    return big_error(vm, rc, "negative shift count");
  }
  return finish(vm, off, &out);
}

mt_value mt_int_lshift(mt_vm *vm, mt_value a, mt_value b) { return shift(vm, a, b, true); }
mt_value mt_int_rshift(mt_vm *vm, mt_value a, mt_value b) { return shift(vm, a, b, false); }

mt_value mt_int_and(mt_vm *vm, mt_value a, mt_value b) {
  if (both_immediate(a, b)) return mt_small(small_of(a) & small_of(b));
  return big2(vm, a, b, mt_big_bitop_cap, mt_big_and, "");
}

mt_value mt_int_or(mt_vm *vm, mt_value a, mt_value b) {
  if (both_immediate(a, b)) return mt_small(small_of(a) | small_of(b));
  return big2(vm, a, b, mt_big_bitop_cap, mt_big_or, "");
}

mt_value mt_int_xor(mt_vm *vm, mt_value a, mt_value b) {
  if (both_immediate(a, b)) return mt_small(small_of(a) ^ small_of(b));
  return big2(vm, a, b, mt_big_bitop_cap, mt_big_xor, "");
}

mt_value mt_int_truediv(mt_vm *vm, mt_value a, mt_value b) {
  mt_limb ta, tb;
  double d;
  int rc = mt_big_true_div(&d, mt_int_view(vm, a, &ta), mt_int_view(vm, b, &tb));
  if (rc == MT_BIG_EZERODIV) return big_error(vm, rc, "division by zero");
  if (rc) return big_error(vm, rc, "integer division result too large for a float");
  return mt_float(d);
}

typedef uint32_t (*cap1_fn)(mt_big);
typedef int (*op1_fn)(mt_big_out *, mt_big);

static uint32_t same_cap(mt_big a) { return a.n + 1; }

static mt_value big1(mt_vm *vm, mt_value a, cap1_fn cap, op1_fn op) {
  mt_limb t;
  mt_big_out r;
  uint32_t off = begin(vm, cap(mt_int_view(vm, a, &t)), &r);
  if (!off) return MT_EXC;
  int rc = op(&r, mt_int_view(vm, a, &t));
  if (rc) {
    mt_heap_shrink(vm, off, 0);
    return big_error(vm, rc, "");
  }
  return finish(vm, off, &r);
}

mt_value mt_int_neg(mt_vm *vm, mt_value a) {
  if (!mt_is_ref(a)) return mt_int_from_i64(vm, -small_of(a));
  return big1(vm, a, same_cap, mt_big_neg);
}

mt_value mt_int_abs(mt_vm *vm, mt_value a) {
  if (!mt_is_ref(a)) return mt_int_from_i64(vm, small_of(a) < 0 ? -small_of(a) : small_of(a));
  return big1(vm, a, same_cap, mt_big_abs);
}

mt_value mt_int_invert(mt_vm *vm, mt_value a) {
  if (!mt_is_ref(a)) return mt_int_from_i64(vm, ~small_of(a));
  return big1(vm, a, mt_big_invert_cap, mt_big_invert);
}

mt_value mt_int_from_double(mt_vm *vm, double d) {
  int rc = mt_big_double_check(d);
  if (rc == MT_BIG_EOVERFLOW) return big_error(vm, rc, "cannot convert float infinity to integer");
  if (rc) return big_error(vm, rc, "cannot convert float NaN to integer");
  if (fabs(d) < 9.0e15) return mt_int_from_i64(vm, (int64_t)d);
  mt_big_out r;
  uint32_t off = begin(vm, mt_big_from_double_cap(d), &r);
  if (!off) return MT_EXC;
  mt_big_from_double(&r, d);
  return finish(vm, off, &r);
}

/* ---- bytes ---- */

mt_value mt_int_from_bytes(mt_vm *vm, const uint8_t *p, size_t n, bool little, bool is_signed) {
  uint64_t nlimbs = (n + 7) / 8;
  mt_big_out r;
  if (nlimbs > MT_BIG_MAX_LIMBS) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  uint32_t off = begin(vm, (uint32_t)nlimbs, &r);
  if (!off) return MT_EXC;
  mt_limb *d = r.d;
  for (size_t i = 0; i < n; i++) d[i / 8] |= (mt_limb)(little ? p[i] : p[n - 1 - i]) << (8 * (i % 8));
  bool neg = is_signed && n && ((little ? p[n - 1] : p[0]) & 0x80);
  if (neg) {
    /* sign-extend the top limb, then negate: magnitude = ~x + 1 */
    if (n % 8) d[nlimbs - 1] |= ~(mt_limb)0 << (8 * (n % 8));
    unsigned carry = 1;
    for (uint64_t i = 0; i < nlimbs; i++) {
      d[i] = ~d[i] + carry;
      carry = carry && d[i] == 0;
    }
  }
  r.n = (uint32_t)nlimbs;
  while (r.n && d[r.n - 1] == 0) r.n--;
  r.neg = neg;
  return finish(vm, off, &r);
}

/* Byte k (little-endian) of v's infinite two's complement form, given the
** magnitude's limbs; borrow carries the "- 1" of ~(|v| - 1) for negative
** v across bytes, from byte 0 up. */
static uint8_t twos_byte(mt_big a, uint64_t k, unsigned *borrow) {
  uint8_t m = k / 8 < a.n ? (uint8_t)(a.d[k / 8] >> (8 * (k % 8))) : 0;
  if (!a.neg) return m;
  uint8_t b = (uint8_t)(m - *borrow);
  *borrow = *borrow && m == 0;
  return (uint8_t)~b;
}

int mt_int_to_bytes(mt_vm *vm, mt_value v, uint8_t *out, size_t n, bool little, bool is_signed) {
  mt_limb t;
  mt_big a = mt_int_view(vm, v, &t);
  if (a.neg && !is_signed) {
    mt_raise(vm, MT_T_OVERFLOW_ERROR, "can't convert negative int to unsigned");
    return -1;
  }
  unsigned borrow = 1;
  uint8_t fill = a.neg ? 0xFF : 0, last = 0;
  for (uint64_t k = 0; k < n; k++) {
    last = twos_byte(a, k, &borrow);
    out[little ? k : n - 1 - k] = last;
  }
  /* what does not fit must be sign fill, and a signed result's top bit
  ** must be the sign */
  bool fits = (mt_big_bit_length(a) + 7) / 8 <= n || a.neg;
  for (uint64_t k = n; fits && k < (uint64_t)a.n * 8 + 1; k++) fits = twos_byte(a, k, &borrow) == fill;
  if (fits && is_signed && n) fits = (last & 0x80) == (fill & 0x80);
  if (fits && n == 0) fits = a.n == 0;
  if (fits) return 0;
  mt_raise(vm, MT_T_OVERFLOW_ERROR, "int too big to convert");
  return -1;
}

uint64_t mt_int_bit_length(mt_vm *vm, mt_value v) {
  mt_limb t;
  return mt_big_bit_length(mt_int_view(vm, v, &t));
}

uint64_t mt_int_bit_count(mt_vm *vm, mt_value v) {
  mt_limb t;
  return mt_big_bit_count(mt_int_view(vm, v, &t));
}

/* ---- text ---- */

/* Text of a str or bytes value (valid until the next allocation). */
static const char *text_of(mt_vm *vm, mt_value v, size_t *len) {
  if (mt_is_ref_type(v, MT_T_BYTES)) {
    *len = MT_OBJ(vm, mt_bytes, v)->len;
    return (const char *)MT_OBJ(vm, mt_bytes, v)->data;
  }
  mt_strview x = mt_str_obj_view(vm, v);
  *len = x.len;
  return x.p;
}

/* int(s)'s common case, without the general scanner: base 10 and s is
** an optional sign and 1 to 18 ASCII digits, nothing else (whitespace,
** underscores and other digits take the general path). */
static bool small_decimal(const char *s, size_t len, int base, int64_t *out) {
  size_t i = len && (s[0] == '+' || s[0] == '-');
  if (base != 10 || len == i || len - i > 18) return false;
  int64_t v = 0;
  for (size_t k = i; k < len; k++) {
    if (s[k] < '0' || s[k] > '9') return false;
    v = v * 10 + (s[k] - '0');
  }
  *out = s[0] == '-' ? -v : v;
  return true;
}

mt_value mt_int_parse(mt_vm *vm, mt_value text, int base) {
  mt_big_text t;
  size_t len;
  const char *s = text_of(vm, text, &len);
  int64_t v;
  if (small_decimal(s, len, base, &v) && mt_small_fits(v)) return mt_small(v);
  int rc = mt_big_scan(&t, s, len, base, MT_BIG_MAX_STR_DIGITS, !mt_is_ref_type(text, MT_T_BYTES));
  if (rc == MT_BIG_EDIGITS)
    return mt_raise(vm, MT_T_VALUE_ERROR, MT_BIG_MSG_STR_TO_INT, MT_BIG_MAX_STR_DIGITS, t.ndigits);
  if (rc) return mt_raise(vm, MT_T_VALUE_ERROR, "invalid literal for int() with base %d: %R", base, text);
  mt_big_out r;
  uint32_t off = begin(vm, mt_big_scan_cap(&t), &r);
  if (!off) return MT_EXC;
  /* the scan's pointers are into the text, which may have moved */
  const char *s2 = text_of(vm, text, &len);
  t.digits = s2 + (t.digits - s);
  t.end = s2 + (t.end - s);
  rc = mt_big_from_text(&r, &t);
  if (rc) {
    mt_heap_shrink(vm, off, 0);
    return big_error(vm, rc, "");
  }
  return finish(vm, off, &r);
}

int mt_int_to_decimal(mt_vm *vm, mt_sb *sb, mt_value a) {
  if (!mt_is_ref(a)) return mt_sb_format(vm, sb, "%lld", (long long)small_of(a));
  mt_buf buf = MT_BUF_INIT;
  mt_limb t;
  int rc = mt_big_to_decimal(&buf, mt_int_view(vm, a, &t), MT_BIG_MAX_STR_DIGITS);
  int r = rc ? (big_error(vm, rc, ""), -1) : mt_sb_append(vm, sb, buf.data, buf.len);
  mt_buf_free(&buf);
  return r;
}
