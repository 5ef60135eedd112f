/*
** int.h: Python ints. Values in [-2^47, 2^47) are small-int immediates
** (value.h); larger magnitudes are BIGINT objects holding limbs, and every
** result is normalized back to an immediate when it fits, so a BIGINT is
** never in the small range. bool counts as int (True + 1 == 2).
**
** Big-int arithmetic goes through the mt_big_* functions (bigint.h): this
** file sizes the result with their *_cap() functions, allocates it in the
** arena and converts their error codes to exceptions.
*/
#ifndef MT_INT_H
#define MT_INT_H

#include "bigint.h"
#include "heap.h"

static inline bool mt_int_is(mt_value v) {
  return mt_is_small(v) || mt_is_ref_type(v, MT_T_INT) || mt_is_bool(v);
}

MT_INTERNAL mt_value mt_int_from_i64(mt_vm *vm, int64_t i);
MT_INTERNAL mt_value mt_int_from_u64(mt_vm *vm, uint64_t u);
/* A read-only view of any int (tmp holds the limb of a small one). */
MT_INTERNAL mt_big mt_int_view(mt_vm *vm, mt_value v, mt_limb *tmp);
/* Storage for a result of up to cap limbs: a fresh BIGINT whose limbs the
** caller computes into out->d; finish with mt_int_finish. 0 on failure. */
MT_INTERNAL uint32_t mt_int_begin(mt_vm *vm, uint32_t cap, mt_big_out *out);
/* Turn a computed result into a value: trims the object, or returns a
** small int (and gives the object's space back). */
MT_INTERNAL mt_value mt_int_finish(mt_vm *vm, uint32_t off, const mt_big_out *out);

/* The value as int64 if it fits: true, else false. */
MT_INTERNAL bool mt_int_to_i64(mt_vm *vm, mt_value v, int64_t *out);
MT_INTERNAL int64_t mt_int_hash(mt_vm *vm, mt_value v);
/* Sign of a - b: -1, 0, 1. */
MT_INTERNAL int mt_int_cmp(mt_vm *vm, mt_value a, mt_value b);
/* Sign of a - d for an int a and a non-NaN double d, exactly. */
MT_INTERNAL int mt_int_cmp_double(mt_vm *vm, mt_value a, double d);
/* float(a), or MT_EXC with OverflowError. */
MT_INTERNAL mt_value mt_int_to_float(mt_vm *vm, mt_value a);

#endif
