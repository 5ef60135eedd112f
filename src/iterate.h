/*
** iterate.h: how natives consume an iterable argument (list(x),
** sorted(x), str.join(x), set.update(x), ...).
**
** A list or tuple is read in place. Any other builtin iterable is drained
** through its iterator (iter.h) into a new list first, which is what
** CPython's PySequence_Fast does too. Iterators that run Python code
** (generators, map and filter) can only be advanced by the VM; natives
** hand those to it (native.h, calling back into Python).
*/
#ifndef MT_ITERATE_H
#define MT_ITERATE_H

#include "heap.h"
#include "list.h"
#include "tuple.h"

/* The items of a list or tuple and their count (valid until the next
** allocation). */
static inline const mt_value *mt_iterate_items(mt_vm *vm, mt_value seq, uint32_t *n) {
  if (mt_is_ref_type(seq, MT_T_TUPLE)) {
    *n = mt_tuple_len(vm, seq);
    return mt_tuple_items(vm, seq);
  }
  *n = mt_list_len(vm, seq);
  return mt_list_items(vm, seq);
}

/* Would iter(v) succeed? */
MT_INTERNAL bool mt_iterate_is_iterable(mt_vm *vm, mt_value v);

/* The items of the iterable v as a list or tuple: v itself when it is
** one (do not change it), else a new list of what its iterator yields.
** MT_NULL when only the VM can iterate v (a generator, map, filter): the
** native then hands itself back with mt_native_redo (native.h). MT_EXC
** with TypeError "'int' object is not iterable", or the iterator's own
** error. */
MT_INTERNAL mt_value mt_iterate_list(mt_vm *vm, mt_value v);
/* Does iterating v need the VM? */
MT_INTERNAL bool mt_iterate_needs_vm(mt_vm *vm, mt_value v);
/* The error of code that cannot hand an iterable that needs the VM back
** to it (SystemError). Returns MT_EXC. */
MT_INTERNAL mt_value mt_iterate_vm_only(mt_vm *vm, mt_value v);

/* An iterator over v that mt_iterate_next can advance: MT_EXC with
** TypeError when v is not iterable (or SystemError when only the VM can
** advance it: callers that cannot hand themselves back to the VM). */
MT_INTERNAL mt_value mt_iterate_open(mt_vm *vm, mt_value v);
/* The next item of an iterator from mt_iterate_open, MT_STOP at the end,
** or MT_EXC. */
MT_INTERNAL mt_value mt_iterate_next(mt_vm *vm, mt_value it);

#endif
