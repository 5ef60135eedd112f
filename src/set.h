/*
** set.h: set and frozenset with CPython 3.11's hash table algorithm
** (setobject.c: 9 linear probes, then perturbation; resize at 60% fill to
** 4x the active count), so that iteration order, and with it repr, matches
** CPython for keys whose hashes match (ints, floats, tuples of those).
** The slot index is NOT mixed here, unlike dict: mixing would change the
** iteration order. The linear probes and perturbation keep progressions
** workable, as in CPython.
**
** Operations taking an "other" accept a set, frozenset or dict (its keys),
** or a list/tuple standing for an iterable already drained in order.
*/
#ifndef MT_SET_H
#define MT_SET_H

#include "compare.h"
#include "heap.h"

MT_INTERNAL mt_value mt_set_new(mt_vm *vm, bool frozen);
static inline uint32_t mt_set_len(mt_vm *vm, mt_value s) { return MT_OBJ(vm, mt_set, s)->used; }

MT_INTERNAL int mt_set_add(mt_vm *vm, mt_value s, mt_value key);
MT_INTERNAL int mt_set_add_hashed(mt_vm *vm, mt_value s, mt_value key, int64_t hash);
/* key in s: 1, 0, or -1 on error (unhashable key: TypeError). */
MT_INTERNAL int mt_set_contains(mt_vm *vm, mt_value s, mt_value key);
/* Remove key: 1 if it was there, 0 if not, -1 on error. */
MT_INTERNAL int mt_set_discard(mt_vm *vm, mt_value s, mt_value key);
/* set.pop(): KeyError "pop from an empty set". */
MT_INTERNAL mt_value mt_set_pop(mt_vm *vm, mt_value s);
MT_INTERNAL void mt_set_clear(mt_vm *vm, mt_value s);
/* Exchange the contents of two sets (their tables, counts, and so their
** iteration orders), as CPython's set_swap_bodies: how in-place
** operations computed into a new set (intersection_update) take effect. */
MT_INTERNAL void mt_set_swap_bodies(mt_vm *vm, mt_value a, mt_value b);
/* Iterate in table order: *pos starts at 0. */
MT_INTERNAL bool mt_set_next(mt_vm *vm, mt_value s, uint32_t *pos, mt_value *key, int64_t *hash);

/* s |= other. Returns 0 or -1. */
MT_INTERNAL int mt_set_update(mt_vm *vm, mt_value s, mt_value other);
/* A copy of s as a set (frozen false) or frozenset. */
MT_INTERNAL mt_value mt_set_copy(mt_vm *vm, mt_value s, bool frozen);
/* New sets of s's type: s | other, s & other, s - other, s ^ other. */
MT_INTERNAL mt_value mt_set_union(mt_vm *vm, mt_value s, mt_value other);
MT_INTERNAL mt_value mt_set_intersection(mt_vm *vm, mt_value s, mt_value other);
MT_INTERNAL mt_value mt_set_difference(mt_vm *vm, mt_value s, mt_value other);
MT_INTERNAL mt_value mt_set_symmetric_difference(mt_vm *vm, mt_value s, mt_value other);
/* In place: s -= other, s ^= other. */
MT_INTERNAL int mt_set_difference_update(mt_vm *vm, mt_value s, mt_value other);
MT_INTERNAL int mt_set_symmetric_difference_update(mt_vm *vm, mt_value s, mt_value other);

/* hash(frozenset): CPython's order-independent shuffle-and-xor. */
MT_INTERNAL int mt_set_hash(mt_vm *vm, mt_value s, int64_t *out);
/* a <= b (every key of a in b): 1, 0, -1. */
MT_INTERNAL int mt_set_issubset(mt_vm *vm, mt_value a, mt_value b);
MT_INTERNAL int mt_set_eq(mt_vm *vm, mt_value a, mt_value b);
/* Set comparison operators: subset/superset order. */
MT_INTERNAL mt_value mt_set_rich(mt_vm *vm, mt_value a, mt_value b, mt_cmp_op op);

/* For the verifier: NULL if the table is consistent (*used and *fill get
** its active and active+deleted counts), else what is wrong. */
MT_INTERNAL const char *mt_set_table_problem(const mt_settable *t, uint32_t *used,
                                             uint32_t *fill);

#endif
