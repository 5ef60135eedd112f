/*
** int.h: Python ints. Values in [-2^47, 2^47) are small-int immediates
** (value.h); larger magnitudes are BIGINT objects holding limbs, and every
** result is normalized back to an immediate when it fits, so a BIGINT is
** never in the small range. bool counts as int (True + 1 == 2).
**
** Big-int arithmetic goes through the mt_big_* functions (bigint.h): this
** file sizes each result with their *_cap() functions, allocates it in
** the arena, and turns their error codes into exceptions. Every function
** taking ints accepts bools.
*/
#ifndef MT_INT_H
#define MT_INT_H

#include "bigint.h"
#include "heap.h"
#include "sb.h"

static inline bool mt_int_is(mt_value v) {
  return mt_is_small(v) || mt_is_ref_type(v, MT_T_INT) || mt_is_bool(v);
}

MT_INTERNAL mt_value mt_int_from_i64(mt_vm *vm, int64_t i);
MT_INTERNAL mt_value mt_int_from_u64(mt_vm *vm, uint64_t u);
/* A read-only view of any int (tmp holds the limb of a small one). Valid
** until the next allocation. */
MT_INTERNAL mt_big mt_int_view(mt_vm *vm, mt_value v, mt_limb *tmp);
/* The value as int64 if it fits. */
MT_INTERNAL bool mt_int_to_i64(mt_vm *vm, mt_value v, int64_t *out);

MT_INTERNAL int64_t mt_int_hash(mt_vm *vm, mt_value v);
/* Sign of a - b: -1, 0, 1. */
MT_INTERNAL int mt_int_cmp(mt_vm *vm, mt_value a, mt_value b);
/* Sign of a - d, exactly; MT_BIG_UNORDERED when d is a NaN. */
MT_INTERNAL int mt_int_cmp_double(mt_vm *vm, mt_value a, double d);
/* float(a), or MT_EXC with OverflowError. */
MT_INTERNAL mt_value mt_int_to_float(mt_vm *vm, mt_value a);
/* int(d) for a float: OverflowError for infinities, ValueError for NaN. */
MT_INTERNAL mt_value mt_int_from_double(mt_vm *vm, double d);

/* The binary operators: a + b, a - b, a * b, a // b, a % b, a ** b
** (a float for b < 0), a << b, a >> b, a & b, a | b, a ^ b, a / b (a
** float). Each returns the result or MT_EXC. */
#define MT_INT_BINOPS(X) \
  X(add)                 \
  X(sub)                 \
  X(mul)                 \
  X(floordiv)            \
  X(mod)                 \
  X(pow)                 \
  X(lshift)              \
  X(rshift)              \
  X(and)                 \
  X(or)                  \
  X(xor)                 \
  X(truediv)

#define X(op) MT_INTERNAL mt_value mt_int_##op(mt_vm *vm, mt_value a, mt_value b);
MT_INT_BINOPS(X)
#undef X

/* divmod(a, b) as a tuple. */
MT_INTERNAL mt_value mt_int_divmod(mt_vm *vm, mt_value a, mt_value b);
/* pow(a, b, m). */
MT_INTERNAL mt_value mt_int_powmod(mt_vm *vm, mt_value a, mt_value b, mt_value m);
MT_INTERNAL mt_value mt_int_neg(mt_vm *vm, mt_value a);
MT_INTERNAL mt_value mt_int_abs(mt_vm *vm, mt_value a);
MT_INTERNAL mt_value mt_int_invert(mt_vm *vm, mt_value a);

/* int.from_bytes: the int whose n-byte unsigned (or, with is_signed,
** two's complement) representation is p[0..n), little- or big-endian. */
MT_INTERNAL mt_value mt_int_from_bytes(mt_vm *vm, const uint8_t *p, size_t n, bool little,
                                       bool is_signed);
/* int.to_bytes: v into out[0..n). OverflowError "int too big to
** convert" or "can't convert negative int to unsigned". Returns 0 or -1. */
MT_INTERNAL int mt_int_to_bytes(mt_vm *vm, mt_value v, uint8_t *out, size_t n, bool little,
                                bool is_signed);
MT_INTERNAL uint64_t mt_int_bit_length(mt_vm *vm, mt_value v);
MT_INTERNAL uint64_t mt_int_bit_count(mt_vm *vm, mt_value v);

/* int(text, base) for a str or bytes value; base 0 or 2..36. */
MT_INTERNAL mt_value mt_int_parse(mt_vm *vm, mt_value text, int base);
/* Append str(a) (CPython's 4300-digit limit applies). Returns 0 or -1. */
MT_INTERNAL int mt_int_to_decimal(mt_vm *vm, mt_sb *sb, mt_value a);

#endif
