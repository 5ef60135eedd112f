/*
** tuple.h: immutable sequences of values.
*/
#ifndef MT_TUPLE_H
#define MT_TUPLE_H

#include "heap.h"

/* A tuple of n items, every slot None, to be filled by the caller. */
MT_INTERNAL mt_value mt_tuple_new(mt_vm *vm, uint32_t n);
/* A tuple copied from items (which must not point into the arena). */
MT_INTERNAL mt_value mt_tuple_from(mt_vm *vm, const mt_value *items, uint32_t n);
/* t[start:stop] for 0 <= start <= stop <= len. */
MT_INTERNAL mt_value mt_tuple_slice(mt_vm *vm, mt_value t, uint32_t start, uint32_t stop);
MT_INTERNAL mt_value mt_tuple_concat(mt_vm *vm, mt_value a, mt_value b);
/* hash(t): CPython 3.11's xxHash-based tuplehash. Returns 0 or -1. */
MT_INTERNAL int mt_tuple_hash(mt_vm *vm, mt_value t, int64_t *out);

static inline uint32_t mt_tuple_len(mt_vm *vm, mt_value t) { return MT_OBJ(vm, mt_tuple, t)->len; }
static inline mt_value *mt_tuple_items(mt_vm *vm, mt_value t) { return MT_OBJ(vm, mt_tuple, t)->items; }

#endif
