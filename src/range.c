/*
** range.c: range objects: length, items, membership and subscription.
** Bounds are ints of any size, as in CPython; only len() of a range whose
** length exceeds a machine word fails.
*/
#include "range.h"

#include "exc.h"
#include "int.h"
#include "slice.h"

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

int mt_range_contains_int(mt_vm *vm, mt_value r, mt_value x) {
  mt_triple *t = MT_OBJ(vm, mt_triple, r);
  mt_value start = t->start, stop = t->stop, step = t->step;
  bool up = mt_int_cmp(vm, step, mt_small(0)) > 0;
  int lo = mt_int_cmp(vm, x, start), hi = mt_int_cmp(vm, x, stop);
  if (up ? (lo < 0 || hi >= 0) : (lo > 0 || hi <= 0)) return 0;
  mt_value d = mt_int_sub(vm, x, start);
  mt_value m = d == MT_EXC ? MT_EXC : mt_int_mod(vm, d, step);
  return m == MT_EXC ? -1 : m == mt_small(0);
}

/* r[i] for an int i of any size (CPython's compute_range_item): negative
** indices count from the end. */
static mt_value item_at(mt_vm *vm, mt_value r, mt_value i) {
  mt_value len = mt_range_len(vm, r);
  if (len == MT_EXC) return MT_EXC;
  if (mt_is_bool(i)) i = mt_small(i == MT_TRUE);
  if (mt_int_cmp(vm, i, mt_small(0)) < 0 && (i = mt_int_add(vm, i, len)) == MT_EXC) return MT_EXC;
  if (mt_int_cmp(vm, i, mt_small(0)) < 0 || mt_int_cmp(vm, i, len) >= 0)
    return mt_raise(vm, MT_T_INDEX_ERROR, "range object index out of range");
  return mt_range_item(vm, r, i);
}

/* r[slice] (CPython's compute_slice): the slice resolved against the
** length with int arithmetic, mapped through the range. */
static mt_value slice_of(mt_vm *vm, mt_value r, mt_value slice) {
  mt_value len = mt_range_len(vm, r), idx[3];
  if (len == MT_EXC || mt_slice_indices(vm, slice, len, idx)) return MT_EXC;
  mt_value step = mt_int_mul(vm, MT_OBJ(vm, mt_triple, r)->step, idx[2]);
  mt_value start = step == MT_EXC ? MT_EXC : mt_range_item(vm, r, idx[0]);
  mt_value stop = start == MT_EXC ? MT_EXC : mt_range_item(vm, r, idx[1]);
  return stop == MT_EXC ? MT_EXC : mt_range_new(vm, start, stop, step);
}

mt_value mt_range_getitem(mt_vm *vm, mt_value r, mt_value k) {
  if (mt_int_is(k)) return item_at(vm, r, k);
  if (mt_is_ref_type(k, MT_T_SLICE)) return slice_of(vm, r, k);
  return mt_raise(vm, MT_T_TYPE_ERROR, "range indices must be integers or slices, not %T", k);
}
