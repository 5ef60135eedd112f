/*
** range.h: range objects (start, stop, step ints; object.h mt_triple).
*/
#ifndef MT_RANGE_H
#define MT_RANGE_H

#include "heap.h"

/* range(start, stop, step) for int arguments: ValueError if step is 0. */
MT_INTERNAL mt_value mt_range_new(mt_vm *vm, mt_value start, mt_value stop, mt_value step);
/* The number of items, as an int value (or MT_EXC). */
MT_INTERNAL mt_value mt_range_len(mt_vm *vm, mt_value r);
/* start + i * step for an int i (0 <= i < len). */
MT_INTERNAL mt_value mt_range_item(mt_vm *vm, mt_value r, mt_value i);
/* Is the int x one of r's items? 1, 0 or -1. */
MT_INTERNAL int mt_range_contains_int(mt_vm *vm, mt_value r, mt_value x);
/* r[k] for an int k (IndexError "range object index out of range") or a
** slice (a new range); TypeError for anything else. */
MT_INTERNAL mt_value mt_range_getitem(mt_vm *vm, mt_value r, mt_value k);

#endif
