/*
** list.h: mutable sequences. A list is a fixed header pointing to a VARRAY
** of slots (object.h); growing it extends the array in place when the
** array is the newest object, or moves it into a larger one.
*/
#ifndef MT_LIST_H
#define MT_LIST_H

#include "heap.h"

/* An empty list with room for cap items. */
MT_INTERNAL mt_value mt_list_new(mt_vm *vm, uint32_t cap);
/* A list of n items copied from items (not in the arena). */
MT_INTERNAL mt_value mt_list_from(mt_vm *vm, const mt_value *items, uint32_t n);

static inline uint32_t mt_list_len(mt_vm *vm, mt_value l) { return MT_OBJ(vm, mt_list, l)->len; }
/* The item slots (valid until the next allocation; NULL if never grown). */
static inline mt_value *mt_list_items(mt_vm *vm, mt_value l) {
  mt_value a = MT_OBJ(vm, mt_list, l)->items;
  return a == MT_NULL ? NULL : MT_OBJ(vm, mt_varray, a)->v;
}
static inline uint32_t mt_list_cap(mt_vm *vm, mt_value l) {
  mt_value a = MT_OBJ(vm, mt_list, l)->items;
  return a == MT_NULL ? 0 : mt_varray_cap(MT_OBJ(vm, mt_varray, a));
}

/* Make room for n more items. Returns 0 or -1 (list unchanged). */
MT_INTERNAL int mt_list_reserve(mt_vm *vm, mt_value l, uint64_t n);
MT_INTERNAL int mt_list_append(mt_vm *vm, mt_value l, mt_value v);
/* list.insert(i, v) with CPython's clamping of i. */
MT_INTERNAL int mt_list_insert(mt_vm *vm, mt_value l, int64_t i, mt_value v);
/* Append the n items of src (another list or a tuple; may be l itself). */
MT_INTERNAL int mt_list_extend(mt_vm *vm, mt_value l, mt_value src);
/* list.pop(i): IndexError "pop from empty list" / "pop index out of range". */
MT_INTERNAL mt_value mt_list_pop(mt_vm *vm, mt_value l, int64_t i);
/* Delete the items [start, stop) (0 <= start <= stop <= len). */
MT_INTERNAL void mt_list_del_range(mt_vm *vm, mt_value l, uint32_t start, uint32_t stop);
/* l[start::step] taking n items (indices already clamped). */
MT_INTERNAL mt_value mt_list_slice(mt_vm *vm, mt_value l, int64_t start, int64_t step, uint32_t n);
MT_INTERNAL void mt_list_reverse(mt_vm *vm, mt_value l);
/* list.index(v): the first position, or -1 with ValueError pending
** (also -1 on a comparison error). */
MT_INTERNAL int64_t mt_list_index(mt_vm *vm, mt_value l, mt_value v);
/* list.remove(v): 0, or -1 with ValueError (or a comparison error). */
MT_INTERNAL int mt_list_remove(mt_vm *vm, mt_value l, mt_value v);
MT_INTERNAL void mt_list_clear(mt_vm *vm, mt_value l);

#endif
