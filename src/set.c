/*
** set.c: set and frozenset, following CPython 3.11's setobject.c step by
** step (probe order, resize points, merge strategies), because the table
** order is the iteration order users see.
*/
#include "set.h"

#include "dict.h"
#include "exc.h"
#include "hash.h"
#include "list.h"
#include "tuple.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static mt_set *so(mt_vm *vm, mt_value s) { return MT_OBJ(vm, mt_set, s); }

static mt_settable *tab(mt_vm *vm, mt_value s) {
  mt_value t = so(vm, s)->table;
  return t == MT_NULL ? NULL : MT_OBJ(vm, mt_settable, t);
}

/* An absent table is CPython's empty 8-slot smalltable. */
static uint64_t mask_of(mt_vm *vm, mt_value s) {
  mt_settable *t = tab(vm, s);
  return t ? t->mask : MINSIZE - 1;
}

static bool is_anyset(mt_value v) {
  return mt_is_ref_type(v, MT_T_SET) || mt_is_ref_type(v, MT_T_FROZENSET);
}

static uint32_t new_table(mt_vm *vm, uint64_t size) {
  if (size > (UINT32_MAX / sizeof(mt_sentry))) {
    mt_raise_type(vm, MT_T_MEMORY_ERROR);
    return 0;
  }
  uint32_t off = mt_heap_alloc(vm, MT_T_SETTABLE, mt_settable_size(size - 1));
  if (!off) return 0;
  mt_settable *t = mt_ptr(vm, off);
  t->mask = (uint32_t)(size - 1);
  for (uint64_t i = 0; i < size; i++) t->e[i].key = MT_NULL;
  return off;
}

static int ensure_table(mt_vm *vm, mt_value s) {
  if (so(vm, s)->table != MT_NULL) return 0;
  uint32_t off = new_table(vm, MINSIZE);
  if (!off) return -1;
  so(vm, s)->table = mt_ref(MT_T_SETTABLE, off);
  return 0;
}

mt_value mt_set_new(mt_vm *vm, bool frozen) {
  uint32_t type = frozen ? MT_T_FROZENSET : MT_T_SET;
  uint32_t off = mt_heap_alloc(vm, type, sizeof(mt_set));
  if (!off) return MT_EXC;
  mt_set *s = mt_ptr(vm, off);
  s->hash = -1;
  s->table = MT_NULL;
  return mt_ref(type, off);
}

/* The slot of the active entry equal to key, -1 if none, -2 on error. */
static int64_t lookkey(mt_vm *vm, mt_value s, mt_value key, int64_t hash) {
  mt_settable *t = tab(vm, s);
  if (!t) return -1;
  uint64_t mask = t->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
  for (;;) {
    uint64_t j = i;
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      mt_sentry *e = &t->e[j];
      if (e->key == MT_NULL) return -1;
      if (e->hash == hash && e->key != MT_DUMMY) {
        if (e->key == key) return (int64_t)j;
        int eq = mt_cmp_eq(vm, e->key, key);
        if (eq < 0) return -2;
        if (eq) return (int64_t)j;
        t = tab(vm, s);
      }
      j++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Store an entry in slot i, flagging the table once it holds a reference
** (the collector traces only flagged tables). */
static void put_entry(mt_settable *t, uint64_t i, mt_value key, int64_t hash) {
  if (mt_is_ref(key)) t->h.flags |= MT_OF_REFS;
  t->e[i] = (mt_sentry){key, hash};
}

/* Insert a key known to be absent into a table without dummies. */
static void insert_clean(mt_settable *t, mt_value key, int64_t hash) {
  uint64_t mask = t->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  for (;;) {
    if (t->e[i].key == MT_NULL) break;
    if (i + LINEAR_PROBES <= mask) {
      uint64_t j;
      for (j = 1; j <= LINEAR_PROBES; j++)
        if (t->e[i + j].key == MT_NULL) break;
      if (j <= LINEAR_PROBES) {
        i += j;
        break;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
  put_entry(t, i, key, hash);
}

/* Rebuild the table with the smallest power of two above minused. */
static int table_resize(mt_vm *vm, mt_value s, uint64_t minused) {
  uint64_t size = MINSIZE;
  while (size <= minused) size <<= 1;
  mt_settable *old = tab(vm, s);
  if (size == MINSIZE && (!old || old->mask == MINSIZE - 1) && so(vm, s)->fill == so(vm, s)->used)
    return 0;
  uint32_t off = new_table(vm, size);
  if (!off) return -1;
  mt_settable *t = mt_ptr(vm, off);
  old = tab(vm, s);
  so(vm, s)->fill = so(vm, s)->used;
  for (uint64_t i = 0; old && i <= old->mask; i++)
    if (old->e[i].key != MT_NULL && old->e[i].key != MT_DUMMY)
      insert_clean(t, old->e[i].key, old->e[i].hash);
  so(vm, s)->table = mt_ref(MT_T_SETTABLE, off);
  return 0;
}

/* CPython's set_add_entry: an equal key keeps its slot (and the old key
** object); a new key lands in the last dummy passed, else in the first
** empty slot, and may trigger a resize. */
int mt_set_add_hashed(mt_vm *vm, mt_value s, mt_value key, int64_t hash) {
  if (ensure_table(vm, s)) return -1;
  mt_settable *t = tab(vm, s);
  uint64_t mask = t->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash, j;
  int64_t freeslot = -1;
  for (;;) {
    j = i;
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      mt_sentry *e = &t->e[j];
      if (e->hash == 0 && e->key == MT_NULL) goto found_empty;
      if (e->hash == hash) {
        if (e->key == key) return 0;
        int eq = mt_cmp_eq(vm, e->key, key);
        if (eq < 0) return -1;
        if (eq) return 0;
        t = tab(vm, s);
      } else if (e->hash == -1) {
        freeslot = (int64_t)j;
      }
      j++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_empty:
  if (freeslot >= 0) {
    put_entry(t, (uint64_t)freeslot, key, hash);
    so(vm, s)->used++;
    return 0;
  }
  put_entry(t, j, key, hash);
  mt_set *o = so(vm, s);
  o->fill++;
  o->used++;
  if ((uint64_t)o->fill * 5 < mask * 3) return 0;
  return table_resize(vm, s, o->used > 50000 ? (uint64_t)o->used * 2 : (uint64_t)o->used * 4);
}

/* hash(key), with a set key hashed as the frozenset of its items (CPython
** lets `{1} in {frozenset({1})}` work that way). */
static int key_hash(mt_vm *vm, mt_value key, int64_t *hash) {
  if (mt_is_ref_type(key, MT_T_SET)) return mt_set_hash(vm, key, hash);
  return mt_hash_value(vm, key, hash);
}

int mt_set_add(mt_vm *vm, mt_value s, mt_value key) {
  int64_t hash;
  if (mt_hash_value(vm, key, &hash)) return -1;
  return mt_set_add_hashed(vm, s, key, hash);
}

static int contains_hashed(mt_vm *vm, mt_value s, mt_value key, int64_t hash) {
  int64_t ix = lookkey(vm, s, key, hash);
  return ix == -2 ? -1 : ix >= 0;
}

int mt_set_contains(mt_vm *vm, mt_value s, mt_value key) {
  int64_t hash;
  if (key_hash(vm, key, &hash)) return -1;
  return contains_hashed(vm, s, key, hash);
}

static int discard_hashed(mt_vm *vm, mt_value s, mt_value key, int64_t hash) {
  int64_t ix = lookkey(vm, s, key, hash);
  if (ix < 0) return ix == -2 ? -1 : 0;
  tab(vm, s)->e[ix] = (mt_sentry){MT_DUMMY, -1};
  so(vm, s)->used--;
  return 1;
}

int mt_set_discard(mt_vm *vm, mt_value s, mt_value key) {
  int64_t hash;
  if (key_hash(vm, key, &hash)) return -1;
  return discard_hashed(vm, s, key, hash);
}

mt_value mt_set_pop(mt_vm *vm, mt_value s) {
  mt_set *o = so(vm, s);
  if (o->used == 0) return mt_raise(vm, MT_T_KEY_ERROR, "pop from an empty set");
  mt_settable *t = tab(vm, s);
  uint32_t i = o->finger & t->mask;
  while (t->e[i].key == MT_NULL || t->e[i].key == MT_DUMMY) i = i == t->mask ? 0 : i + 1;
  mt_value key = t->e[i].key;
  t->e[i] = (mt_sentry){MT_DUMMY, -1};
  o->used--;
  o->finger = i + 1;
  return key;
}

void mt_set_clear(mt_vm *vm, mt_value s) {
  mt_set *o = so(vm, s);
  o->table = MT_NULL;
  o->used = o->fill = 0;
  o->hash = -1;
}

void mt_set_swap_bodies(mt_vm *vm, mt_value a, mt_value b) {
  mt_set *x = so(vm, a), *y = so(vm, b);
  uint32_t used = x->used, fill = x->fill;
  mt_value table = x->table;
  x->used = y->used;
  x->fill = y->fill;
  x->table = y->table;
  y->used = used;
  y->fill = fill;
  y->table = table;
  x->hash = y->hash = -1;
}

bool mt_set_next(mt_vm *vm, mt_value s, uint32_t *pos, mt_value *key, int64_t *hash) {
  mt_settable *t = tab(vm, s);
  if (!t) return false;
  while (*pos <= t->mask) {
    mt_sentry *e = &t->e[(*pos)++];
    if (e->key == MT_NULL || e->key == MT_DUMMY) continue;
    *key = e->key;
    if (hash) *hash = e->hash;
    return true;
  }
  return false;
}

/* CPython's set_merge: one resize up front, then a position-for-position
** copy when the tables match, clean inserts into an empty table, or plain
** adds. */
static int merge(mt_vm *vm, mt_value s, mt_value other) {
  mt_set *o = so(vm, other);
  if (other == s || o->used == 0) return 0;
  uint64_t oused = o->used, ofill = o->fill;
  if (((uint64_t)so(vm, s)->fill + oused) * 5 >= mask_of(vm, s) * 3)
    if (table_resize(vm, s, ((uint64_t)so(vm, s)->used + oused) * 2)) return -1;
  if (ensure_table(vm, s)) return -1;
  mt_settable *t = tab(vm, s), *ot = tab(vm, other);
  if (so(vm, s)->fill == 0 && t->mask == ot->mask && ofill == oused) {
    for (uint32_t i = 0; i <= ot->mask; i++)
      if (ot->e[i].key != MT_NULL) put_entry(t, i, ot->e[i].key, ot->e[i].hash);
    so(vm, s)->fill = so(vm, s)->used = (uint32_t)oused;
    return 0;
  }
  if (so(vm, s)->fill == 0) {
    for (uint32_t i = 0; i <= ot->mask; i++)
      if (ot->e[i].key != MT_NULL && ot->e[i].key != MT_DUMMY)
        insert_clean(t, ot->e[i].key, ot->e[i].hash);
    so(vm, s)->fill = so(vm, s)->used = (uint32_t)oused;
    return 0;
  }
  uint32_t pos = 0;
  mt_value key;
  int64_t hash;
  while (mt_set_next(vm, other, &pos, &key, &hash))
    if (mt_set_add_hashed(vm, s, key, hash)) return -1;
  return 0;
}

/* The items of a list or tuple standing for a drained iterable. */
static mt_value *seq_items(mt_vm *vm, mt_value seq, uint32_t *n) {
  if (mt_is_ref_type(seq, MT_T_TUPLE)) {
    *n = mt_tuple_len(vm, seq);
    return mt_tuple_items(vm, seq);
  }
  *n = mt_list_len(vm, seq);
  return mt_list_items(vm, seq);
}

int mt_set_update(mt_vm *vm, mt_value s, mt_value other) {
  if (is_anyset(other)) return merge(vm, s, other);
  if (mt_is_ref_type(other, MT_T_DICT)) {
    uint64_t n = mt_dict_len(vm, other);
    if (((uint64_t)so(vm, s)->fill + n) * 5 >= mask_of(vm, s) * 3)
      if (table_resize(vm, s, ((uint64_t)so(vm, s)->used + n) * 2)) return -1;
    uint32_t pos = 0;
    mt_value key;
    while (mt_dict_next(vm, other, &pos, &key, NULL))
      if (mt_set_add(vm, s, key)) return -1;
    return 0;
  }
  uint32_t n;
  for (uint32_t i = 0; seq_items(vm, other, &n), i < n; i++)
    if (mt_set_add(vm, s, seq_items(vm, other, &n)[i])) return -1;
  return 0;
}

mt_value mt_set_copy(mt_vm *vm, mt_value s, bool frozen) {
  mt_value r = mt_set_new(vm, frozen);
  if (r == MT_EXC) return MT_EXC;
  return mt_set_update(vm, r, s) ? MT_EXC : r;
}

static bool frozen_of(mt_value s) { return mt_is_ref_type(s, MT_T_FROZENSET); }

mt_value mt_set_union(mt_vm *vm, mt_value s, mt_value other) {
  mt_value r = mt_set_copy(vm, s, frozen_of(s));
  if (r == MT_EXC || other == s) return r;
  return mt_set_update(vm, r, other) ? MT_EXC : r;
}

/* Keys of a set-like other that are in s, visiting the smaller set. */
static int intersect_sets(mt_vm *vm, mt_value r, mt_value s, mt_value other) {
  if (mt_set_len(vm, other) > mt_set_len(vm, s)) {
    mt_value t = s;
    s = other;
    other = t;
  }
  uint32_t pos = 0;
  mt_value key;
  int64_t hash;
  while (mt_set_next(vm, other, &pos, &key, &hash)) {
    int in = contains_hashed(vm, s, key, hash);
    if (in < 0 || (in && mt_set_add_hashed(vm, r, key, hash))) return -1;
  }
  return 0;
}

/* Items of an iterable other that are in s; stops once all of s is in. */
static int intersect_items(mt_vm *vm, mt_value r, mt_value s, mt_value other) {
  uint32_t pos = 0, n;
  mt_value key;
  for (uint32_t i = 0;; i++) {
    if (mt_is_ref_type(other, MT_T_DICT)) {
      if (!mt_dict_next(vm, other, &pos, &key, NULL)) return 0;
    } else {
      mt_value *items = seq_items(vm, other, &n);
      if (i >= n) return 0;
      key = items[i];
    }
    int64_t hash;
    if (mt_hash_value(vm, key, &hash)) return -1;
    int in = contains_hashed(vm, s, key, hash);
    if (in < 0) return -1;
    if (in) {
      if (mt_set_add_hashed(vm, r, key, hash)) return -1;
      if (mt_set_len(vm, r) >= mt_set_len(vm, s)) return 0;
    }
  }
}

mt_value mt_set_intersection(mt_vm *vm, mt_value s, mt_value other) {
  if (other == s) return mt_set_copy(vm, s, frozen_of(s));
  mt_value r = mt_set_new(vm, frozen_of(s));
  if (r == MT_EXC) return MT_EXC;
  int rc = is_anyset(other) ? intersect_sets(vm, r, s, other) : intersect_items(vm, r, s, other);
  return rc ? MT_EXC : r;
}

/* Discard every key of other from s, then purge dummies if over 1/4. */
int mt_set_difference_update(mt_vm *vm, mt_value s, mt_value other) {
  if (other == s) {
    mt_set_clear(vm, s);
    return 0;
  }
  if (is_anyset(other)) {
    if ((mt_set_len(vm, other) >> 3) > mt_set_len(vm, s)) {
      other = mt_set_intersection(vm, s, other);
      if (other == MT_EXC) return -1;
    }
    uint32_t pos = 0;
    mt_value key;
    int64_t hash;
    while (mt_set_next(vm, other, &pos, &key, &hash))
      if (discard_hashed(vm, s, key, hash) < 0) return -1;
  } else if (mt_is_ref_type(other, MT_T_DICT)) {
    uint32_t pos = 0;
    mt_value key;
    while (mt_dict_next(vm, other, &pos, &key, NULL))
      if (mt_set_discard(vm, s, key) < 0) return -1;
  } else {
    uint32_t n;
    for (uint32_t i = 0; seq_items(vm, other, &n), i < n; i++)
      if (mt_set_discard(vm, s, seq_items(vm, other, &n)[i]) < 0) return -1;
  }
  mt_set *o = so(vm, s);
  if ((uint64_t)(o->fill - o->used) <= mask_of(vm, s) / 4) return 0;
  return table_resize(vm, s, o->used > 50000 ? (uint64_t)o->used * 2 : (uint64_t)o->used * 4);
}

mt_value mt_set_difference(mt_vm *vm, mt_value s, mt_value other) {
  bool setlike = is_anyset(other), dict = mt_is_ref_type(other, MT_T_DICT);
  uint32_t other_size = setlike ? mt_set_len(vm, other) : dict ? mt_dict_len(vm, other) : 0;
  if ((!setlike && !dict) || (mt_set_len(vm, s) >> 2) > other_size) {
    mt_value r = mt_set_copy(vm, s, frozen_of(s));
    if (r == MT_EXC) return MT_EXC;
    return mt_set_difference_update(vm, r, other) ? MT_EXC : r;
  }
  mt_value r = mt_set_new(vm, frozen_of(s));
  if (r == MT_EXC) return MT_EXC;
  uint32_t pos = 0;
  mt_value key;
  int64_t hash;
  while (mt_set_next(vm, s, &pos, &key, &hash)) {
    int in;
    if (dict) {
      int64_t ix = mt_dict_find(vm, other, key, hash);
      in = ix == -2 ? -1 : ix >= 0;
    } else {
      in = contains_hashed(vm, other, key, hash);
    }
    if (in < 0 || (!in && mt_set_add_hashed(vm, r, key, hash))) return MT_EXC;
  }
  return r;
}

/* Toggle each key of other in s. */
static int toggle(mt_vm *vm, mt_value s, mt_value key, int64_t hash) {
  int found = discard_hashed(vm, s, key, hash);
  if (found < 0) return -1;
  return found ? 0 : mt_set_add_hashed(vm, s, key, hash);
}

int mt_set_symmetric_difference_update(mt_vm *vm, mt_value s, mt_value other) {
  if (other == s) {
    mt_set_clear(vm, s);
    return 0;
  }
  uint32_t pos = 0;
  mt_value key;
  int64_t hash;
  if (mt_is_ref_type(other, MT_T_DICT)) {
    while (mt_dict_next(vm, other, &pos, &key, NULL)) {
      if (mt_hash_value(vm, key, &hash) || toggle(vm, s, key, hash)) return -1;
    }
    return 0;
  }
  if (!is_anyset(other)) {
    other = mt_set_copy(vm, other, frozen_of(s));
    if (other == MT_EXC) return -1;
  }
  while (mt_set_next(vm, other, &pos, &key, &hash))
    if (toggle(vm, s, key, hash)) return -1;
  return 0;
}

mt_value mt_set_symmetric_difference(mt_vm *vm, mt_value s, mt_value other) {
  mt_value r = mt_set_new(vm, frozen_of(s));
  if (r == MT_EXC || mt_set_update(vm, r, other)) return MT_EXC;
  return mt_set_symmetric_difference_update(vm, r, s) ? MT_EXC : r;
}

static uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167);
}

/* CPython's frozenset_hash over the active entries (its corrections for
** empty and dummy slots cancel exactly those). */
int mt_set_hash(mt_vm *vm, mt_value s, int64_t *out) {
  mt_set *o = so(vm, s);
  if (o->hash != -1) {
    *out = o->hash;
    return 0;
  }
  uint64_t h = 0;
  uint32_t pos = 0;
  mt_value key;
  int64_t kh;
  while (mt_set_next(vm, s, &pos, &key, &kh)) h ^= shuffle_bits((uint64_t)kh);
  h ^= ((uint64_t)o->used + 1) * UINT64_C(1927868237);
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + UINT64_C(907133923);
  if (h == UINT64_MAX) h = 590923713;
  if (mt_is_ref_type(s, MT_T_FROZENSET)) o->hash = (int64_t)h;
  *out = (int64_t)h;
  return 0;
}

int mt_set_issubset(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_set_len(vm, a) > mt_set_len(vm, b)) return 0;
  uint32_t pos = 0;
  mt_value key;
  int64_t hash;
  while (mt_set_next(vm, a, &pos, &key, &hash)) {
    int in = contains_hashed(vm, b, key, hash);
    if (in <= 0) return in;
  }
  return 1;
}

int mt_set_eq(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_set_len(vm, a) != mt_set_len(vm, b)) return 0;
  return mt_set_issubset(vm, a, b);
}

mt_value mt_set_rich(mt_vm *vm, mt_value a, mt_value b, mt_cmp_op op) {
  uint32_t na = mt_set_len(vm, a), nb = mt_set_len(vm, b);
  int r;
  switch (op) {
  case MT_CMP_EQ: r = mt_set_eq(vm, a, b); break;
  case MT_CMP_NE: r = mt_set_eq(vm, a, b); r = r < 0 ? r : !r; break;
  case MT_CMP_LE: r = mt_set_issubset(vm, a, b); break;
  case MT_CMP_GE: r = mt_set_issubset(vm, b, a); break;
  case MT_CMP_LT: r = na < nb ? mt_set_issubset(vm, a, b) : 0; break;
  case MT_CMP_GT: r = na > nb ? mt_set_issubset(vm, b, a) : 0; break;
  default: r = 0; break;
  }
  return r < 0 ? MT_EXC : mt_bool(r);
}

const char *mt_set_table_problem(const mt_settable *t, uint32_t *used, uint32_t *fill) {
  uint64_t size = (uint64_t)t->mask + 1;
  if (size < MINSIZE || (size & (size - 1)) || size > (UINT64_C(1) << 31)) return "bad set table size";
  if (t->h.size != mt_settable_size(t->mask)) return "set table size mismatch";
  uint32_t active = 0, dummies = 0;
  for (uint64_t i = 0; i < size; i++) {
    const mt_sentry *e = &t->e[i];
    if (e->key == MT_NULL) {
      if (e->hash != 0) return "empty set slot with a hash";
    } else if (e->key == MT_DUMMY) {
      if (e->hash != -1) return "deleted set slot without hash -1";
      dummies++;
    } else {
      if (e->hash == -1) return "active set slot with hash -1";
      if (mt_is_ref(e->key) && !(t->h.flags & MT_OF_REFS)) return "set table holds an unflagged reference";
      active++;
    }
  }
  if ((uint64_t)active + dummies >= size) return "set table has no empty slot";
  *used = active;
  *fill = active + dummies;
  return NULL;
}
