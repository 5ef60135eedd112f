/*
** range.c: range objects.
*/
#include "range.h"

#include "exc.h"
#include "int.h"

mt_value mt_range_new(mt_vm *vm, mt_value start, mt_value stop, mt_value step) {
  if (mt_int_cmp(vm, step, mt_small(0)) == 0)
    return mt_raise(vm, MT_T_VALUE_ERROR, "range() arg 3 must not be zero");
  uint32_t off = mt_heap_alloc(vm, MT_T_RANGE, sizeof(mt_triple));
  if (!off) return MT_EXC;
  mt_triple *r = mt_ptr(vm, off);
  r->start = mt_is_bool(start) ? mt_small(start == MT_TRUE) : start;
  r->stop = mt_is_bool(stop) ? mt_small(stop == MT_TRUE) : stop;
  r->step = mt_is_bool(step) ? mt_small(step == MT_TRUE) : step;
  return mt_ref(MT_T_RANGE, off);
}

/* CPython's compute_range_length: (hi - lo - 1) // step + 1 for a
** non-empty range, with lo/hi swapped and step negated when step < 0. */
mt_value mt_range_len(mt_vm *vm, mt_value r) {
  mt_triple *t = MT_OBJ(vm, mt_triple, r);
  mt_value lo = t->start, hi = t->stop, step = t->step;
  if (mt_int_cmp(vm, step, mt_small(0)) < 0) {
    lo = t->stop;
    hi = t->start;
    step = mt_int_neg(vm, step);
    if (step == MT_EXC) return MT_EXC;
  }
  if (mt_int_cmp(vm, lo, hi) >= 0) return mt_small(0);
  mt_value diff = mt_int_sub(vm, hi, lo);
  mt_value n = diff == MT_EXC ? MT_EXC : mt_int_sub(vm, diff, mt_small(1));
  mt_value q = n == MT_EXC ? MT_EXC : mt_int_floordiv(vm, n, step);
  return q == MT_EXC ? MT_EXC : mt_int_add(vm, q, mt_small(1));
}

mt_value mt_range_item(mt_vm *vm, mt_value r, mt_value i) {
  mt_value offset = mt_int_mul(vm, i, MT_OBJ(vm, mt_triple, r)->step);
  return offset == MT_EXC ? MT_EXC : mt_int_add(vm, MT_OBJ(vm, mt_triple, r)->start, offset);
}
