/*
** slice.c: slice objects and slice index resolution (machine-word and
** arbitrary-size).
*/
#include "slice.h"

#include "exc.h"
#include "int.h"

mt_value mt_slice_new(mt_vm *vm, mt_value start, mt_value stop, mt_value step) {
  uint32_t off = mt_heap_alloc(vm, MT_T_SLICE, sizeof(mt_triple));
  if (!off) return MT_EXC;
  mt_triple *s = mt_ptr(vm, off);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return mt_ref(MT_T_SLICE, off);
}

/* An index clamped to [INT64_MIN + 1, INT64_MAX] like _PyEval_SliceIndex
** (which clamps to Py_ssize_t); None gives def. */
static int slice_index(mt_vm *vm, mt_value v, int64_t def, int64_t *out) {
  if (v == MT_NONE) {
    *out = def;
    return 0;
  }
  if (!mt_int_is(v)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  if (!mt_int_to_i64(vm, v, out)) *out = mt_int_cmp(vm, v, mt_small(0)) < 0 ? -INT64_MAX : INT64_MAX;
  if (*out == INT64_MIN) *out = -INT64_MAX;
  return 0;
}

/* One bound of PySlice_AdjustIndices. */
static int64_t adjust(int64_t i, int64_t len, int64_t step) {
  if (i < 0) {
    i += len;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= len) {
    i = step < 0 ? len - 1 : len;
  }
  return i;
}

int mt_slice_resolve(mt_vm *vm, mt_value start, mt_value stop, mt_value step, uint64_t len,
                     mt_slice_bounds *out) {
  int64_t st, a, b;
  if (slice_index(vm, step, 1, &st)) return -1;
  if (st == 0) {
    mt_raise(vm, MT_T_VALUE_ERROR, "slice step cannot be zero");
    return -1;
  }
  if (slice_index(vm, start, st < 0 ? INT64_MAX : 0, &a) ||
      slice_index(vm, stop, st < 0 ? -INT64_MAX : INT64_MAX, &b))
    return -1;
  int64_t n = (int64_t)len;
  a = adjust(a, n, st);
  b = adjust(b, n, st);
  out->start = a;
  out->stop = b;
  out->step = st;
  if (st < 0) out->n = b < a ? (uint64_t)(a - b - 1) / (uint64_t)(-st) + 1 : 0;
  else out->n = a < b ? (uint64_t)(b - a - 1) / (uint64_t)st + 1 : 0;
  return 0;
}

int mt_slice_bounds_of(mt_vm *vm, mt_value slice, uint64_t len, mt_slice_bounds *out) {
  mt_triple *s = MT_OBJ(vm, mt_triple, slice);
  return mt_slice_resolve(vm, s->start, s->stop, s->step, len, out);
}

/* A slice bound as an int (bools become 0/1), or MT_EXC with CPython's
** TypeError (evaluate_slice_index). */
static mt_value long_index(mt_vm *vm, mt_value v) {
  if (mt_is_bool(v)) return mt_small(v == MT_TRUE);
  if (mt_int_is(v)) return v;
  return mt_raise(vm, MT_T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
}

/* One bound of _PySlice_GetLongIndices: None gives def; a negative one
** counts from the end; the result is clamped to [lower, upper]. */
static mt_value long_bound(mt_vm *vm, mt_value v, mt_value len, mt_value lower, mt_value upper, mt_value def) {
  if (v == MT_NONE) return def;
  mt_value i = long_index(vm, v);
  if (i == MT_EXC) return MT_EXC;
  if (mt_int_cmp(vm, i, mt_small(0)) < 0) {
    i = mt_int_add(vm, i, len);
    if (i == MT_EXC) return MT_EXC;
    return mt_int_cmp(vm, i, lower) < 0 ? lower : i;
  }
  return mt_int_cmp(vm, i, upper) > 0 ? upper : i;
}

int mt_slice_indices(mt_vm *vm, mt_value slice, mt_value len, mt_value out[3]) {
  mt_triple *s = MT_OBJ(vm, mt_triple, slice);
  mt_value start = s->start, stop = s->stop, step = mt_small(1);
  if (s->step != MT_NONE && (step = long_index(vm, s->step)) == MT_EXC) return -1;
  int sign = mt_int_cmp(vm, step, mt_small(0));
  if (sign == 0) {
    mt_raise(vm, MT_T_VALUE_ERROR, "slice step cannot be zero");
    return -1;
  }
  mt_value lower = sign < 0 ? mt_small(-1) : mt_small(0);
  mt_value upper = sign < 0 ? mt_int_sub(vm, len, mt_small(1)) : len;
  if (upper == MT_EXC) return -1;
  out[0] = long_bound(vm, start, len, lower, upper, sign < 0 ? upper : lower);
  if (out[0] == MT_EXC) return -1;
  out[1] = long_bound(vm, stop, len, lower, upper, sign < 0 ? lower : upper);
  if (out[1] == MT_EXC) return -1;
  out[2] = step;
  return 0;
}
