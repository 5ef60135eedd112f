/*
** dict_methods.c: the methods of dict as natives (native.h), dict.update's
** merging for other callers, and the set operators of the keys and items
** views, with CPython 3.11's semantics and messages.
*/
#include "dict_methods.h"

#include "compare.h"
#include "dict.h"
#include "exc.h"
#include "hash.h"
#include "iter.h"
#include "iterate.h"
#include "native.h"
#include "ops.h"
#include "set.h"
#include "tuple.h"

/* ---- views, get, setdefault, pop, popitem, clear, copy ---- */

static mt_value view(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                     const char *qname, uint32_t type) {
  if (mt_args_none(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  return mt_iter_dict_view(vm, args[0], type);
}

mt_value mt_m_dict_keys(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return view(vm, args, nargs, kwnames, "dict.keys", MT_T_DICT_KEYS);
}

mt_value mt_m_dict_values(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return view(vm, args, nargs, kwnames, "dict.values", MT_T_DICT_VALUES);
}

mt_value mt_m_dict_items(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return view(vm, args, nargs, kwnames, "dict.items", MT_T_DICT_ITEMS);
}

mt_value mt_m_dict_get(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "dict.get", kwnames) || mt_args_count(vm, "get", nargs - 1, 1, 2)) return MT_EXC;
  mt_value v = mt_dict_get(vm, args[0], args[1]);
  if (v != MT_NULL) return v;
  return nargs > 2 ? args[2] : MT_NONE;
}

mt_value mt_m_dict_setdefault(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "dict.setdefault", kwnames) || mt_args_count(vm, "setdefault", nargs - 1, 1, 2))
    return MT_EXC;
  int64_t hash;
  if (mt_hash_value(vm, args[1], &hash)) return MT_EXC;
  mt_value v = mt_dict_get_hashed(vm, args[0], args[1], hash);
  if (v != MT_NULL) return v;
  v = nargs > 2 ? args[2] : MT_NONE;
  return mt_dict_set_hashed(vm, args[0], args[1], hash, v) ? MT_EXC : v;
}

mt_value mt_m_dict_pop(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "dict.pop", kwnames) || mt_args_count(vm, "pop", nargs - 1, 1, 2)) return MT_EXC;
  mt_value v = mt_dict_pop(vm, args[0], args[1]);
  if (v != MT_NULL) return v;
  return nargs > 2 ? args[2] : mt_raise_key_error(vm, args[1]);
}

mt_value mt_m_dict_popitem(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "dict.popitem", nargs - 1, kwnames)) return MT_EXC;
  return mt_dict_popitem(vm, args[0]);
}

mt_value mt_m_dict_clear(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "dict.clear", nargs - 1, kwnames)) return MT_EXC;
  mt_dict_clear(vm, args[0]);
  return MT_NONE;
}

mt_value mt_m_dict_copy(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "dict.copy", nargs - 1, kwnames)) return MT_EXC;
  return mt_dict_copy(vm, args[0]);
}

/* ---- update, fromkeys ---- */

/* d[k] = v for each pair of an iterable of pairs (PyDict_MergeFromSeq2),
** with CPython's messages for elements that are not pairs. */
static int update_pairs(mt_vm *vm, mt_value d, mt_value seq) {
  uint32_t n;
  mt_iterate_items(vm, seq, &n);
  for (uint32_t i = 0; i < n; i++) {
    mt_value item = mt_iterate_items(vm, seq, &n)[i], pair;
    if (!mt_iterate_is_iterable(vm, item)) {
      mt_raise(vm, MT_T_TYPE_ERROR, "cannot convert dictionary update sequence element #%u to a sequence", i);
      return -1;
    }
    if ((pair = mt_iterate_list(vm, item)) == MT_NULL) mt_iterate_vm_only(vm, item);
    if (pair == MT_EXC || pair == MT_NULL) return -1;
    uint32_t len;
    const mt_value *kv = mt_iterate_items(vm, pair, &len);
    if (len != 2) {
      mt_raise(vm, MT_T_VALUE_ERROR, "dictionary update sequence element #%u has length %u; 2 is required", i, len);
      return -1;
    }
    if (mt_dict_set(vm, d, kv[0], kv[1])) return -1;
  }
  return 0;
}

int mt_dictm_update(mt_vm *vm, mt_value d, mt_value other) {
  if (mt_is_ref_type(other, MT_T_DICT)) return mt_dict_merge(vm, d, other);
  mt_value seq = mt_iterate_list(vm, other);
  if (seq == MT_NULL) mt_iterate_vm_only(vm, other);
  return seq == MT_EXC || seq == MT_NULL ? -1 : update_pairs(vm, d, seq);
}

int mt_dictm_update_kw(mt_vm *vm, mt_value d, const mt_value *kwvals, mt_value kwnames) {
  uint32_t nkw = mt_kw_count(vm, kwnames);
  for (uint32_t k = 0; k < nkw; k++)
    if (mt_dict_set(vm, d, mt_kw_name(vm, kwnames, k), kwvals[k])) return -1;
  return 0;
}

/* d.update([other], **kwargs) */
mt_value mt_m_dict_update(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_count(vm, "update", nargs - 1, 0, 1)) return MT_EXC;
  if (nargs > 1 && mt_iterate_needs_vm(vm, args[1]))
    return mt_native_redo(vm, MT_NAT_DICT_update, args, nargs, kwnames, 1);
  if (nargs > 1 && mt_dictm_update(vm, args[0], args[1])) return MT_EXC;
  return mt_dictm_update_kw(vm, args[0], args + nargs, kwnames) ? MT_EXC : MT_NONE;
}

/* dict.fromkeys(iterable, value=None, /): a class method (args[0] is the
** class). */
mt_value mt_m_dict_fromkeys(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "dict.fromkeys", kwnames) || mt_args_count(vm, "fromkeys", nargs - 1, 1, 2))
    return MT_EXC;
  mt_value value = nargs > 2 ? args[2] : MT_NONE, src = args[1];
  mt_value d = mt_dict_new(vm);
  if (d == MT_EXC) return MT_EXC;
  mt_value key;
  if (mt_is_ref_type(src, MT_T_DICT)) {
    for (uint32_t pos = 0; mt_dict_next(vm, src, &pos, &key, NULL);)
      if (mt_dict_set(vm, d, key, value)) return MT_EXC;
    return d;
  }
  if (mt_is_ref_type(src, MT_T_SET) || mt_is_ref_type(src, MT_T_FROZENSET)) {
    int64_t hash;
    for (uint32_t pos = 0; mt_set_next(vm, src, &pos, &key, &hash);)
      if (mt_dict_set_hashed(vm, d, key, hash, value)) return MT_EXC;
    return d;
  }
  mt_value seq = mt_iterate_list(vm, src);
  if (seq == MT_NULL) return mt_native_redo(vm, MT_NAT_DICT_fromkeys, args, nargs, kwnames, 1);
  if (seq == MT_EXC) return MT_EXC;
  uint32_t n;
  for (uint32_t i = 0; mt_iterate_items(vm, seq, &n), i < n; i++)
    if (mt_dict_set(vm, d, mt_iterate_items(vm, seq, &n)[i], value)) return MT_EXC;
  return d;
}

/* ---- set operators of keys and items views ---- */

static bool is_setview(mt_value v) {
  return mt_is_ref_type(v, MT_T_DICT_KEYS) || mt_is_ref_type(v, MT_T_DICT_ITEMS);
}

static mt_value view_dict(mt_vm *vm, mt_value v) { return MT_OBJ(vm, mt_view, v)->dict; }

/* An operand for set.h: sets and dicts as they are, the keys of a keys
** view as its dict, other iterables drained. */
static mt_value set_operand(mt_vm *vm, mt_value v) {
  if (mt_is_ref_type(v, MT_T_DICT_KEYS)) return view_dict(vm, v);
  if (mt_is_ref_type(v, MT_T_SET) || mt_is_ref_type(v, MT_T_FROZENSET) || mt_is_ref_type(v, MT_T_DICT))
    return v;
  mt_value seq = mt_iterate_list(vm, v);
  return seq == MT_NULL ? mt_iterate_vm_only(vm, v) : seq;
}

/* set(v) (dictviews_to_set). */
static mt_value to_set(mt_vm *vm, mt_value v) {
  mt_value o = set_operand(vm, v);
  mt_value s = o == MT_EXC ? MT_EXC : mt_set_new(vm, false);
  return s == MT_EXC || mt_set_update(vm, s, o) ? MT_EXC : s;
}

/* x in view: for items, a pair whose key maps to an equal value. */
static int view_contains(mt_vm *vm, mt_value view, mt_value x) {
  mt_value d = view_dict(vm, view);
  if (mt_is_ref_type(view, MT_T_DICT_KEYS)) {
    mt_value v = mt_dict_get(vm, d, x);
    return v == MT_EXC ? -1 : v != MT_NULL;
  }
  if (!mt_is_ref_type(x, MT_T_TUPLE) || mt_tuple_len(vm, x) != 2) return 0;
  mt_value v = mt_dict_get(vm, d, mt_tuple_items(vm, x)[0]);
  if (v == MT_EXC) return -1;
  return v == MT_NULL ? 0 : mt_cmp_same(vm, v, mt_tuple_items(vm, x)[1]);
}

/* view & other (_PyDictView_Intersect): iterate the smaller side. */
static mt_value view_and(mt_vm *vm, mt_value self, mt_value other) {
  if (!is_setview(self)) {
    mt_value t = self;
    self = other;
    other = t;
  }
  uint32_t len = mt_dict_len(vm, view_dict(vm, self));
  if (mt_is_ref_type(other, MT_T_SET) && len <= mt_set_len(vm, other)) {
    mt_value o = set_operand(vm, self);
    return o == MT_EXC ? MT_EXC : mt_set_intersection(vm, other, o);
  }
  if (is_setview(other) && mt_dict_len(vm, view_dict(vm, other)) > len) {
    mt_value t = self;
    self = other;
    other = t;
  }
  mt_value result = mt_set_new(vm, false);
  mt_value it = result == MT_EXC ? MT_EXC : mt_iterate_open(vm, other);
  if (it == MT_EXC) return MT_EXC;
  for (;;) {
    mt_value x = mt_iterate_next(vm, it);
    if (x == MT_STOP) return result;
    if (x == MT_EXC) return MT_EXC;
    int in = view_contains(vm, self, x);
    if (in < 0 || (in && mt_set_add(vm, result, x))) return MT_EXC;
  }
}

/* items ^ items (dictitems_xor): pairs of the second not matched in the
** first, then the first's unmatched pairs. */
static mt_value items_xor(mt_vm *vm, mt_value a, mt_value b) {
  mt_value left = mt_dict_copy(vm, view_dict(vm, a));
  mt_value result = left == MT_EXC ? MT_EXC : mt_set_new(vm, false);
  if (result == MT_EXC) return MT_EXC;
  mt_value key, val2, d2 = view_dict(vm, b);
  for (uint32_t pos = 0; mt_dict_next(vm, d2, &pos, &key, &val2);) {
    mt_value val1 = mt_dict_get(vm, left, key);
    if (val1 == MT_EXC) return MT_EXC;
    int same = val1 == MT_NULL ? 0 : mt_cmp_same(vm, val1, val2);
    if (same < 0) return MT_EXC;
    if (same) {
      if (mt_dict_pop(vm, left, key) == MT_EXC) return MT_EXC;
      continue;
    }
    mt_value kv[2] = {key, val2};
    mt_value pair = mt_tuple_from(vm, kv, 2);
    if (pair == MT_EXC || mt_set_add(vm, result, pair)) return MT_EXC;
  }
  mt_value rest = mt_iter_dict_view(vm, left, MT_T_DICT_ITEMS);
  mt_value o = rest == MT_EXC ? MT_EXC : set_operand(vm, rest);
  return o == MT_EXC || mt_set_update(vm, result, o) ? MT_EXC : result;
}

mt_value mt_dictm_view_binop(mt_vm *vm, char op, mt_value a, mt_value b) {
  if (!is_setview(a) && !is_setview(b)) return MT_NOTIMPL;
  if (op == '&') return view_and(vm, a, b);
  if (op == '^' && mt_is_ref_type(a, MT_T_DICT_ITEMS) && mt_is_ref_type(b, MT_T_DICT_ITEMS))
    return items_xor(vm, a, b);
  mt_value r = to_set(vm, a);
  mt_value o = r == MT_EXC ? MT_EXC : set_operand(vm, b);
  if (o == MT_EXC) return MT_EXC;
  int rc = op == '|'   ? mt_set_update(vm, r, o)
           : op == '-' ? mt_set_difference_update(vm, r, o)
                       : mt_set_symmetric_difference_update(vm, r, o);
  return rc ? MT_EXC : r;
}

/* view.isdisjoint(other) for keys and items views: no item of the
** iterable other is in the view (dictviews_isdisjoint). */
static mt_value view_isdisjoint(mt_vm *vm, uint32_t id, const char *qname, const mt_value *args, uint32_t nargs,
                                mt_value kwnames) {
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  mt_value items = mt_native_items(vm, args[1]);
  if (items == MT_NULL) return mt_native_redo(vm, id, args, nargs, kwnames, 1);
  if (items == MT_EXC) return MT_EXC;
  uint32_t n, m;
  mt_iterate_items(vm, items, &n);
  for (uint32_t i = 0; i < n; i++) {
    int in = mt_ops_contains(vm, args[0], mt_iterate_items(vm, items, &m)[i]);
    if (in) return in < 0 ? MT_EXC : MT_FALSE;
  }
  return MT_TRUE;
}

mt_value mt_m_dict_keys_isdisjoint(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return view_isdisjoint(vm, MT_NAT_DICT_KEYS_isdisjoint, "isdisjoint", args, nargs, kwnames);
}

mt_value mt_m_dict_items_isdisjoint(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return view_isdisjoint(vm, MT_NAT_DICT_ITEMS_isdisjoint, "isdisjoint", args, nargs, kwnames);
}
