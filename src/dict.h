/*
** dict.h: insertion-ordered hash tables with CPython 3.11 semantics, in
** CPython's compact layout (object.h: mt_dict, mt_dkeys). Keys are
** compared by identity first, then by hash and ==, so a NaN key is found
** again by identity although nan != nan.
**
** Functions taking a hash accept the key's Python hash (mt_hash_value);
** the others compute it and raise TypeError for unhashable keys.
*/
#ifndef MT_DICT_H
#define MT_DICT_H

#include "heap.h"

MT_INTERNAL mt_value mt_dict_new(mt_vm *vm);
/* A dict with room for n entries before it resizes. */
MT_INTERNAL mt_value mt_dict_new_sized(mt_vm *vm, uint32_t n);

static inline uint32_t mt_dict_len(mt_vm *vm, mt_value d) { return MT_OBJ(vm, mt_dict, d)->len; }

/* d[key] = value. Returns 0 or -1. */
MT_INTERNAL int mt_dict_set(mt_vm *vm, mt_value d, mt_value key, mt_value value);
MT_INTERNAL int mt_dict_set_hashed(mt_vm *vm, mt_value d, mt_value key, int64_t hash,
                                   mt_value value);
/* d[key], or MT_NULL when absent, or MT_EXC. */
MT_INTERNAL mt_value mt_dict_get(mt_vm *vm, mt_value d, mt_value key);
MT_INTERNAL mt_value mt_dict_get_hashed(mt_vm *vm, mt_value d, mt_value key, int64_t hash);
/* The entry index of key (stable until the key is deleted or the table is
** rebuilt: what the VM's global caches hold), -1 if absent, -2 on error. */
MT_INTERNAL int64_t mt_dict_find(mt_vm *vm, mt_value d, mt_value key, int64_t hash);
/* The entry a cached index names, if it still holds key (identity): the
** VM's check for a global-lookup cache. NULL when the cache is stale (the
** key was deleted, or the table rebuilt). */
static inline mt_dentry *mt_dict_cached(mt_vm *vm, mt_value d, uint32_t ix, mt_value key) {
  mt_value k = MT_OBJ(vm, mt_dict, d)->keys;
  if (k == MT_NULL) return NULL;
  mt_dkeys *t = MT_OBJ(vm, mt_dkeys, k);
  if (ix >= t->nentries) return NULL;
  mt_dentry *e = &mt_dkeys_entries(t)[ix];
  return e->key == key ? e : NULL;
}

/* Remove key and return its value; MT_NULL if absent, MT_EXC on error. */
MT_INTERNAL mt_value mt_dict_pop(mt_vm *vm, mt_value d, mt_value key);
/* Iterate: *pos starts at 0. Returns false after the last entry. */
MT_INTERNAL bool mt_dict_next(mt_vm *vm, mt_value d, uint32_t *pos, mt_value *key,
                              mt_value *value);
MT_INTERNAL void mt_dict_clear(mt_vm *vm, mt_value d);
MT_INTERNAL mt_value mt_dict_copy(mt_vm *vm, mt_value d);
/* d.update(other) for another dict. Returns 0 or -1. */
MT_INTERNAL int mt_dict_merge(mt_vm *vm, mt_value d, mt_value other);
/* d.popitem(): the last (key, value) tuple; KeyError when empty. */
MT_INTERNAL mt_value mt_dict_popitem(mt_vm *vm, mt_value d);
/* a == b for two dicts: 1, 0, or -1 on error. */
MT_INTERNAL int mt_dict_eq(mt_vm *vm, mt_value a, mt_value b);

/* Probe statistics (tests, diagnostics): index slots probed to find
** every key, the longest such probe sequence, and how many keys sit in
** their first-choice slot. */
typedef struct mt_dict_stats {
  uint64_t probes;
  uint32_t max_probes;
  uint32_t at_home;
  uint32_t size;
} mt_dict_stats;
MT_INTERNAL mt_dict_stats mt_dict_probe_stats(mt_vm *vm, mt_value d);

/* For the verifier: NULL if the table is consistent (and *live = its live
** entries), else what is wrong. */
MT_INTERNAL const char *mt_dict_keys_problem(const mt_dkeys *k, uint32_t *live);
/* The live entries of a table mt_dict_keys_problem found consistent. */
MT_INTERNAL uint32_t mt_dict_keys_live(const mt_dkeys *k);

#endif
