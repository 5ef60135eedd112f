/*
** iter.c: iterators and dict views (see iter.h for the field meanings).
*/
#include "iter.h"

#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

/* Nesting of enumerate/zip that mt_iter_next follows before leaving the
** iterator to the VM (bounds C recursion). */
#define NATIVE_DEPTH 32

static mt_value make(mt_vm *vm, uint32_t type, mt_value a, mt_value b, mt_value c, int64_t i, int64_t j) {
  uint32_t off = mt_heap_alloc(vm, type, sizeof(mt_iter));
  if (!off) return MT_EXC;
  mt_iter *it = mt_ptr(vm, off);
  it->a = a;
  it->b = b;
  it->c = c;
  it->i = i;
  it->j = j;
  return mt_ref(type, off);
}

static mt_iter *iter(mt_vm *vm, mt_value it) { return MT_OBJ(vm, mt_iter, it); }

/* range_iterator when every quantity fits in int64 (CPython: a C long),
** else longrange_iterator over int values. */
static mt_value range_iter(mt_vm *vm, mt_value r, bool reverse) {
  mt_value len = mt_range_len(vm, r);
  if (len == MT_EXC) return MT_EXC;
  mt_triple *t = MT_OBJ(vm, mt_triple, r);
  mt_value start = t->start, step = t->step;
  if (reverse) {
    /* last = start + (len - 1) * step; then walk backwards */
    mt_value last = mt_int_sub(vm, len, mt_small(1));
    last = last == MT_EXC ? MT_EXC : mt_range_item(vm, r, last);
    step = last == MT_EXC ? MT_EXC : mt_int_neg(vm, MT_OBJ(vm, mt_triple, r)->step);
    if (step == MT_EXC) return MT_EXC;
    start = mt_int_cmp(vm, len, mt_small(0)) == 0 ? MT_OBJ(vm, mt_triple, r)->start : last;
  }
  int64_t a, s, n, stop;
  if (mt_int_to_i64(vm, start, &a) && mt_int_to_i64(vm, step, &s) && mt_int_to_i64(vm, len, &n) &&
      mt_int_to_i64(vm, MT_OBJ(vm, mt_triple, r)->stop, &stop))
    return make(vm, MT_T_RANGE_ITER, MT_NULL, step, MT_NULL, a, n);
  return make(vm, MT_T_LONGRANGE_ITER, start, step, len, 0, 0);
}

static mt_value view_iter(mt_vm *vm, mt_value view) {
  mt_value d = MT_OBJ(vm, mt_view, view)->dict;
  uint32_t type = mt_ref_type(view) == MT_T_DICT_KEYS     ? MT_T_DICT_KEYITER
                  : mt_ref_type(view) == MT_T_DICT_VALUES ? MT_T_DICT_VALUEITER
                                                          : MT_T_DICT_ITEMITER;
  return make(vm, type, d, MT_NULL, MT_NULL, 0, mt_dict_len(vm, d));
}

mt_value mt_iter_new(mt_vm *vm, mt_value v) {
  uint32_t t = mt_obj_type(v);
  switch (t) {
  case MT_T_LIST: return make(vm, MT_T_LIST_ITER, v, MT_NULL, MT_NULL, 0, 0);
  case MT_T_TUPLE: return make(vm, MT_T_TUPLE_ITER, v, MT_NULL, MT_NULL, 0, 0);
  case MT_T_STR:
    return make(vm, mt_str_obj_view(vm, v).ascii ? MT_T_STR_ASCII_ITER : MT_T_STR_ITER, v, MT_NULL,
                MT_NULL, 0, 0);
  case MT_T_BYTES: return make(vm, MT_T_BYTES_ITER, v, MT_NULL, MT_NULL, 0, 0);
  case MT_T_DICT: return make(vm, MT_T_DICT_KEYITER, v, MT_NULL, MT_NULL, 0, mt_dict_len(vm, v));
  case MT_T_DICT_KEYS:
  case MT_T_DICT_VALUES:
  case MT_T_DICT_ITEMS: return view_iter(vm, v);
  case MT_T_SET:
  case MT_T_FROZENSET: return make(vm, MT_T_SET_ITER, v, MT_NULL, MT_NULL, 0, mt_set_len(vm, v));
  case MT_T_RANGE: return range_iter(vm, v, false);
  default: break;
  }
  if (mt_is_ref(v) && mt_type_layout(t) == MT_L_ITER) return v;
  return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not iterable", v);
}

mt_value mt_iter_reversed(mt_vm *vm, mt_value v) {
  uint32_t t = mt_obj_type(v);
  switch (t) {
  case MT_T_LIST: return make(vm, MT_T_LIST_REVITER, v, MT_NULL, MT_NULL, (int64_t)mt_list_len(vm, v) - 1, 0);
  case MT_T_TUPLE: return make(vm, MT_T_REVERSED, v, MT_NULL, MT_NULL, (int64_t)mt_tuple_len(vm, v) - 1, 0);
  case MT_T_STR: return make(vm, MT_T_REVERSED, v, MT_NULL, MT_NULL, (int64_t)mt_str_obj_view(vm, v).cplen - 1, 0);
  case MT_T_BYTES: return make(vm, MT_T_REVERSED, v, MT_NULL, MT_NULL, (int64_t)mt_bytes_len(vm, v) - 1, 0);
  case MT_T_RANGE: return range_iter(vm, v, true);
  case MT_T_DICT:
  case MT_T_DICT_KEYS:
  case MT_T_DICT_VALUES:
  case MT_T_DICT_ITEMS: {
    mt_value d = t == MT_T_DICT ? v : MT_OBJ(vm, mt_view, v)->dict;
    uint32_t type = t == MT_T_DICT_VALUES  ? MT_T_DICT_REVVALUEITER
                    : t == MT_T_DICT_ITEMS ? MT_T_DICT_REVITEMITER
                                           : MT_T_DICT_REVKEYITER;
    mt_value keys = MT_OBJ(vm, mt_dict, d)->keys;
    int64_t last = keys == MT_NULL ? -1 : (int64_t)MT_OBJ(vm, mt_dkeys, keys)->nentries - 1;
    return make(vm, type, d, MT_NULL, MT_NULL, last, mt_dict_len(vm, d));
  }
  default: return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not reversible", v);
  }
}

/* ---- advancing ---- */

static mt_value exhausted(mt_vm *vm, mt_value it) {
  iter(vm, it)->a = MT_NULL;
  return MT_STOP;
}

static mt_value seq_next(mt_vm *vm, mt_value it, bool reverse) {
  mt_iter *s = iter(vm, it);
  mt_value seq = s->a;
  if (seq == MT_NULL) return MT_STOP;
  bool tuple = mt_is_ref_type(seq, MT_T_TUPLE);
  int64_t len = tuple ? mt_tuple_len(vm, seq) : mt_list_len(vm, seq);
  if (s->i < 0 || s->i >= len) return exhausted(vm, it);
  mt_value v = tuple ? mt_tuple_items(vm, seq)[s->i] : mt_list_items(vm, seq)[s->i];
  s->i += reverse ? -1 : 1;
  return v;
}

static mt_value str_next(mt_vm *vm, mt_value it) {
  mt_iter *s = iter(vm, it);
  if (s->a == MT_NULL) return MT_STOP;
  mt_strview x = mt_str_obj_view(vm, s->a);
  if (s->i < 0 || s->i >= x.len) return exhausted(vm, it);
  size_t from = (size_t)s->i, to = from;
  mt_uni_next(x.p, &to);
  s->i = (int64_t)to;
  char tmp[4];
  memcpy(tmp, x.p + from, to - from);
  return mt_str_obj_new(vm, tmp, to - from);
}

static mt_value bytes_next(mt_vm *vm, mt_value it) {
  mt_iter *s = iter(vm, it);
  if (s->a == MT_NULL) return MT_STOP;
  if (s->i < 0 || s->i >= mt_bytes_len(vm, s->a)) return exhausted(vm, it);
  return mt_small(mt_bytes_data(vm, s->a)[s->i++]);
}

/* tuple, str and bytes backwards (reversed()). */
static mt_value reversed_next(mt_vm *vm, mt_value it) {
  mt_iter *s = iter(vm, it);
  mt_value seq = s->a;
  if (seq == MT_NULL) return MT_STOP;
  if (s->i < 0) return exhausted(vm, it);
  int64_t i = s->i--;
  if (mt_is_ref_type(seq, MT_T_TUPLE)) return i < mt_tuple_len(vm, seq) ? mt_tuple_items(vm, seq)[i] : exhausted(vm, it);
  if (mt_is_ref_type(seq, MT_T_BYTES)) return i < mt_bytes_len(vm, seq) ? mt_small(mt_bytes_data(vm, seq)[i]) : exhausted(vm, it);
  return i < mt_str_obj_view(vm, seq).cplen ? mt_str_obj_char(vm, seq, (uint32_t)i) : exhausted(vm, it);
}

/* Dict iterators check the size first, like CPython, and keep failing
** once it changed. */
static mt_value dict_next(mt_vm *vm, mt_value it, bool reverse) {
  mt_iter *s = iter(vm, it);
  mt_value d = s->a;
  if (d == MT_NULL) return MT_STOP;
  if (mt_dict_len(vm, d) != s->j) {
    s->j = -1;
    return mt_raise(vm, MT_T_RUNTIME_ERROR, "dictionary changed size during iteration");
  }
  mt_value kv = MT_OBJ(vm, mt_dict, d)->keys;
  mt_dkeys *k = kv == MT_NULL ? NULL : MT_OBJ(vm, mt_dkeys, kv);
  mt_dentry *e = k ? mt_dkeys_entries(k) : NULL;
  int64_t n = k ? k->nentries : 0;
  while (s->i >= 0 && s->i < n && e[s->i].key == MT_NULL) s->i += reverse ? -1 : 1;
  if (s->i < 0 || s->i >= n) return exhausted(vm, it);
  mt_dentry ent = e[s->i];
  s->i += reverse ? -1 : 1;
  switch (mt_ref_type(it)) {
  case MT_T_DICT_KEYITER:
  case MT_T_DICT_REVKEYITER: return ent.key;
  case MT_T_DICT_VALUEITER:
  case MT_T_DICT_REVVALUEITER: return ent.value;
  default: {
    mt_value kvs[2] = {ent.key, ent.value};
    return mt_tuple_from(vm, kvs, 2);
  }
  }
}

static mt_value set_next(mt_vm *vm, mt_value it) {
  mt_iter *s = iter(vm, it);
  mt_value set = s->a;
  if (set == MT_NULL) return MT_STOP;
  if (mt_set_len(vm, set) != s->j) {
    s->j = -1;
    return mt_raise(vm, MT_T_RUNTIME_ERROR, "Set changed size during iteration");
  }
  uint32_t pos = (uint32_t)s->i;
  mt_value key;
  if (!mt_set_next(vm, set, &pos, &key, NULL)) return exhausted(vm, it);
  iter(vm, it)->i = pos;
  return key;
}

static mt_value range_next(mt_vm *vm, mt_value it) {
  mt_iter *s = iter(vm, it);
  if (s->j <= 0) return MT_STOP;
  int64_t v = s->i;
  s->j--;
  int64_t step;
  mt_int_to_i64(vm, s->b, &step);
  if (s->j) s->i = (int64_t)((uint64_t)v + (uint64_t)step);
  return mt_int_from_i64(vm, v);
}

static mt_value longrange_next(mt_vm *vm, mt_value it) {
  mt_iter *s = iter(vm, it);
  if (mt_int_cmp(vm, s->c, mt_small(0)) <= 0) return MT_STOP;
  mt_value v = s->a;
  mt_value next = mt_int_add(vm, v, iter(vm, it)->b);
  mt_value left = next == MT_EXC ? MT_EXC : mt_int_sub(vm, iter(vm, it)->c, mt_small(1));
  if (left == MT_EXC) return MT_EXC;
  iter(vm, it)->a = next;
  iter(vm, it)->c = left;
  return v;
}

static mt_value enumerate_next(mt_vm *vm, mt_value it) {
  mt_value item = mt_iter_next(vm, iter(vm, it)->a);
  if (item == MT_STOP || item == MT_EXC) return item;
  mt_value pair[2] = {iter(vm, it)->b, item};
  mt_value count = mt_int_add(vm, pair[0], mt_small(1));
  if (count == MT_EXC) return MT_EXC;
  iter(vm, it)->b = count;
  return mt_tuple_from(vm, pair, 2);
}

/* CPython's zip_next, strict mode included. */
static mt_value zip_next(mt_vm *vm, mt_value it) {
  mt_value its = iter(vm, it)->a;
  uint32_t n = mt_tuple_len(vm, its), i;
  if (n == 0) return MT_STOP;
  mt_value result = mt_tuple_new(vm, n);
  if (result == MT_EXC) return MT_EXC;
  for (i = 0; i < n; i++) {
    mt_value item = mt_iter_next(vm, mt_tuple_items(vm, its)[i]);
    if (item == MT_EXC) return MT_EXC;
    if (item == MT_STOP) break;
    mt_tuple_items(vm, result)[i] = item;
  }
  if (i == n) return result;
  if (!iter(vm, it)->i) return MT_STOP;
  if (i) return mt_raise(vm, MT_T_VALUE_ERROR, "zip() argument %u is shorter than argument%s%u", i + 1,
                         i == 1 ? " " : "s 1-", i);
  for (i = 1; i < n; i++) {
    mt_value item = mt_iter_next(vm, mt_tuple_items(vm, its)[i]);
    if (item == MT_EXC) return MT_EXC;
    if (item != MT_STOP)
      return mt_raise(vm, MT_T_VALUE_ERROR, "zip() argument %u is longer than argument%s%u", i + 1,
                      i == 1 ? " " : "s 1-", i);
  }
  return MT_STOP;
}

static bool native_at(mt_vm *vm, mt_value v, int depth) {
  if (!mt_is_ref(v) || mt_type_layout(mt_ref_type(v)) != MT_L_ITER || depth > NATIVE_DEPTH) return false;
  switch (mt_ref_type(v)) {
  case MT_T_MAP:
  case MT_T_FILTER:
  case MT_T_GENERATOR:
  case MT_T_CALLABLE_ITER: return false;
  case MT_T_ENUMERATE: return native_at(vm, iter(vm, v)->a, depth + 1);
  case MT_T_ZIP: {
    mt_value its = iter(vm, v)->a;
    for (uint32_t i = 0; i < mt_tuple_len(vm, its); i++)
      if (!native_at(vm, mt_tuple_items(vm, its)[i], depth + 1)) return false;
    return true;
  }
  default: return true;
  }
}

bool mt_iter_is_native(mt_vm *vm, mt_value v) { return native_at(vm, v, 0); }

mt_value mt_iter_next(mt_vm *vm, mt_value it) {
  mt_assert(native_at(vm, it, 0));
  if (!native_at(vm, it, 0)) return mt_raise(vm, MT_T_SYSTEM_ERROR, "%T must be advanced by the VM", it);
  switch (mt_ref_type(it)) {
  case MT_T_LIST_ITER:
  case MT_T_TUPLE_ITER: return seq_next(vm, it, false);
  case MT_T_LIST_REVITER: return seq_next(vm, it, true);
  case MT_T_STR_ASCII_ITER:
  case MT_T_STR_ITER: return str_next(vm, it);
  case MT_T_BYTES_ITER: return bytes_next(vm, it);
  case MT_T_DICT_KEYITER:
  case MT_T_DICT_VALUEITER:
  case MT_T_DICT_ITEMITER: return dict_next(vm, it, false);
  case MT_T_DICT_REVKEYITER:
  case MT_T_DICT_REVVALUEITER:
  case MT_T_DICT_REVITEMITER: return dict_next(vm, it, true);
  case MT_T_SET_ITER: return set_next(vm, it);
  case MT_T_RANGE_ITER: return range_next(vm, it);
  case MT_T_LONGRANGE_ITER: return longrange_next(vm, it);
  case MT_T_REVERSED: return reversed_next(vm, it);
  case MT_T_ENUMERATE: return enumerate_next(vm, it);
  default: return zip_next(vm, it);
  }
}

mt_value mt_iter_enumerate(mt_vm *vm, mt_value it, mt_value start) {
  return make(vm, MT_T_ENUMERATE, it, start, MT_NULL, 0, 0);
}

mt_value mt_iter_zip(mt_vm *vm, mt_value iterators, bool strict) {
  return make(vm, MT_T_ZIP, iterators, MT_NULL, MT_NULL, strict, 0);
}

mt_value mt_iter_map(mt_vm *vm, mt_value func, mt_value iterators) {
  return make(vm, MT_T_MAP, func, iterators, MT_NULL, 0, 0);
}

mt_value mt_iter_filter(mt_vm *vm, mt_value func, mt_value it) {
  return make(vm, MT_T_FILTER, func, it, MT_NULL, 0, 0);
}

mt_value mt_iter_callable(mt_vm *vm, mt_value func, mt_value sentinel) {
  return make(vm, MT_T_CALLABLE_ITER, func, sentinel, MT_NULL, 0, 0);
}

mt_value mt_iter_dict_view(mt_vm *vm, mt_value d, uint32_t type) {
  uint32_t off = mt_heap_alloc(vm, type, sizeof(mt_view));
  if (!off) return MT_EXC;
  ((mt_view *)mt_ptr(vm, off))->dict = d;
  return mt_ref(type, off);
}
