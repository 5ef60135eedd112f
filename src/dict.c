/*
** dict.c: CPython-style compact dicts in the arena.
**
** A hash smaller than the index is its own first slot, as in CPython:
** small ints (hash(i) == i) land in consecutive slots, so building or
** walking a dict of 0..n touches the index in order (cache-friendly).
** Any other hash is multiplied by the 64-bit golden ratio and mixed
** (Fibonacci hashing), the first slot being the top bits, so keys whose
** hashes are in arithmetic progression (multiples of 1024, of 2**32)
** spread over the whole table instead of sharing low bits. Later probes
** follow CPython's recurrence i = 5i + 1 + (perturb >>= 5), perturb
** starting at the mixed hash, which visits every slot once perturb is 0,
** so a table with an empty slot always ends a probe. Hash values
** themselves stay Python's.
*/
#include "dict.h"

#include <string.h>

#include "compare.h"
#include "exc.h"
#include "hash.h"
#include "tuple.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_LOG2 3
#define MAX_LOG2 31
#define FIBONACCI UINT64_C(0x9E3779B97F4A7C15)
#define MIX2 UINT64_C(0xD6E8FEB86659FD93)

typedef struct probe {
  uint64_t i, perturb, mask;
} probe;

static uint64_t mix(uint64_t x) {
  x *= FIBONACCI;
  x ^= x >> 32;
  return x * MIX2;
}

static probe probe_start(int64_t hash, uint32_t log2size) {
  uint64_t h = (uint64_t)hash, m = mix(h), mask = ((uint64_t)1 << log2size) - 1;
  return (probe){h >> log2size ? m >> (64 - log2size) : h, m, mask};
}

static void probe_next(probe *p) {
  p->perturb >>= 5;
  p->i = (p->i * 5 + p->perturb + 1) & p->mask;
}

static int64_t ix_get(const mt_dkeys *k, uint64_t i) {
  switch (k->log2width) {
  case 0: return ((const int8_t *)k->index)[i];
  case 1: return ((const int16_t *)k->index)[i];
  default: return ((const int32_t *)k->index)[i];
  }
}

static void ix_set(mt_dkeys *k, uint64_t i, int64_t ix) {
  switch (k->log2width) {
  case 0: ((int8_t *)k->index)[i] = (int8_t)ix; break;
  case 1: ((int16_t *)k->index)[i] = (int16_t)ix; break;
  default: ((int32_t *)k->index)[i] = (int32_t)ix; break;
  }
}

/* CPython's USABLE_FRACTION: at most 2/3 of the index is ever filled, so
** there is always an empty slot. */
static uint32_t usable_for(uint32_t log2size) { return (uint32_t)(((uint64_t)2 << log2size) / 3); }
static uint32_t width_for(uint32_t log2size) { return log2size <= 7 ? 0 : log2size <= 15 ? 1 : 2; }

/* Smallest table whose usable part holds n entries. */
static uint32_t log2_for(uint64_t n) {
  uint32_t l = MIN_LOG2;
  while (l < MAX_LOG2 && usable_for(l) < n) l++;
  return l;
}

static mt_dkeys *keys_of(mt_vm *vm, mt_value d) {
  mt_value k = MT_OBJ(vm, mt_dict, d)->keys;
  return k == MT_NULL ? NULL : MT_OBJ(vm, mt_dkeys, k);
}

/* A fresh, empty table: every index slot -1 (all-ones in any width). */
static uint32_t new_keys(mt_vm *vm, uint32_t log2size) {
  uint32_t w = width_for(log2size), usable = usable_for(log2size);
  uint32_t off = mt_heap_alloc(vm, MT_T_DKEYS, mt_dkeys_size(log2size, w, usable));
  if (!off) return 0;
  mt_dkeys *k = mt_ptr(vm, off);
  k->log2size = (uint8_t)log2size;
  k->log2width = (uint8_t)w;
  k->usable = usable;
  memset(k->index, 0xFF, (size_t)1 << (log2size + w));
  return off;
}

/* The first empty index slot on hash's probe sequence. */
static uint64_t find_empty(const mt_dkeys *k, int64_t hash) {
  probe p = probe_start(hash, k->log2size);
  while (ix_get(k, p.i) != IX_EMPTY) probe_next(&p);
  return p.i;
}

/* Rebuild d's table at the given size, dropping deleted entries. */
static int resize(mt_vm *vm, mt_value d, uint32_t log2size) {
  uint32_t off = new_keys(vm, log2size);
  if (!off) return -1;
  mt_dkeys *nk = mt_ptr(vm, off);
  mt_dkeys *ok = keys_of(vm, d);
  if (ok) {
    mt_dentry *oe = mt_dkeys_entries(ok), *ne = mt_dkeys_entries(nk);
    uint32_t n = 0;
    for (uint32_t j = 0; j < ok->nentries; j++) {
      if (oe[j].key == MT_NULL) continue;
      ne[n] = oe[j];
      ix_set(nk, find_empty(nk, oe[j].hash), n);
      n++;
    }
    nk->nentries = n;
  }
  MT_OBJ(vm, mt_dict, d)->keys = mt_ref(MT_T_DKEYS, off);
  return 0;
}

mt_value mt_dict_new(mt_vm *vm) {
  uint32_t off = mt_heap_alloc(vm, MT_T_DICT, sizeof(mt_dict));
  if (!off) return MT_EXC;
  ((mt_dict *)mt_ptr(vm, off))->keys = MT_NULL;
  return mt_ref(MT_T_DICT, off);
}

mt_value mt_dict_new_sized(mt_vm *vm, uint32_t n) {
  mt_value d = mt_dict_new(vm);
  if (d == MT_EXC || n == 0) return d;
  return resize(vm, d, log2_for(n)) ? MT_EXC : d;
}

/* Look key up. Returns its entry index, -1 if absent, -2 on error; *slot
** gets the index slot holding the entry, or the first empty slot. Key
** comparison may allocate, so the table is re-derived after it. */
static inline int64_t lookup(mt_vm *vm, mt_value d, mt_value key, int64_t hash, uint64_t *slot) {
  mt_dkeys *k = keys_of(vm, d);
  if (!k) return -1;
  mt_dentry *e = mt_dkeys_entries(k);
  probe p = probe_start(hash, k->log2size);
  for (;; probe_next(&p)) {
    int64_t ix = ix_get(k, p.i);
    if (ix == IX_EMPTY) break;
    if (ix < 0 || (e[ix].key != key && e[ix].hash != hash)) continue;
    if (e[ix].key != key) {
      int eq = mt_cmp_eq(vm, e[ix].key, key);
      if (eq < 0) return -2;
      k = keys_of(vm, d);
      e = mt_dkeys_entries(k);
      if (!eq) continue;
    }
    *slot = p.i;
    return ix;
  }
  *slot = p.i;
  return -1;
}

int64_t mt_dict_find(mt_vm *vm, mt_value d, mt_value key, int64_t hash) {
  uint64_t slot;
  return lookup(vm, d, key, hash, &slot);
}

int mt_dict_set_hashed(mt_vm *vm, mt_value d, mt_value key, int64_t hash, mt_value value) {
  uint64_t slot;
  int64_t ix = lookup(vm, d, key, hash, &slot);
  if (ix == -2) return -1;
  if (ix >= 0) {
    mt_dkeys_entries(keys_of(vm, d))[ix].value = value;
    return 0;
  }
  mt_dkeys *k = keys_of(vm, d);
  if (!k || k->nentries == k->usable) {
    /* CPython's GROWTH_RATE: room for three times the live entries. */
    uint64_t want = (uint64_t)MT_OBJ(vm, mt_dict, d)->len * 3;
    uint32_t l = MIN_LOG2;
    while (l < MAX_LOG2 && ((uint64_t)1 << l) < want) l++;
    if (resize(vm, d, l)) return -1;
    k = keys_of(vm, d);
    slot = find_empty(k, hash);
  }
  uint32_t n = k->nentries++;
  mt_dkeys_entries(k)[n] = (mt_dentry){key, value, hash};
  ix_set(k, slot, n);
  MT_OBJ(vm, mt_dict, d)->len++;
  return 0;
}

int mt_dict_set(mt_vm *vm, mt_value d, mt_value key, mt_value value) {
  int64_t hash;
  if (mt_hash_value(vm, key, &hash)) return -1;
  return mt_dict_set_hashed(vm, d, key, hash, value);
}

/* d[key] given its hash: the entry's value, MT_NULL, or MT_EXC. */
static inline mt_value get(mt_vm *vm, mt_value d, mt_value key, int64_t hash) {
  uint64_t slot;
  int64_t ix = lookup(vm, d, key, hash, &slot);
  if (ix < 0) return ix == -2 ? MT_EXC : MT_NULL;
  return mt_dkeys_entries(keys_of(vm, d))[ix].value;
}

mt_value mt_dict_get_hashed(mt_vm *vm, mt_value d, mt_value key, int64_t hash) {
  return get(vm, d, key, hash);
}

mt_value mt_dict_get(mt_vm *vm, mt_value d, mt_value key) {
  int64_t hash;
  if (mt_hash_value(vm, key, &hash)) return MT_EXC;
  return get(vm, d, key, hash);
}

/* Unlink entry ix found at index slot: the slot becomes a tombstone so
** probe sequences through it stay intact. */
static mt_value remove_entry(mt_vm *vm, mt_value d, uint64_t slot, int64_t ix) {
  mt_dkeys *k = keys_of(vm, d);
  mt_dentry *e = &mt_dkeys_entries(k)[ix];
  mt_value value = e->value;
  e->key = e->value = MT_NULL;
  e->hash = 0;
  ix_set(k, slot, IX_DUMMY);
  MT_OBJ(vm, mt_dict, d)->len--;
  return value;
}

mt_value mt_dict_pop(mt_vm *vm, mt_value d, mt_value key) {
  int64_t hash;
  uint64_t slot;
  if (mt_hash_value(vm, key, &hash)) return MT_EXC;
  int64_t ix = lookup(vm, d, key, hash, &slot);
  if (ix == -2) return MT_EXC;
  if (ix < 0) return MT_NULL;
  return remove_entry(vm, d, slot, ix);
}

bool mt_dict_next(mt_vm *vm, mt_value d, uint32_t *pos, mt_value *key, mt_value *value) {
  mt_dkeys *k = keys_of(vm, d);
  if (!k) return false;
  mt_dentry *e = mt_dkeys_entries(k);
  while (*pos < k->nentries) {
    uint32_t i = (*pos)++;
    if (e[i].key == MT_NULL) continue;
    if (key) *key = e[i].key;
    if (value) *value = e[i].value;
    return true;
  }
  return false;
}

void mt_dict_clear(mt_vm *vm, mt_value d) {
  mt_dict *dict = MT_OBJ(vm, mt_dict, d);
  dict->keys = MT_NULL;
  dict->len = 0;
}

/* A copy of a table without tombstones is the same bytes; otherwise the
** entries are reinserted in order. */
mt_value mt_dict_copy(mt_vm *vm, mt_value d) {
  mt_value c = mt_dict_new(vm);
  if (c == MT_EXC) return MT_EXC;
  mt_dkeys *k = keys_of(vm, d);
  if (!k) return c;
  uint32_t len = MT_OBJ(vm, mt_dict, d)->len;
  if (k->nentries == len) {
    uint32_t off = mt_heap_alloc(vm, MT_T_DKEYS, k->h.size);
    if (!off) return MT_EXC;
    k = keys_of(vm, d);
    memcpy((uint8_t *)mt_ptr(vm, off) + sizeof(mt_obj), (uint8_t *)k + sizeof(mt_obj),
           k->h.size - sizeof(mt_obj));
    MT_OBJ(vm, mt_dict, c)->keys = mt_ref(MT_T_DKEYS, off);
    MT_OBJ(vm, mt_dict, c)->len = len;
    return c;
  }
  return mt_dict_merge(vm, c, d) ? MT_EXC : c;
}

int mt_dict_merge(mt_vm *vm, mt_value d, mt_value other) {
  if (d == other) return 0;
  uint32_t pos = 0;
  mt_value key, value;
  uint64_t want = (uint64_t)mt_dict_len(vm, d) + mt_dict_len(vm, other);
  mt_dkeys *k = keys_of(vm, d);
  if (want && (!k || k->usable - k->nentries < mt_dict_len(vm, other)))
    if (resize(vm, d, log2_for(want))) return -1;
  while (mt_dict_next(vm, other, &pos, &key, &value)) {
    int64_t hash = mt_dkeys_entries(keys_of(vm, other))[pos - 1].hash;
    if (mt_dict_set_hashed(vm, d, key, hash, value)) return -1;
  }
  return 0;
}

/* LIFO like CPython: remove the last live entry and trim nentries. */
mt_value mt_dict_popitem(mt_vm *vm, mt_value d) {
  mt_dkeys *k = keys_of(vm, d);
  if (!k || MT_OBJ(vm, mt_dict, d)->len == 0)
    return mt_raise(vm, MT_T_KEY_ERROR, "popitem(): dictionary is empty");
  mt_dentry *e = mt_dkeys_entries(k);
  uint32_t i = k->nentries - 1;
  while (e[i].key == MT_NULL) i--;
  mt_value items[2] = {e[i].key, e[i].value};
  mt_value t = mt_tuple_from(vm, items, 2);
  if (t == MT_EXC) return MT_EXC;
  k = keys_of(vm, d);
  probe p = probe_start(mt_dkeys_entries(k)[i].hash, k->log2size);
  while (ix_get(k, p.i) != (int64_t)i) probe_next(&p);
  remove_entry(vm, d, p.i, i);
  keys_of(vm, d)->nentries = i;
  return t;
}

int mt_dict_eq(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_dict_len(vm, a) != mt_dict_len(vm, b)) return 0;
  uint32_t pos = 0;
  mt_value key, value;
  while (mt_dict_next(vm, a, &pos, &key, &value)) {
    int64_t hash = mt_dkeys_entries(keys_of(vm, a))[pos - 1].hash;
    mt_value other = mt_dict_get_hashed(vm, b, key, hash);
    if (other == MT_EXC) return -1;
    if (other == MT_NULL) return 0;
    if (other == value) continue;
    int eq = mt_cmp_eq(vm, value, other);
    if (eq <= 0) return eq;
  }
  return 1;
}

mt_dict_stats mt_dict_probe_stats(mt_vm *vm, mt_value d) {
  mt_dict_stats s = {0, 0, 0, 0};
  mt_dkeys *k = keys_of(vm, d);
  if (!k) return s;
  s.size = 1u << k->log2size;
  mt_dentry *e = mt_dkeys_entries(k);
  for (uint32_t j = 0; j < k->nentries; j++) {
    if (e[j].key == MT_NULL) continue;
    probe p = probe_start(e[j].hash, k->log2size);
    uint32_t n = 1;
    if (ix_get(k, p.i) == (int64_t)j) s.at_home++;
    while (ix_get(k, p.i) != (int64_t)j) {
      probe_next(&p);
      n++;
    }
    s.probes += n;
    if (n > s.max_probes) s.max_probes = n;
  }
  return s;
}

/* Structural check for the verifier: sizes, index slots in range, an empty
** slot present, deleted entries empty, every live entry reachable along
** its probe sequence and pointed to by exactly one slot (pigeonhole: the
** counts match and each is found). NULL if fine, else the problem. */
uint32_t mt_dict_keys_live(const mt_dkeys *k) {
  const mt_dentry *e = mt_dkeys_entries((mt_dkeys *)k);
  uint32_t live = 0;
  for (uint32_t j = 0; j < k->nentries; j++) live += e[j].key != MT_NULL;
  return live;
}

const char *mt_dict_keys_problem(const mt_dkeys *k, uint32_t *live_out) {
  if (k->log2size < MIN_LOG2 || k->log2size > MAX_LOG2) return "bad dict table size";
  if (k->log2width != width_for(k->log2size)) return "bad dict index width";
  if (k->usable != usable_for(k->log2size)) return "bad dict usable count";
  if (k->nentries > k->usable) return "more dict entries than usable";
  if (k->h.size != mt_dkeys_size(k->log2size, k->log2width, k->usable)) return "dict table size mismatch";
  uint64_t n = (uint64_t)1 << k->log2size, empty = 0, pointing = 0;
  const mt_dentry *e = mt_dkeys_entries((mt_dkeys *)k);
  for (uint64_t i = 0; i < n; i++) {
    int64_t ix = ix_get(k, i);
    if (ix == IX_EMPTY) empty++;
    else if (ix == IX_DUMMY) continue;
    else if (ix < 0 || ix >= k->nentries) return "dict index slot out of range";
    else if (e[ix].key == MT_NULL) return "dict index slot names a deleted entry";
    else pointing++;
  }
  if (!empty) return "dict index has no empty slot";
  uint32_t live = 0;
  for (uint32_t j = 0; j < k->nentries; j++) {
    if (e[j].key == MT_NULL) {
      if (e[j].value != MT_NULL) return "deleted dict entry has a value";
      continue;
    }
    live++;
    probe p = probe_start(e[j].hash, k->log2size);
    for (uint64_t steps = 0;; steps++) {
      int64_t ix = ix_get(k, p.i);
      if (ix == (int64_t)j) break;
      if (ix == IX_EMPTY || steps > n + 64) return "dict entry unreachable from its hash";
      probe_next(&p);
    }
  }
  if (pointing != live) return "dict index and entries disagree";
  *live_out = live;
  return NULL;
}
