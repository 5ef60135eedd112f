/*
** int.c: small and big ints as Python values.
*/
#include "int.h"

#include <math.h>
#include <string.h>

#include "exc.h"
#include "hash.h"

static mt_value small_or_null(uint64_t mag, bool neg) {
  if (!neg && mag <= (uint64_t)MT_SMALL_MAX) return mt_small((int64_t)mag);
  if (neg && mag <= (uint64_t)MT_SMALL_MAX + 1) return mt_small(-(int64_t)(mag - 1) - 1);
  return MT_NULL;
}

/* A one-limb big int. */
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

mt_big mt_int_view(mt_vm *vm, mt_value v, mt_limb *tmp) {
  if (mt_is_ref(v)) {
    mt_bigint *b = MT_OBJ(vm, mt_bigint, v);
    return (mt_big){b->d, b->n, (b->h.flags & MT_OF_NEG) != 0};
  }
  int64_t i = mt_is_bool(v) ? v == MT_TRUE : mt_as_small(v);
  *tmp = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
  return (mt_big){tmp, i != 0, i < 0};
}

uint32_t mt_int_begin(mt_vm *vm, uint32_t cap, mt_big_out *out) {
  uint32_t off = mt_heap_alloc(vm, MT_T_INT, mt_bigint_size(cap ? cap : 1));
  if (!off) return 0;
  *out = (mt_big_out){((mt_bigint *)mt_ptr(vm, off))->d, cap, 0, false};
  return off;
}

mt_value mt_int_finish(mt_vm *vm, uint32_t off, const mt_big_out *out) {
  mt_bigint *b = mt_ptr(vm, off);
  mt_value v = out->n == 0 ? mt_small(0) : out->n == 1 ? small_or_null(b->d[0], out->neg) : MT_NULL;
  if (v != MT_NULL) {
    mt_heap_shrink(vm, off, 0);
    return v;
  }
  b->n = out->n;
  b->h.flags = out->neg ? MT_OF_NEG : 0;
  mt_heap_shrink(vm, off, (uint32_t)mt_bigint_size(out->n));
  return mt_ref(MT_T_INT, off);
}

bool mt_int_to_i64(mt_vm *vm, mt_value v, int64_t *out) {
  mt_limb tmp;
  mt_big b = mt_int_view(vm, v, &tmp);
  if (b.n > 1) return false;
  uint64_t m = b.n ? b.d[0] : 0;
  if (m > (uint64_t)INT64_MAX + b.neg) return false;
  *out = b.neg ? (int64_t)(0 - m) : (int64_t)m;
  return true;
}

/* The value modulo 2**61 - 1, as CPython's long_hash: 2**64 is 8 modulo
** that prime, so limbs fold in from the top as x = 8x + limb. */
int64_t mt_int_hash(mt_vm *vm, mt_value v) {
  mt_limb tmp;
  mt_big b = mt_int_view(vm, v, &tmp);
  uint64_t x = 0;
  for (uint32_t i = b.n; i-- > 0;) {
    uint64_t x8 = x << 3;
    x = (x8 & MT_HASH_MODULUS) + (x8 >> 61);
    x += (b.d[i] & MT_HASH_MODULUS) + (b.d[i] >> 61);
    while (x >= MT_HASH_MODULUS) x -= MT_HASH_MODULUS;
  }
  int64_t h = b.neg ? -(int64_t)x : (int64_t)x;
  return h == -1 ? -2 : h;
}

static int cmp_mag(const mt_big *a, const mt_big *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (uint32_t i = a->n; i-- > 0;)
    if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
  return 0;
}

static int cmp_big(const mt_big *a, const mt_big *b) {
  if (a->neg != b->neg) return a->neg ? -1 : 1;
  int c = cmp_mag(a, b);
  return a->neg ? -c : c;
}

int mt_int_cmp(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_both_small(a, b)) {
    int64_t x = mt_as_small(a), y = mt_as_small(b);
    return (x > y) - (x < y);
  }
  mt_limb ta, tb;
  mt_big x = mt_int_view(vm, a, &ta), y = mt_int_view(vm, b, &tb);
  return cmp_big(&x, &y);
}

static uint32_t bit_length(const mt_big *b) {
  return b->n ? 64 * (b->n - 1) + (64 - (uint32_t)__builtin_clzll(b->d[b->n - 1])) : 0;
}

/* Exact comparison with a double: compare bit lengths, and when they match,
** compare with the double's integer part as limbs and its fraction. */
int mt_int_cmp_double(mt_vm *vm, mt_value a, double d) {
  mt_limb tmp;
  mt_big x = mt_int_view(vm, a, &tmp);
  if (isinf(d)) return d > 0 ? -1 : 1;
  int dsign = d < 0 ? -1 : d > 0;
  int xsign = x.n == 0 ? 0 : x.neg ? -1 : 1;
  if (xsign != dsign) return xsign < dsign ? -1 : 1;
  if (xsign == 0) return 0;
  int e;
  double m = frexp(fabs(d), &e);
  uint32_t nbits = bit_length(&x);
  int c;
  if (e <= 0 || nbits != (uint32_t)e) {
    c = e <= 0 || nbits > (uint32_t)e ? 1 : -1;
  } else {
    mt_limb limbs[17] = {0};
    uint64_t mant = (uint64_t)ldexp(m, 53);
    int shift = e - 53;
    bool frac = false;
    if (shift >= 0) {
      limbs[shift / 64] = mant << (shift % 64);
      if (shift % 64) limbs[shift / 64 + 1] = mant >> (64 - shift % 64);
    } else {
      limbs[0] = mant >> -shift;
      frac = (mant & ((UINT64_C(1) << -shift) - 1)) != 0;
    }
    mt_big y = {limbs, x.n, false};
    x.neg = false;
    c = cmp_mag(&x, &y);
    if (c == 0 && frac) c = -1;
  }
  return xsign < 0 ? -c : c;
}

/* Round to nearest even: take the top 64 bits and fold every lower bit
** into bit 0 (round-to-odd), then let the hardware round to 53 bits. */
mt_value mt_int_to_float(mt_vm *vm, mt_value a) {
  if (mt_is_small(a)) return mt_float((double)mt_as_small(a));
  mt_limb tmp;
  mt_big x = mt_int_view(vm, a, &tmp);
  uint32_t nbits = bit_length(&x);
  if (nbits > 1024) return mt_raise(vm, MT_T_OVERFLOW_ERROR, "int too large to convert to float");
  double r;
  if (nbits <= 64) {
    r = (double)(x.n ? x.d[0] : 0);
  } else {
    uint32_t shift = nbits - 64, w = shift / 64, s = shift % 64;
    uint64_t top = x.d[w] >> s;
    if (s) top |= x.d[w + 1] << (64 - s);
    bool sticky = s && (x.d[w] << (64 - s)) != 0;
    for (uint32_t i = 0; i < w && !sticky; i++) sticky = x.d[i] != 0;
    r = ldexp((double)(top | sticky), (int)shift);
    if (isinf(r)) return mt_raise(vm, MT_T_OVERFLOW_ERROR, "int too large to convert to float");
  }
  return mt_float(x.neg ? -r : r);
}
