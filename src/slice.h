/*
** slice.h: slice objects and CPython's index arithmetic for slicing
** (PySlice_Unpack + PySlice_AdjustIndices).
*/
#ifndef MT_SLICE_H
#define MT_SLICE_H

#include "heap.h"

MT_INTERNAL mt_value mt_slice_new(mt_vm *vm, mt_value start, mt_value stop, mt_value step);

/* Where a slice of a sequence of some length lands: the items start,
** start + step, ... (n of them). */
typedef struct mt_slice_bounds {
  int64_t start, stop, step;
  uint64_t n;
} mt_slice_bounds;

/* Resolve start:stop:step (ints, bools or None) against len. Returns 0,
** or -1 with ValueError (zero step) or TypeError (bad index type). */
MT_INTERNAL int mt_slice_resolve(mt_vm *vm, mt_value start, mt_value stop, mt_value step,
                                 uint64_t len, mt_slice_bounds *out);
/* The same for a slice object. */
MT_INTERNAL int mt_slice_bounds_of(mt_vm *vm, mt_value slice, uint64_t len, mt_slice_bounds *out);
/* _PySlice_GetLongIndices: the slice's start, stop and step against an
** int length of any size (>= 0), as ints in out. Returns 0, or -1 with
** ValueError (zero step) or TypeError (bad index type). */
MT_INTERNAL int mt_slice_indices(mt_vm *vm, mt_value slice, mt_value len, mt_value out[3]);

#endif
