/*
** range_methods.c: the methods of range (count, index) and slice
** (indices) as natives (native.h), with CPython 3.11's messages.
*/
#include "compare.h"
#include "exc.h"
#include "int.h"
#include "iter.h"
#include "native.h"
#include "range.h"
#include "slice.h"
#include "tuple.h"

/* The position of x among r's items by == (_PySequence_IterSearch), for
** values that are not ints: -1 when absent, -2 on error. count != NULL
** counts every match instead. */
static int64_t search(mt_vm *vm, mt_value r, mt_value x, int64_t *count) {
  mt_value it = mt_iter_new(vm, r);
  if (it == MT_EXC) return -2;
  for (int64_t i = 0;; i++) {
    mt_value v = mt_iter_next(vm, it);
    if (v == MT_STOP) return -1;
    int eq = v == MT_EXC ? -1 : mt_cmp_same(vm, v, x);
    if (eq < 0) return -2;
    if (eq && !count) return i;
    if (eq) ++*count;
  }
}

/* range.count(x) */
mt_value mt_m_range_count(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "range.count", nargs - 1, kwnames)) return MT_EXC;
  if (mt_int_is(args[1])) {
    int c = mt_range_contains_int(vm, args[0], args[1]);
    return c < 0 ? MT_EXC : mt_small(c);
  }
  int64_t count = 0;
  return search(vm, args[0], args[1], &count) == -2 ? MT_EXC : mt_int_from_i64(vm, count);
}

/* range.index(x): (x - start) // step for an int in the range. */
mt_value mt_m_range_index(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "range.index", nargs - 1, kwnames)) return MT_EXC;
  mt_value r = args[0], x = args[1];
  if (!mt_int_is(x)) {
    int64_t i = search(vm, r, x, NULL);
    if (i == -2) return MT_EXC;
    if (i == -1) return mt_raise(vm, MT_T_VALUE_ERROR, "sequence.index(x): x not in sequence");
    return mt_int_from_i64(vm, i);
  }
  int c = mt_range_contains_int(vm, r, x);
  if (c < 0) return MT_EXC;
  if (!c) return mt_raise(vm, MT_T_VALUE_ERROR, "%R is not in range", x);
  mt_value d = mt_int_sub(vm, x, MT_OBJ(vm, mt_triple, r)->start);
  return d == MT_EXC ? MT_EXC : mt_int_floordiv(vm, d, MT_OBJ(vm, mt_triple, r)->step);
}

/* slice.indices(length) */
mt_value mt_m_slice_indices(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "slice.indices", nargs - 1, kwnames)) return MT_EXC;
  mt_value len = args[1], idx[3];
  if (!mt_int_is(len)) return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", len);
  if (mt_is_bool(len)) len = mt_small(len == MT_TRUE);
  if (mt_int_cmp(vm, len, mt_small(0)) < 0) return mt_raise(vm, MT_T_VALUE_ERROR, "length should not be negative");
  return mt_slice_indices(vm, args[0], len, idx) ? MT_EXC : mt_tuple_from(vm, idx, 3);
}
