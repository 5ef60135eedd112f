/*
** hash.c: the hash() of every builtin value.
*/
#include "hash.h"

#include <xxhash.h>

#include "exc.h"
#include "floating.h"
#include "int.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

int64_t mt_hash_bytes(mt_vm *vm, const void *p, size_t n) {
  if (n == 0) return 0;
  int64_t h = (int64_t)XXH3_64bits_withSeed(p, n, mt_hdr(vm)->seed);
  return h == -1 ? -2 : h;
}

/* Identity hash of any value: heap objects get a stable per-object number
** (offsets change when the collector moves them); immediates hash their
** word. */
static int64_t identity_hash(mt_vm *vm, mt_value v) {
  uint64_t x = mt_is_ref(v) ? mt_heap_idhash(vm, mt_ref_off(v)) : v;
  x = (x ^ (x >> 29)) * UINT64_C(0xBF58476D1CE4E5B9);
  return (int64_t)(x >> 4);
}

/* range: hash((len, start, step)), with start/step None for short ranges. */
static int range_hash(mt_vm *vm, mt_value r, int64_t *out) {
  mt_value len = mt_range_len(vm, r);
  if (len == MT_EXC) return -1;
  mt_triple *t = MT_OBJ(vm, mt_triple, r);
  mt_value items[3] = {len, t->start, t->step};
  if (len == mt_small(0)) items[1] = items[2] = MT_NONE;
  else if (len == mt_small(1)) items[2] = MT_NONE;
  mt_value tup = mt_tuple_from(vm, items, 3);
  return tup == MT_EXC ? -1 : mt_tuple_hash(vm, tup, out);
}

int mt_hash_compute(mt_vm *vm, mt_value v, int64_t *out) {
  if (mt_is_float(v)) {
    *out = mt_float_hash(mt_as_float(v), 0);
    return 0;
  }
  if (mt_is_small(v)) {
    int64_t i = mt_as_small(v);
    *out = i == -1 ? -2 : i;
    return 0;
  }
  if (mt_is_bool(v)) {
    *out = v == MT_TRUE;
    return 0;
  }
  if (mt_is_name(v)) {
    *out = mt_str_obj_hash(vm, v);
    return 0;
  }
  if (!mt_is_ref(v)) {
    *out = identity_hash(vm, v);
    return 0;
  }
  uint32_t type = mt_ref_type(v);
  if (mt_types[type].flags & MT_TF_UNHASHABLE) {
    mt_raise_unhashable(vm, v);
    return -1;
  }
  int r = 0;
  switch (type) {
  case MT_T_STR: *out = mt_str_obj_hash(vm, v); return 0;
  case MT_T_INT: *out = mt_int_hash(vm, v); return 0;
  case MT_T_BYTES: {
    mt_bytes *b = MT_OBJ(vm, mt_bytes, v);
    if (b->hash == -1) b->hash = mt_hash_bytes(vm, b->data, b->len);
    *out = b->hash;
    return 0;
  }
  case MT_T_TUPLE:
  case MT_T_RANGE:
  case MT_T_FROZENSET:
  case MT_T_METHOD:
  case MT_T_BUILTIN_FN:
    if (mt_exc_depth_enter(vm, " while calling a Python object")) return -1;
    if (type == MT_T_TUPLE) r = mt_tuple_hash(vm, v, out);
    else if (type == MT_T_RANGE) r = range_hash(vm, v, out);
    else if (type == MT_T_FROZENSET) r = mt_set_hash(vm, v, out);
    else {
      /* CPython meth_hash: self by identity, xor the function's hash. */
      int64_t f;
      r = mt_hash_value(vm, MT_OBJ(vm, mt_method, v)->func, &f);
      *out = identity_hash(vm, MT_OBJ(vm, mt_method, v)->self) ^ f;
      if (*out == -1) *out = -2;
    }
    mt_exc_depth_leave(vm);
    return r;
  case MT_T_UNION_TYPE: {
    /* Equal unions (the same members in any order) hash alike. */
    uint64_t h = 0;
    for (uint32_t i = 0; i < mt_tuple_len(vm, v); i++) h ^= (uint64_t)identity_hash(vm, mt_tuple_items(vm, v)[i]);
    *out = (int64_t)h == -1 ? -2 : (int64_t)h;
    return 0;
  }
  default: *out = identity_hash(vm, v); return 0;
  }
}
