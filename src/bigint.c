/*
** bigint.c: arbitrary-precision integers with Python semantics over GMP's
** mpn layer (see bigint.h for the contract).
**
** Signs are handled here, magnitudes by mpn_*: floor division, Python's
** infinite two's complement for bitwise operations, CPython's rounding
** for int -> float and int / int, CPython's hash. mpn functions take their
** temporary space from GMP's internal scratch (alloca, or GMP's malloc for
** large operands); this file's own temporaries come from scratch_alloc()
** below. Neither touches global mutable state.
*/
#include "bigint.h"

#include <float.h>
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"

MT_STATIC_ASSERT(_Generic((mp_limb_t)0, mt_limb: 1, default: 0), "mt_limb must be mp_limb_t");
MT_STATIC_ASSERT(GMP_NUMB_BITS == 64, "GMP built without nails, 64-bit limbs");

#define LIMB_BITS 64

__extension__ typedef unsigned __int128 u128;
#define SCRATCH_LOCAL 64   /* limbs of scratch kept on the stack */

/*
** {==================================================================
** Helpers
** ===================================================================
*/

/* Scratch space: the caller's stack array when it is big enough, else
** malloc (NULL when that fails: the caller reports MT_BIG_ETOOBIG). */
static mt_limb *scratch_alloc(mt_limb *local, size_t nlocal, size_t n) {
  if (n <= nlocal) return local;
  return malloc(n * sizeof(mt_limb));
}

static void scratch_free(mt_limb *p, const mt_limb *local) {
  if (p != local) free(p);
}

static uint32_t sat32(uint64_t v) { return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v; }
static uint32_t max32(uint32_t a, uint32_t b) { return a > b ? a : b; }
static uint32_t min32(uint32_t a, uint32_t b) { return a < b ? a : b; }

/* Checks that r can take a result of `need` limbs. Above the limit is the
** user's problem (ETOOBIG); a short r->cap is the caller's bug. */
static int room(const mt_big_out *r, uint64_t need) {
  if (need > MT_BIG_MAX_LIMBS) return MT_BIG_ETOOBIG;
  mt_assert(r->cap >= need);
  return r->cap >= need ? MT_BIG_OK : MT_BIG_ETOOBIG;
}

/* Strips high zero limbs and fixes the sign of zero. */
static int finish(mt_big_out *r, uint32_t n, bool neg) {
  while (n > 0 && r->d[n - 1] == 0) n--;
  r->n = n;
  r->neg = n > 0 && neg;
  return MT_BIG_OK;
}

static void copy_limbs(mt_limb *dst, const mt_limb *src, uint32_t n) {
  if (n) memcpy(dst, src, n * sizeof(mt_limb));
}

static void zero_limbs(mt_limb *dst, uint64_t n) {
  if (n) memset(dst, 0, n * sizeof(mt_limb));
}

static uint32_t normalized(const mt_limb *d, uint32_t n) {
  while (n > 0 && d[n - 1] == 0) n--;
  return n;
}

static int mag_cmp(const mt_limb *a, uint32_t an, const mt_limb *b, uint32_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  int c = an ? mpn_cmp(a, b, an) : 0;
  return (c > 0) - (c < 0);
}

static bool is_unit(mt_big a) { return a.n == 1 && a.d[0] == 1; }

/* }================================================================== */

/*
** {==================================================================
** Addition, subtraction, multiplication, copies
** ===================================================================
*/

uint32_t mt_big_add_cap(mt_big a, mt_big b) { return max32(a.n, b.n) + 1; }

/* r = a + b where b's sign is given separately (so sub is add of -b). */
static int add_signed(mt_big_out *r, mt_big a, mt_big b, bool bneg) {
  int rc = room(r, mt_big_add_cap(a, b));
  if (rc) return rc;
  if (a.n < b.n || (a.n == b.n && a.neg != bneg && mag_cmp(a.d, a.n, b.d, b.n) < 0)) {
    mt_big t = a;
    bool tneg = a.neg;
    a = b;
    a.neg = bneg;
    b = t;
    bneg = tneg;
  }
  /* Now |a| >= |b| when the signs differ, and a.n >= b.n always. */
  if (b.n == 0) {
    copy_limbs(r->d, a.d, a.n);
    return finish(r, a.n, a.neg);
  }
  if (a.neg == bneg) {
    r->d[a.n] = mpn_add(r->d, a.d, a.n, b.d, b.n);
    return finish(r, a.n + 1, a.neg);
  }
  if (a.n > b.n || mag_cmp(a.d, a.n, b.d, b.n) > 0) {
    mpn_sub(r->d, a.d, a.n, b.d, b.n);
    return finish(r, a.n, a.neg);
  }
  return finish(r, 0, false);
}

int mt_big_add(mt_big_out *r, mt_big a, mt_big b) { return add_signed(r, a, b, b.neg); }
int mt_big_sub(mt_big_out *r, mt_big a, mt_big b) { return add_signed(r, a, b, !b.neg); }

uint32_t mt_big_mul_cap(mt_big a, mt_big b) { return sat32((uint64_t)a.n + b.n); }

int mt_big_mul(mt_big_out *r, mt_big a, mt_big b) {
  int rc = room(r, (uint64_t)a.n + b.n);
  if (rc) return rc;
  if (a.n == 0 || b.n == 0) return finish(r, 0, false);
  if (a.n < b.n) {
    mt_big t = a;
    a = b;
    b = t;
  }
  if (b.n == 1) r->d[a.n] = mpn_mul_1(r->d, a.d, a.n, b.d[0]);
  else mpn_mul(r->d, a.d, a.n, b.d, b.n);
  return finish(r, a.n + b.n, a.neg != b.neg);
}

static int copy_signed(mt_big_out *r, mt_big a, bool neg) {
  int rc = room(r, a.n);
  if (rc) return rc;
  copy_limbs(r->d, a.d, a.n);
  return finish(r, a.n, neg);
}

int mt_big_copy(mt_big_out *r, mt_big a) { return copy_signed(r, a, a.neg); }
int mt_big_neg(mt_big_out *r, mt_big a) { return copy_signed(r, a, !a.neg); }
int mt_big_abs(mt_big_out *r, mt_big a) { return copy_signed(r, a, false); }

/* }================================================================== */

/*
** {==================================================================
** Floor division
** ===================================================================
*/

/* Truncated |a| / |b| plus one when flooring a negative quotient bumps
** it: the bump can carry into one more limb. */
uint32_t mt_big_div_cap(mt_big a, mt_big b) { return a.n >= b.n ? a.n - b.n + 2 : 1; }
uint32_t mt_big_mod_cap(mt_big a, mt_big b) { return b.n ? b.n : 1; }

/*
** Python's divmod: truncated division of the magnitudes by mpn_tdiv_qr,
** then, when the signs differ and the remainder is nonzero, q = -(q+1)
** and m = |b| - m with b's sign.
*/
int mt_big_divmod(mt_big_out *q, mt_big_out *m, mt_big a, mt_big b) {
  if (b.n == 0) return MT_BIG_EZERODIV;
  int rc;
  if (q && (rc = room(q, mt_big_div_cap(a, b)))) return rc;
  if (m && (rc = room(m, b.n))) return rc;
  bool qneg = a.neg != b.neg;
  mt_limb qlocal[SCRATCH_LOCAL], rlocal[SCRATCH_LOCAL];
  uint32_t qn = a.n >= b.n ? a.n - b.n + 1 : 0;
  mt_limb *Q = q ? q->d : scratch_alloc(qlocal, SCRATCH_LOCAL, qn);
  mt_limb *R = m ? m->d : scratch_alloc(rlocal, SCRATCH_LOCAL, b.n);
  if (!Q || !R) {
    rc = MT_BIG_ETOOBIG;
    goto done;
  }
  uint32_t rn;
  if (a.n < b.n) {
    copy_limbs(R, a.d, a.n);
    rn = a.n;
  } else {
    mpn_tdiv_qr(Q, R, 0, a.d, a.n, b.d, b.n);
    rn = normalized(R, b.n);
    qn = normalized(Q, qn);
  }
  bool bump = qneg && rn > 0;
  if (bump && q) {
    if (qn == 0) Q[qn++] = 1;
    else if (mpn_add_1(Q, Q, qn, 1)) Q[qn++] = 1;
  }
  if (bump && m) {
    zero_limbs(R + rn, b.n - rn);
    mpn_sub_n(R, b.d, R, b.n);
    rn = b.n;
  }
  if (q) finish(q, qn, qneg);
  if (m) finish(m, rn, bump ? b.neg : a.neg);
  rc = MT_BIG_OK;
done:
  if (!q && Q) scratch_free(Q, qlocal);
  if (!m && R) scratch_free(R, rlocal);
  return rc;
}

int mt_big_floordiv(mt_big_out *q, mt_big a, mt_big b) { return mt_big_divmod(q, NULL, a, b); }
int mt_big_mod(mt_big_out *m, mt_big a, mt_big b) { return mt_big_divmod(NULL, m, a, b); }

/* }================================================================== */

/*
** {==================================================================
** Powers
** ===================================================================
*/

uint64_t mt_big_bit_length(mt_big a) {
  if (a.n == 0) return 0;
  return (uint64_t)(a.n - 1) * LIMB_BITS + (uint64_t)(64 - __builtin_clzll(a.d[a.n - 1]));
}

static bool is_power_of_two(mt_big a) {
  return a.n > 0 && mpn_popcount(a.d, a.n) == 1;
}

/* An upper bound for the bit length of base**e (|base| >= 2, e >= 1):
** e * log2|base| + 1, from the top 53 bits of base, rounded up. */
static uint64_t pow_bits(mt_big base, uint64_t e) {
  uint64_t nb = mt_big_bit_length(base);
  if (is_power_of_two(base)) {
    u128 exact = (u128)(nb - 1) * e + 1;
    return exact > UINT64_MAX ? UINT64_MAX : (uint64_t)exact;
  }
  /* |base| < (top + 1) * 2**shift, top = the 53 leading bits. */
  uint64_t shift = nb > 53 ? nb - 53 : 0;
  uint64_t top = 0;
  for (uint64_t i = nb; i-- > shift;) top = (top << 1) | ((base.d[i / 64] >> (i % 64)) & 1);
  double lg = log2((double)top + 1.0) + (double)shift;
  double bits = lg * (double)e * (1.0 + 1e-12) + 2.0;
  return bits >= 1.8e19 ? UINT64_MAX : (uint64_t)bits;
}

uint32_t mt_big_pow_cap(mt_big base, mt_big e) {
  if (e.neg || e.n == 0 || base.n == 0 || is_unit(base)) return 1;
  if (e.n > 1) return UINT32_MAX;
  return sat32(pow_bits(base, e.d[0]) / LIMB_BITS + 2);
}

/*
** base ** e by left-to-right binary exponentiation, ping-ponging between
** r->d and one scratch buffer of the same size. Every intermediate is a
** power base**k with k <= e, so the cap (with its two spare limbs for
** unnormalized products) bounds them all.
*/
int mt_big_pow(mt_big_out *r, mt_big base, mt_big e) {
  if (e.neg) return MT_BIG_EVALUE;
  bool neg = base.neg && e.n > 0 && (e.d[0] & 1);
  if (e.n == 0 || is_unit(base)) {
    int rc = room(r, 1);
    if (rc) return rc;
    r->d[0] = 1;
    return finish(r, 1, neg);
  }
  if (base.n == 0) return finish(r, 0, false);
  uint32_t cap = mt_big_pow_cap(base, e);
  int rc = room(r, cap);
  if (rc) return rc;
  uint64_t ex = e.d[0];
  if (is_power_of_two(base)) {
    uint64_t sh = (mt_big_bit_length(base) - 1) * ex;
    mt_limb one = 1;
    mt_big unit = {&one, 1, neg};
    return mt_big_lshift(r, unit, (int64_t)sh);
  }
  mt_limb local[SCRATCH_LOCAL];
  mt_limb *tmp = scratch_alloc(local, SCRATCH_LOCAL, cap);
  if (!tmp) return MT_BIG_ETOOBIG;
  mt_limb *cur = r->d, *other = tmp;
  copy_limbs(cur, base.d, base.n);
  uint32_t n = base.n;
  for (int bit = 62 - __builtin_clzll(ex); bit >= 0; bit--) {
    mpn_sqr(other, cur, n);
    n = normalized(other, 2 * n);
    mt_limb *t = cur;
    cur = other;
    other = t;
    if ((ex >> bit) & 1) {
      if (base.n == 1) other[n] = mpn_mul_1(other, cur, n, base.d[0]);
      else mpn_mul(other, cur, n, base.d, base.n);
      n = normalized(other, n + base.n);
      t = cur;
      cur = other;
      other = t;
    }
  }
  if (cur != r->d) copy_limbs(r->d, cur, n);
  scratch_free(tmp, local);
  return finish(r, n, neg);
}

uint32_t mt_big_powmod_cap(mt_big m) { return m.n ? m.n : 1; }

/* x = x * y mod M, all reduced (size mn, zero-padded); P holds 2*mn
** limbs and Q mn+1 limbs of workspace. */
static void mulmod(mt_limb *x, const mt_limb *y, const mt_limb *M, uint32_t mn, mt_limb *P,
                   mt_limb *Q) {
  uint32_t xn = normalized(x, mn), yn = normalized(y, mn);
  if (xn == 0 || yn == 0) {
    zero_limbs(x, mn);
    return;
  }
  if (xn >= yn) mpn_mul(P, x, xn, y, yn);
  else mpn_mul(P, y, yn, x, xn);
  uint32_t pn = normalized(P, xn + yn);
  zero_limbs(x, mn);
  if (pn < mn) copy_limbs(x, P, pn);
  else mpn_tdiv_qr(Q, x, 0, P, pn, M, mn);
}

/* x = |a| mod M, zero-padded to mn limbs; Q holds a.n-mn+1 limbs. */
static void reduce(mt_limb *x, mt_big a, const mt_limb *M, uint32_t mn, mt_limb *Q) {
  zero_limbs(x, mn);
  if (a.n < mn) copy_limbs(x, a.d, a.n);
  else mpn_tdiv_qr(Q, x, 0, a.d, a.n, M, mn);
}

/* x = x**-1 mod M via mpn_gcdext on (x + M, M), whose first cofactor S
** satisfies S*(x+M) = 1 (mod M) when the gcd is 1. W holds 5*mn+8
** limbs. Returns false when x is not invertible. */
static bool invert_mod(mt_limb *x, const mt_limb *M, uint32_t mn, mt_limb *W) {
  mt_limb *U = W, *V = U + mn + 2, *G = V + mn + 2, *S = G + mn + 2;
  zero_limbs(W, 5 * (uint64_t)mn + 8);
  U[mn] = mpn_add_n(U, x, M, mn);
  uint32_t un = normalized(U, mn + 1);
  copy_limbs(V, M, mn);
  mp_size_t sn = 0;
  mp_size_t gn = mpn_gcdext(G, S, &sn, U, un, V, mn);
  if (gn != 1 || G[0] != 1) return false;
  uint32_t san = (uint32_t)(sn < 0 ? -sn : sn);
  zero_limbs(x, mn);
  copy_limbs(x, S, san);
  /* |S| < M, so a negative S becomes M - |S|. */
  if (sn < 0) mpn_sub_n(x, M, x, mn);
  return true;
}

/*
** pow(base, e, m): reduce base into [0, |m|), invert it for e < 0, run
** left-to-right square-and-multiply with a division after each product,
** and finally move the result into (m, 0] when m < 0.
*/
int mt_big_powmod(mt_big_out *r, mt_big base, mt_big e, mt_big m) {
  if (m.n == 0) return MT_BIG_EZERODIV;
  int rc = room(r, m.n);
  if (rc) return rc;
  const mt_limb *M = m.d;
  uint32_t mn = m.n;
  if (is_unit(m)) return finish(r, 0, false);
  uint64_t need = 4 * (uint64_t)mn + (base.n > mn ? base.n : mn) + 8 + 5 * (uint64_t)mn + 8;
  mt_limb local[SCRATCH_LOCAL];
  mt_limb *work = scratch_alloc(local, SCRATCH_LOCAL, need);
  if (!work) return MT_BIG_ETOOBIG;
  mt_limb *B = work, *P = B + mn, *Q = P + 2 * mn, *W = Q + (base.n > mn ? base.n : mn) + 2;
  reduce(B, base, M, mn, Q);
  if (base.neg && normalized(B, mn) > 0) mpn_sub_n(B, M, B, mn);
  if (e.neg && !invert_mod(B, M, mn, W)) {
    scratch_free(work, local);
    return MT_BIG_EVALUE;
  }
  mt_limb *x = r->d;
  zero_limbs(x, mn);
  x[0] = 1;
  for (uint64_t i = mt_big_bit_length(e); i-- > 0;) {
    mulmod(x, x, M, mn, P, Q);
    if ((e.d[i / 64] >> (i % 64)) & 1) mulmod(x, B, M, mn, P, Q);
  }
  scratch_free(work, local);
  uint32_t xn = normalized(x, mn);
  if (m.neg && xn > 0) {
    mpn_sub_n(x, M, x, mn);
    return finish(r, mn, true);
  }
  return finish(r, xn, false);
}

/* }================================================================== */

/*
** {==================================================================
** Shifts and bitwise operations
** ===================================================================
*/

uint32_t mt_big_lshift_cap(mt_big a, int64_t n) {
  if (n < 0 || a.n == 0) return 1;
  return sat32((uint64_t)a.n + (uint64_t)n / LIMB_BITS + 1);
}

int mt_big_lshift(mt_big_out *r, mt_big a, int64_t n) {
  if (n < 0) return MT_BIG_EVALUE;
  if (a.n == 0) return finish(r, 0, false);
  int rc = room(r, mt_big_lshift_cap(a, n));
  if (rc) return rc;
  uint32_t limbs = (uint32_t)(n / LIMB_BITS);
  unsigned bits = (unsigned)(n % LIMB_BITS);
  zero_limbs(r->d, limbs);
  if (bits) r->d[limbs + a.n] = mpn_lshift(r->d + limbs, a.d, a.n, bits);
  else {
    copy_limbs(r->d + limbs, a.d, a.n);
    r->d[limbs + a.n] = 0;
  }
  return finish(r, limbs + a.n + 1, a.neg);
}

uint32_t mt_big_rshift_cap(mt_big a, int64_t n) {
  if (n < 0 || (uint64_t)n / LIMB_BITS >= a.n) return 1;
  return a.n - (uint32_t)(n / LIMB_BITS) + 1;
}

/* Floor shift: a negative a whose shifted-out bits are not all zero
** rounds away from zero, as -((|a| - 1) >> n) - 1 would. */
int mt_big_rshift(mt_big_out *r, mt_big a, int64_t n) {
  if (n < 0) return MT_BIG_EVALUE;
  int rc = room(r, mt_big_rshift_cap(a, n));
  if (rc) return rc;
  if ((uint64_t)n / LIMB_BITS >= a.n) {
    r->d[0] = 1;
    return finish(r, a.neg ? 1 : 0, a.neg);
  }
  uint32_t limbs = (uint32_t)(n / LIMB_BITS);
  unsigned bits = (unsigned)(n % LIMB_BITS);
  uint32_t rn = a.n - limbs;
  bool lost = false;
  for (uint32_t i = 0; i < limbs && !lost; i++) lost = a.d[i] != 0;
  if (bits) lost |= mpn_rshift(r->d, a.d + limbs, rn, bits) != 0;
  else copy_limbs(r->d, a.d + limbs, rn);
  r->d[rn] = 0;
  if (a.neg && lost) r->d[rn] = mpn_add_1(r->d, r->d, rn, 1);
  return finish(r, rn + 1, a.neg);
}

/* Reads the limbs of a number's infinite two's complement, low to high:
** limb i of a negative a is limb i of ~(|a| - 1). */
typedef struct twos {
  const mt_limb *d;
  uint32_t n;
  bool neg;
  bool borrow;
} twos;

static twos twos_of(mt_big a) {
  twos t = {a.d, a.n, a.neg, true};
  return t;
}

static mt_limb twos_next(twos *t, uint32_t i) {
  mt_limb v = i < t->n ? t->d[i] : 0;
  if (!t->neg) return v;
  mt_limb w = v - (mt_limb)t->borrow;
  t->borrow = t->borrow && v == 0;
  return ~w;
}

enum { OP_AND, OP_OR, OP_XOR };

uint32_t mt_big_bitop_cap(mt_big a, mt_big b) { return max32(a.n, b.n) + 1; }

/* One pass over both operands in two's complement (one limb beyond the
** longer, which holds only sign bits); a negative result is negated back
** to a magnitude in the same pass. */
static int bitop(mt_big_out *r, mt_big a, mt_big b, int op) {
  uint32_t n = mt_big_bitop_cap(a, b);
  int rc = room(r, n);
  if (rc) return rc;
  bool neg = op == OP_AND ? (a.neg && b.neg) : op == OP_OR ? (a.neg || b.neg) : (a.neg != b.neg);
  twos ta = twos_of(a), tb = twos_of(b);
  bool carry = true;
  for (uint32_t i = 0; i < n; i++) {
    mt_limb x = twos_next(&ta, i), y = twos_next(&tb, i);
    mt_limb v = op == OP_AND ? (x & y) : op == OP_OR ? (x | y) : (x ^ y);
    if (neg) {
      v = ~v + (mt_limb)carry;
      carry = carry && v == 0;
    }
    r->d[i] = v;
  }
  return finish(r, n, neg);
}

int mt_big_and(mt_big_out *r, mt_big a, mt_big b) { return bitop(r, a, b, OP_AND); }
int mt_big_or(mt_big_out *r, mt_big a, mt_big b) { return bitop(r, a, b, OP_OR); }
int mt_big_xor(mt_big_out *r, mt_big a, mt_big b) { return bitop(r, a, b, OP_XOR); }

uint32_t mt_big_invert_cap(mt_big a) { return a.n + 1; }

int mt_big_invert(mt_big_out *r, mt_big a) {
  int rc = room(r, a.n + 1);
  if (rc) return rc;
  if (a.neg) {
    mpn_sub_1(r->d, a.d, a.n, 1);
    return finish(r, a.n, false);
  }
  if (a.n == 0) {
    r->d[0] = 1;
    return finish(r, 1, true);
  }
  r->d[a.n] = mpn_add_1(r->d, a.d, a.n, 1);
  return finish(r, a.n + 1, true);
}

/* }================================================================== */

/*
** {==================================================================
** gcd
** ===================================================================
*/

uint32_t mt_big_gcd_cap(mt_big a, mt_big b) {
  if (a.n == 0 || b.n == 0) return max32(max32(a.n, b.n), 1);
  return min32(a.n, b.n) + 1;
}

/* dst = |src| >> count (count < bit length); returns the limb count. */
static uint32_t shr_copy(mt_limb *dst, mt_big src, uint64_t count) {
  uint32_t limbs = (uint32_t)(count / LIMB_BITS), n = src.n - limbs;
  unsigned bits = (unsigned)(count % LIMB_BITS);
  if (bits) mpn_rshift(dst, src.d + limbs, n, bits);
  else copy_limbs(dst, src.d + limbs, n);
  return normalized(dst, n);
}

/* mpn_gcd wants an odd operand: strip both powers of two, take the gcd
** of the odd parts, and shift the smaller power of two back in. */
int mt_big_gcd(mt_big_out *r, mt_big a, mt_big b) {
  int rc = room(r, mt_big_gcd_cap(a, b));
  if (rc) return rc;
  if (a.n == 0 || b.n == 0) {
    mt_big x = a.n ? a : b;
    copy_limbs(r->d, x.d, x.n);
    return finish(r, x.n, false);
  }
  uint64_t tza = mpn_scan1(a.d, 0), tzb = mpn_scan1(b.d, 0);
  uint64_t k = tza < tzb ? tza : tzb;
  mt_limb local[SCRATCH_LOCAL];
  size_t need = (size_t)a.n + b.n + min32(a.n, b.n);
  mt_limb *mem = scratch_alloc(local, SCRATCH_LOCAL, need);
  if (!mem) return MT_BIG_ETOOBIG;
  mt_limb *U = mem, *V = U + a.n, *G = V + b.n;
  uint32_t un = shr_copy(U, a, tza), vn = shr_copy(V, b, tzb);
  if (un < vn) {
    mt_limb *t = U;
    U = V;
    V = t;
    uint32_t tn = un;
    un = vn;
    vn = tn;
  }
  uint32_t gn = (uint32_t)mpn_gcd(G, U, un, V, vn);
  mt_big g = {G, gn, false};
  rc = mt_big_lshift(r, g, (int64_t)k);
  scratch_free(mem, local);
  return rc;
}

/* }================================================================== */

/*
** {==================================================================
** Comparisons, hashing, machine conversions
** ===================================================================
*/

int mt_big_cmp(mt_big a, mt_big b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = mag_cmp(a.d, a.n, b.d, b.n);
  return a.neg ? -c : c;
}

/* Compares |a| (nonzero) with a finite m > 0 exactly: by bit length,
** then against floor(m) converted to limbs, then by m's fraction. */
static int cmp_mag_double(mt_big a, double m) {
  int e;
  frexp(m, &e);
  uint64_t nb = mt_big_bit_length(a);
  if (e <= 0 || nb > (uint64_t)e) return 1;
  if (nb < (uint64_t)e) return -1;
  mt_limb buf[1024 / LIMB_BITS + 2];
  mt_big_out f = {buf, MT_ARRAY_LEN(buf), 0, false};
  mt_big_from_double(&f, m);
  int c = mag_cmp(a.d, a.n, f.d, f.n);
  if (c == 0 && m != floor(m)) c = -1;
  return c;
}

int mt_big_cmp_double(mt_big a, double d) {
  if (isnan(d)) return MT_BIG_UNORDERED;
  if (isinf(d)) return d > 0 ? -1 : 1;
  int sa = a.n == 0 ? 0 : a.neg ? -1 : 1;
  int sd = (d > 0) - (d < 0);
  if (sa != sd) return sa < sd ? -1 : 1;
  if (sa == 0) return 0;
  int c = cmp_mag_double(a, fabs(d));
  return a.neg ? -c : c;
}

uint64_t mt_big_bit_count(mt_big a) { return a.n ? mpn_popcount(a.d, a.n) : 0; }

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* x mod 2**61-1 for any 64-bit x, by folding the high bits. */
static uint64_t hash_fold(uint64_t x) {
  x = (x & HASH_MODULUS) + (x >> 61);
  return x >= HASH_MODULUS ? x - HASH_MODULUS : x;
}

/* Horner over the limbs from the top: 2**64 = 8 (mod 2**61-1). */
int64_t mt_big_hash(mt_big a) {
  uint64_t h = 0;
  for (uint32_t i = a.n; i-- > 0;) h = hash_fold(hash_fold(h << 3) + hash_fold(a.d[i]));
  uint64_t x = a.neg ? 0 - h : h;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

void mt_big_from_i64(mt_big_out *r, int64_t v) {
  mt_assert(r->cap >= 1);
  r->d[0] = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  finish(r, 1, v < 0);
}

bool mt_big_to_i64(mt_big a, int64_t *v) {
  if (a.n == 0) {
    *v = 0;
    return true;
  }
  if (a.n > 1) return false;
  uint64_t m = a.d[0];
  if (a.neg) {
    if (m > (uint64_t)1 << 63) return false;
    *v = (int64_t)(0 - m);
  } else {
    if (m > (uint64_t)INT64_MAX) return false;
    *v = (int64_t)m;
  }
  return true;
}

/* The top 64 bits of |a| starting at bit `shift`, with any nonzero bit
** below them ORed into bit 0 (a sticky bit for correct rounding). */
static uint64_t top_bits_sticky(mt_big a, uint64_t shift) {
  uint32_t li = (uint32_t)(shift / LIMB_BITS);
  unsigned off = (unsigned)(shift % LIMB_BITS);
  uint64_t x = a.d[li] >> off;
  if (off && li + 1 < a.n) x |= a.d[li + 1] << (LIMB_BITS - off);
  bool sticky = off && (a.d[li] & (((uint64_t)1 << off) - 1)) != 0;
  for (uint32_t i = 0; i < li && !sticky; i++) sticky = a.d[i] != 0;
  return x | (uint64_t)sticky;
}

/* Converting 64 bits (sticky included) to double rounds half-even once,
** at the right place, so the result is correctly rounded. */
int mt_big_to_double(mt_big a, double *d) {
  uint64_t nb = mt_big_bit_length(a);
  double v;
  if (nb <= 64) v = a.n ? (double)a.d[0] : 0.0;
  else if (nb > DBL_MAX_EXP) return MT_BIG_EOVERFLOW;
  else v = ldexp((double)top_bits_sticky(a, nb - 64), (int)(nb - 64));
  if (isinf(v)) return MT_BIG_EOVERFLOW;
  *d = a.neg ? -v : v;
  return MT_BIG_OK;
}

int mt_big_double_check(double d) {
  if (isnan(d)) return MT_BIG_EVALUE;
  if (isinf(d)) return MT_BIG_EOVERFLOW;
  return MT_BIG_OK;
}

uint32_t mt_big_from_double_cap(double d) {
  if (!isfinite(d)) return 1;
  int e;
  frexp(d, &e);
  return e <= 64 ? 1 : (uint32_t)e / LIMB_BITS + 2;
}

/* trunc(d) = m * 2**(e-53) with m the 53-bit mantissa. */
int mt_big_from_double(mt_big_out *r, double d) {
  int rc = mt_big_double_check(d);
  if (rc) return rc;
  if ((rc = room(r, mt_big_from_double_cap(d)))) return rc;
  double t = trunc(fabs(d));
  if (t < 18446744073709551616.0) {
    r->d[0] = (uint64_t)t;
    return finish(r, 1, d < 0);
  }
  int e;
  double f = frexp(t, &e);
  mt_limb mant = (mt_limb)ldexp(f, DBL_MANT_DIG);
  mt_big m = {&mant, 1, d < 0};
  return mt_big_lshift(r, m, e - DBL_MANT_DIG);
}

/*
** a / b as CPython's long_true_divide: exact when both fit in 53 bits;
** otherwise shift a so the integer quotient has DBL_MANT_DIG+2 or +3
** bits (fewer for subnormal results), divide, fold "inexact" into the
** low bit, round half-even by hand, and scale with ldexp (exact).
*/
int mt_big_true_div(double *out, mt_big a, mt_big b) {
  if (b.n == 0) return MT_BIG_EZERODIV;
  bool neg = a.neg != b.neg;
  const uint64_t exact = (uint64_t)1 << DBL_MANT_DIG;
  if (a.n == 0) {
    *out = neg ? -0.0 : 0.0;
    return MT_BIG_OK;
  }
  if (a.n == 1 && b.n == 1 && a.d[0] <= exact && b.d[0] <= exact) {
    double v = (double)a.d[0] / (double)b.d[0];
    *out = neg ? -v : v;
    return MT_BIG_OK;
  }
  int64_t diff = (int64_t)mt_big_bit_length(a) - (int64_t)mt_big_bit_length(b);
  if (diff > DBL_MAX_EXP) return MT_BIG_EOVERFLOW;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = neg ? -0.0 : 0.0;
    return MT_BIG_OK;
  }
  int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  /* x = |a| * 2**-shift, then x // |b|: the quotient fits one limb. */
  uint32_t xcap = a.n + (uint32_t)(shift < 0 ? (uint64_t)(-shift) / LIMB_BITS + 1 : 0) + 1;
  mt_limb local[SCRATCH_LOCAL];
  size_t need = (size_t)xcap + b.n + xcap + 1;
  mt_limb *X = scratch_alloc(local, SCRATCH_LOCAL, need);
  if (!X) return MT_BIG_ETOOBIG;
  mt_limb *R = X + xcap, *Q = R + b.n;
  mt_big_out xo = {X, xcap, 0, false};
  mt_big aa = {a.d, a.n, false};
  bool inexact = false;
  if (shift <= 0) mt_big_lshift(&xo, aa, -shift);
  else {
    mt_big_rshift(&xo, aa, shift);
    inexact = (uint64_t)shift > mpn_scan1(a.d, 0);
  }
  uint64_t q = 0;
  if (xo.n >= b.n) {
    mpn_tdiv_qr(Q, R, 0, xo.d, xo.n, b.d, b.n);
    q = Q[0];
    inexact |= normalized(R, b.n) != 0;
  } else {
    inexact |= xo.n != 0;
  }
  scratch_free(X, local);
  int64_t x_bits = q ? 64 - __builtin_clzll(q) : 0;
  int64_t extra = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t mask = (uint64_t)1 << (extra - 1);
  uint64_t low = q | (uint64_t)inexact;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  q = low & ~(2 * mask - 1);
  double dx = (double)q;
  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
    return MT_BIG_EOVERFLOW;
  double v = ldexp(dx, (int)shift);
  *out = neg ? -v : v;
  return MT_BIG_OK;
}

/* }================================================================== */

/*
** {==================================================================
** Text
** ===================================================================
*/

/* Value of an ASCII digit in bases up to 36, or 99. */
static int digit_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static bool power_of_two_base(int base) { return (base & (base - 1)) == 0; }

/* A read position in the literal; peek() looks at the next character
** without consuming it. */
typedef struct cursor {
  const char *p, *end;
  bool unicode;
} cursor;

static int peek(const cursor *c, const char **next) {
  *next = c->p;
  return mt_uni_number_char(next, c->end, c->unicode);
}

static int take(cursor *c) { return peek(c, &c->p); }

static void skip_space(cursor *c) {
  const char *next;
  while (mt_uni_ascii_space(peek(c, &next))) c->p = next;
}

static bool prefix_matches(int base, int ch) {
  ch |= 0x20;
  return (base == 16 && ch == 'x') || (base == 8 && ch == 'o') || (base == 2 && ch == 'b');
}

/*
** CPython's PyLong_FromString grammar: whitespace, sign, base prefix
** (with base 0 or the matching base) optionally followed by one '_',
** digits with single underscores between them, whitespace. Base 0
** rejects leading zeros unless the value is zero. The digit limit is
** checked before trailing garbage, as CPython does.
*/
int mt_big_scan(mt_big_text *t, const char *s, size_t len, int base, uint32_t max_str_digits,
                bool unicode) {
  cursor c = {s, s + len, unicode};
  const char *next;
  skip_space(&c);
  t->neg = false;
  int ch = peek(&c, &next);
  if (ch == '+' || ch == '-') {
    t->neg = ch == '-';
    c.p = next;
  }
  bool zero_only = false;
  cursor probe = c;
  int c0 = take(&probe), c1 = take(&probe);
  if (base == 0) {
    if (c0 != '0') base = 10;
    else if (prefix_matches(16, c1)) base = 16;
    else if (prefix_matches(8, c1)) base = 8;
    else if (prefix_matches(2, c1)) base = 2;
    else {
      zero_only = true;
      base = 10;
    }
  }
  if (c0 == '0' && c1 >= 0 && prefix_matches(base, c1)) {
    c = probe;
    if (peek(&c, &next) == '_') c.p = next;
  }
  t->base = base;
  t->unicode = unicode;
  t->digits = c.p;
  t->ndigits = 0;
  bool nonzero = false, underscore = false;
  for (;;) {
    ch = peek(&c, &next);
    if (ch == '_') {
      if (underscore || t->ndigits == 0) return MT_BIG_EVALUE;
      underscore = true;
    } else {
      int v = ch < 0 ? 99 : digit_value(ch);
      if (v >= base) break;
      t->ndigits++;
      nonzero |= v != 0;
      underscore = false;
    }
    c.p = next;
  }
  t->end = c.p;
  if (underscore || t->ndigits == 0) return MT_BIG_EVALUE;
  if (!power_of_two_base(base) && max_str_digits && t->ndigits > max_str_digits)
    return MT_BIG_EDIGITS;
  if (zero_only && nonzero) return MT_BIG_EVALUE;
  skip_space(&c);
  return c.p == c.end ? MT_BIG_OK : MT_BIG_EVALUE;
}

/* ndigits * log2(base) bits, plus one limb of rounding slack and the
** extra limb mpn_set_str asks for. */
uint32_t mt_big_scan_cap(const mt_big_text *t) {
  double bits = (double)t->ndigits * log2((double)t->base);
  double limbs = bits / LIMB_BITS + 2.0;
  return limbs >= 4294967295.0 ? UINT32_MAX : (uint32_t)limbs;
}

/* Digit values of the scanned literal, underscores dropped: up to 19 of
** them accumulate in one limb, more go through mpn_set_str. */
int mt_big_from_text(mt_big_out *r, const mt_big_text *t) {
  int rc = room(r, mt_big_scan_cap(t));
  if (rc) return rc;
  cursor c = {t->digits, t->end, t->unicode};
  if (t->ndigits <= 12 || (t->base <= 10 && t->ndigits <= 19)) {
    uint64_t v = 0;
    while (c.p < c.end) {
      int ch = take(&c);
      if (ch != '_') v = v * (uint64_t)t->base + (uint64_t)digit_value(ch);
    }
    r->d[0] = v;
    return finish(r, 1, t->neg);
  }
  unsigned char local[512];
  unsigned char *vals = t->ndigits <= sizeof local ? local : malloc(t->ndigits);
  if (!vals) return MT_BIG_ETOOBIG;
  size_t n = 0;
  while (c.p < c.end) {
    int ch = take(&c);
    if (ch == '_') continue;
    unsigned char v = (unsigned char)digit_value(ch);
    if (n > 0 || v != 0) vals[n++] = v;
  }
  uint32_t rn = n ? (uint32_t)mpn_set_str(r->d, vals, n, t->base) : 0;
  if (vals != local) free(vals);
  return finish(r, rn, t->neg);
}

/* Room for the digits of any number of a.n limbs in `base` (what
** mpn_get_str may write), plus one. */
static size_t max_digits(uint32_t n, int base) {
  if (base == 10) return (size_t)n * 20 + 1;
  return (size_t)n * LIMB_BITS / (base == 2 ? 1 : base == 8 ? 3 : 4) + 2;
}

/* Runs mpn_get_str into b's spare room after `lead` reserved bytes and
** returns the number of digits written (leading zeros removed). */
static int raw_digits(mt_buf *b, mt_big a, int base, size_t lead, size_t *ndig) {
  size_t room_chars = max_digits(a.n, base);
  if (mt_buf_reserve(b, lead + room_chars)) return MT_BIG_ETOOBIG;
  unsigned char *dst = (unsigned char *)b->data + b->len + lead;
  size_t count;
  if (power_of_two_base(base)) {
    count = mpn_get_str(dst, base, (mt_limb *)a.d, a.n);   /* not clobbered */
  } else {
    mt_limb local[SCRATCH_LOCAL];
    mt_limb *tmp = scratch_alloc(local, SCRATCH_LOCAL, (size_t)a.n + 1);
    if (!tmp) return MT_BIG_ETOOBIG;
    copy_limbs(tmp, a.d, a.n);
    count = mpn_get_str(dst, base, tmp, a.n);
    scratch_free(tmp, local);
  }
  size_t z = 0;
  while (z + 1 < count && dst[z] == 0) z++;
  if (z) memmove(dst, dst + z, count - z);
  *ndig = count - z;
  return MT_BIG_OK;
}

static void digits_to_ascii(char *s, size_t n, bool upper) {
  const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  for (size_t i = 0; i < n; i++) s[i] = set[(unsigned char)s[i]];
}

/* Appends sign + prefix + digits once they sit in place. */
static int commit(mt_buf *b, const char *lead, size_t nlead, size_t ndig) {
  memcpy(b->data + b->len, lead, nlead);
  b->len += nlead + ndig;
  b->data[b->len] = '\0';
  return MT_BIG_OK;
}

int mt_big_to_decimal(mt_buf *b, mt_big a, uint32_t max_str_digits) {
  if (a.n == 0) return mt_buf_putc(b, '0') ? MT_BIG_ETOOBIG : MT_BIG_OK;
  /* mpn_sizeinbase is exact or one too big: a cheap early rejection. */
  if (max_str_digits && mpn_sizeinbase(a.d, a.n, 10) - 1 > max_str_digits) return MT_BIG_EDIGITS;
  size_t lead = a.neg ? 1 : 0, ndig;
  int rc = raw_digits(b, a, 10, lead, &ndig);
  if (rc) return rc;
  if (max_str_digits && ndig > max_str_digits) {
    b->data[b->len] = '\0';
    return MT_BIG_EDIGITS;
  }
  digits_to_ascii(b->data + b->len + lead, ndig, false);
  return commit(b, "-", lead, ndig);
}

int mt_big_to_base(mt_buf *b, mt_big a, int base, unsigned flags) {
  mt_assert(base == 2 || base == 8 || base == 16);
  char lead[3];
  size_t nlead = 0;
  if (a.neg) lead[nlead++] = '-';
  if (flags & MT_BIG_PREFIX) {
    lead[nlead++] = '0';
    char p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    lead[nlead++] = (flags & MT_BIG_UPPER) ? (char)(p - 32) : p;
  }
  if (a.n == 0) {
    if (mt_buf_append(b, lead, nlead) || mt_buf_putc(b, '0')) return MT_BIG_ETOOBIG;
    return MT_BIG_OK;
  }
  size_t ndig;
  int rc = raw_digits(b, a, base, nlead, &ndig);
  if (rc) return rc;
  digits_to_ascii(b->data + b->len + nlead, ndig, flags & MT_BIG_UPPER);
  return commit(b, lead, nlead, ndig);
}

/* }================================================================== */
