/*
** dict_methods.h: what dict's natives share with other code: dict.update's
** merging (for dict() too) and the set operators of dict views (for the
** VM's binary operators). The methods are declared by native.h's table.
*/
#ifndef MT_DICT_METHODS_H
#define MT_DICT_METHODS_H

#include "heap.h"

/* d.update(other) for a dict or an iterable of pairs, with CPython's
** messages ("dictionary update sequence element #0 has length 3; 2 is
** required"). Returns 0 or -1. */
MT_INTERNAL int mt_dictm_update(mt_vm *vm, mt_value d, mt_value other);
/* d[name] = value for the keyword arguments of a call. */
MT_INTERNAL int mt_dictm_update_kw(mt_vm *vm, mt_value d, const mt_value *kwvals, mt_value kwnames);

/* a op b for op '&', '|', '-', '^' when a or b is a dict_keys or
** dict_items view (either side: CPython's reflected operators): a new
** set. MT_NOTIMPL when neither is such a view. */
MT_INTERNAL mt_value mt_dictm_view_binop(mt_vm *vm, char op, mt_value a, mt_value b);

#endif
