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

/* CPython's compute_range_length: (hi - lo - 1) / step + 1 when the range
** is non-empty, over 64-bit values of the small-int fields. */
mt_value mt_range_len(mt_vm *vm, mt_value r) {
  mt_triple *t = MT_OBJ(vm, mt_triple, r);
  int64_t lo, hi, step;
  if (!mt_int_to_i64(vm, t->start, &lo) || !mt_int_to_i64(vm, t->stop, &hi) ||
      !mt_int_to_i64(vm, t->step, &step) || !mt_both_small(t->start, t->stop) ||
      !mt_is_small(t->step))
    return mt_raise(vm, MT_T_OVERFLOW_ERROR, "range with big int bounds");
  if (step < 0) {
    int64_t x = lo;
    lo = hi;
    hi = x;
    step = -step;
  }
  if (lo >= hi) return mt_small(0);
  return mt_int_from_i64(vm, (hi - lo - 1) / step + 1);
}

mt_value mt_range_item(mt_vm *vm, mt_value r, int64_t i) {
  mt_triple *t = MT_OBJ(vm, mt_triple, r);
  return mt_int_from_i64(vm, mt_as_small(t->start) + i * mt_as_small(t->step));
}
