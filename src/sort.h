/*
** sort.h: the stable sort behind sorted() and list.sort(): a merge sort
** that compares with `<` only (as CPython's sort does), optionally on
** separate keys, and keeps equal items in their original order, also
** when reversed.
*/
#ifndef MT_SORT_H
#define MT_SORT_H

#include "heap.h"

/* Sort vals[0..n) in place by keys[0..n) (keys may be vals itself),
** moving keys along. Returns 0, or -1 with the comparison's exception
** pending; the arrays' contents are then unspecified, so callers sort
** copies. Comparisons never collect garbage, so the arrays may be
** anywhere, the arena included. */
MT_INTERNAL int mt_sort(mt_vm *vm, mt_value *keys, mt_value *vals, uint32_t n, bool reverse);

#endif
