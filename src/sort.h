/*
** sort.h: list.sort() and sorted(): CPython 3.11's timsort (count_run,
** binary insertion to a minimum run length, powersort's merge order,
** galloping merges), so that the comparisons made, and with them the
** outcome for inconsistent orders (NaN) and the first comparison that
** raises, are CPython's.
*/
#ifndef MT_SORT_H
#define MT_SORT_H

#include "heap.h"

/* Sort keys[0..n) stably by the < operator, moving values[0..n) (when
** not NULL) along with their keys. reverse sorts descending as CPython
** does it: reverse, sort stably, reverse again. Returns 0, or -1 when a
** comparison raised (the arrays then hold a permutation of their items).
** The arrays may be in the arena; the scratch the merges need is
** allocated there too. */
MT_INTERNAL int mt_sort(mt_vm *vm, mt_value *keys, mt_value *values, uint32_t n, bool reverse);

#endif
