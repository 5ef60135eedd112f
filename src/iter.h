/*
** iter.h: iterators over the builtin containers, and dict views.
**
** All iterators share the ITER layout (object.h mt_iter: values a, b, c,
** counters i, j); the type id says what they mean:
**
**   type                     a          b       c        i            j
**   list_iterator            list       -       -        next index   -
**   list_reverseiterator     list       -       -        next index   -
**   tuple_iterator           tuple      -       -        next index   -
**   str_ascii_iterator       str        -       -        next index   -
**   str_iterator             str        -       -        byte offset  -
**   bytes_iterator           bytes      -       -        next index   -
**   dict_*iterator           dict       -       -        entry index  dict len
**   dict_reverse*iterator    dict       -       -        entry index  dict len
**   set_iterator             set        -       -        slot         set len
**   range_iterator           -          -       -        next value   remaining
**                            (b: step, a small int)
**   longrange_iterator       next value step    remaining
**   reversed                 sequence   -       -        next index   -
**   enumerate                iterator   count   -        -            -
**   zip                      iterators  -       -        strict       -
**   map                      function   iterators
**   filter                   function   iterator
**
** mt_iter_next advances every kind that needs no Python call. enumerate,
** zip, map and filter may call Python code through their inner
** iterators, so the VM drives them (their layout is fixed here).
** Exhausted iterators drop their sequence (a = MT_NULL), like CPython.
*/
#ifndef MT_ITER_H
#define MT_ITER_H

#include "heap.h"

/* iter(v) for the builtin iterables; an iterator returns itself. TypeError
** "'int' object is not iterable" otherwise. */
MT_INTERNAL mt_value mt_iter_new(mt_vm *vm, mt_value v);
/* reversed(v) for list, tuple, str, bytes, range, dict and dict views. */
MT_INTERNAL mt_value mt_iter_reversed(mt_vm *vm, mt_value v);
/* The next item, MT_STOP when exhausted, MT_EXC on error (a dict or set
** that changed size during iteration: RuntimeError). Only for iterators
** that mt_iter_is_native accepts. */
MT_INTERNAL mt_value mt_iter_next(mt_vm *vm, mt_value it);
/* Is v an iterator this module can advance (no map/filter inside)? */
MT_INTERNAL bool mt_iter_is_native(mt_vm *vm, mt_value v);

/* The VM-driven iterators. */
MT_INTERNAL mt_value mt_iter_enumerate(mt_vm *vm, mt_value it, mt_value start);
MT_INTERNAL mt_value mt_iter_zip(mt_vm *vm, mt_value iterators, bool strict);
MT_INTERNAL mt_value mt_iter_map(mt_vm *vm, mt_value func, mt_value iterators);
MT_INTERNAL mt_value mt_iter_filter(mt_vm *vm, mt_value func, mt_value it);
/* iter(func, sentinel): calls func() until it returns sentinel (a =
** func, b = sentinel; both MT_NULL once exhausted). The VM advances it
** (drive.h). */
MT_INTERNAL mt_value mt_iter_callable(mt_vm *vm, mt_value func, mt_value sentinel);

/* d.keys(), d.values(), d.items() (type MT_T_DICT_KEYS/VALUES/ITEMS). */
MT_INTERNAL mt_value mt_iter_dict_view(mt_vm *vm, mt_value d, uint32_t type);

#endif
