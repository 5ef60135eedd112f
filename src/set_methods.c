/*
** set_methods.c: the methods of set and frozenset as natives (native.h),
** over set.h's CPython-ordered tables, with CPython 3.11's argument
** handling and messages. Methods both types have share one
** implementation; the natives differ only in the name messages use.
*/
#include "dict.h"
#include "exc.h"
#include "iterate.h"
#include "native.h"
#include "set.h"

static bool is_anyset(mt_value v) {
  return mt_is_ref_type(v, MT_T_SET) || mt_is_ref_type(v, MT_T_FROZENSET);
}

/* An "other" operand as set.h takes it: a set, frozenset or dict as it
** is, any other iterable drained into a list or tuple. Natives first
** hand iterables that need the VM back to it (handback). */
static mt_value operand(mt_vm *vm, mt_value v) {
  if (is_anyset(v) || mt_is_ref_type(v, MT_T_DICT)) return v;
  mt_value seq = mt_iterate_list(vm, v);
  return seq == MT_NULL ? mt_iterate_vm_only(vm, v) : seq;
}

/* Before anything changes: when an argument can only be iterated by the
** VM, have it drained and this native called again with a list in its
** place. True when that was asked for (*out: what the native returns). */
static bool handback(mt_vm *vm, uint32_t id, const mt_value *args, uint32_t nargs, mt_value kwnames,
                     mt_value *out) {
  for (uint32_t i = 1; i < nargs; i++)
    if (mt_iterate_needs_vm(vm, args[i])) {
      *out = mt_native_redo(vm, id, args, nargs, kwnames, i);
      return true;
    }
  return false;
}

#define HANDBACK(id)                                    \
  do {                                                  \
    mt_value hb;                                        \
    if (handback(vm, id, args, nargs, kwnames, &hb)) return hb; \
  } while (0)

/* A set as a key: CPython looks an unhashable set up again as the
** frozenset of its items (so {frozenset([1])}.remove({1}) works). */
static int retry_as_frozenset(mt_vm *vm, mt_value key, mt_value *out) {
  if (!mt_is_ref_type(key, MT_T_SET) || !mt_exc_matches(vm, MT_T_TYPE_ERROR)) return -1;
  mt_exc_clear(vm);
  *out = mt_set_copy(vm, key, true);
  return *out == MT_EXC ? -1 : 0;
}

static int discard_key(mt_vm *vm, mt_value s, mt_value key) {
  int r = mt_set_discard(vm, s, key);
  if (r >= 0 || retry_as_frozenset(vm, key, &key)) return r;
  return mt_set_discard(vm, s, key);
}

/* Natives of both types over one implementation. */
#define SET_NATIVE(TYPE, type, name, impl)                                                          \
  mt_value mt_m_##type##_##name(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) { \
    HANDBACK(MT_NAT_##TYPE##_##name);                                                               \
    return impl(vm, args, nargs, kwnames, #type "." #name);                                         \
  }
#define BOTH(name, impl) SET_NATIVE(SET, set, name, impl) SET_NATIVE(FROZENSET, frozenset, name, impl)

/* ---- set only: add, remove, discard, pop, clear ---- */

mt_value mt_m_set_add(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "set.add", nargs - 1, kwnames)) return MT_EXC;
  return mt_set_add(vm, args[0], args[1]) ? MT_EXC : MT_NONE;
}

mt_value mt_m_set_remove(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "set.remove", nargs - 1, kwnames)) return MT_EXC;
  int r = discard_key(vm, args[0], args[1]);
  if (r < 0) return MT_EXC;
  return r ? MT_NONE : mt_raise_key_error(vm, args[1]);
}

mt_value mt_m_set_discard(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "set.discard", nargs - 1, kwnames)) return MT_EXC;
  return discard_key(vm, args[0], args[1]) < 0 ? MT_EXC : MT_NONE;
}

mt_value mt_m_set_pop(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "set.pop", nargs - 1, kwnames)) return MT_EXC;
  return mt_set_pop(vm, args[0]);
}

mt_value mt_m_set_clear(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "set.clear", nargs - 1, kwnames)) return MT_EXC;
  mt_set_clear(vm, args[0]);
  return MT_NONE;
}

/* ---- copy ---- */

static mt_value copy(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames, const char *qname) {
  if (mt_args_none(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  if (mt_is_ref_type(args[0], MT_T_FROZENSET)) return args[0];
  return mt_set_copy(vm, args[0], false);
}

BOTH(copy, copy)

/* ---- with any number of others ---- */

/* s.union(*others): a copy of s updated with each. */
static mt_value union_(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames, const char *qname) {
  if (mt_args_no_kw(vm, qname, kwnames)) return MT_EXC;
  mt_value r = mt_set_copy(vm, args[0], mt_is_ref_type(args[0], MT_T_FROZENSET));
  for (uint32_t i = 1; i < nargs && r != MT_EXC; i++) {
    mt_value o = operand(vm, args[i]);
    if (o == MT_EXC || mt_set_update(vm, r, o)) return MT_EXC;
  }
  return r;
}

/* s.intersection(*others): CPython's set_intersection_multi. */
static mt_value intersection(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                             const char *qname) {
  if (mt_args_no_kw(vm, qname, kwnames)) return MT_EXC;
  if (nargs == 1) return mt_set_copy(vm, args[0], mt_is_ref_type(args[0], MT_T_FROZENSET));
  mt_value r = args[0];
  for (uint32_t i = 1; i < nargs && r != MT_EXC; i++) {
    mt_value o = operand(vm, args[i]);
    r = o == MT_EXC ? MT_EXC : mt_set_intersection(vm, r, o);
  }
  return r;
}

/* s.difference(*others): the first difference, then the others removed
** in place. */
static mt_value difference(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                           const char *qname) {
  if (mt_args_no_kw(vm, qname, kwnames)) return MT_EXC;
  if (nargs == 1) return mt_set_copy(vm, args[0], mt_is_ref_type(args[0], MT_T_FROZENSET));
  mt_value o = operand(vm, args[1]);
  mt_value r = o == MT_EXC ? MT_EXC : mt_set_difference(vm, args[0], o);
  for (uint32_t i = 2; i < nargs && r != MT_EXC; i++) {
    o = operand(vm, args[i]);
    if (o == MT_EXC || mt_set_difference_update(vm, r, o)) return MT_EXC;
  }
  return r;
}

BOTH(union, union_)
BOTH(intersection, intersection)
BOTH(difference, difference)

mt_value mt_m_set_update(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  HANDBACK(MT_NAT_SET_update);
  if (mt_args_no_kw(vm, "set.update", kwnames)) return MT_EXC;
  for (uint32_t i = 1; i < nargs; i++) {
    mt_value o = operand(vm, args[i]);
    if (o == MT_EXC || mt_set_update(vm, args[0], o)) return MT_EXC;
  }
  return MT_NONE;
}

mt_value mt_m_set_intersection_update(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  HANDBACK(MT_NAT_SET_intersection_update);
  mt_value r = intersection(vm, args, nargs, kwnames, "set.intersection_update");
  if (r == MT_EXC) return MT_EXC;
  mt_set_swap_bodies(vm, args[0], r);
  return MT_NONE;
}

mt_value mt_m_set_difference_update(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  HANDBACK(MT_NAT_SET_difference_update);
  if (mt_args_no_kw(vm, "set.difference_update", kwnames)) return MT_EXC;
  for (uint32_t i = 1; i < nargs; i++) {
    mt_value o = operand(vm, args[i]);
    if (o == MT_EXC || mt_set_difference_update(vm, args[0], o)) return MT_EXC;
  }
  return MT_NONE;
}

/* ---- with one other ---- */

static mt_value symmetric_difference(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                                     const char *qname) {
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  mt_value o = operand(vm, args[1]);
  return o == MT_EXC ? MT_EXC : mt_set_symmetric_difference(vm, args[0], o);
}

BOTH(symmetric_difference, symmetric_difference)

mt_value mt_m_set_symmetric_difference_update(mt_vm *vm, const mt_value *args, uint32_t nargs,
                                              mt_value kwnames) {
  HANDBACK(MT_NAT_SET_symmetric_difference_update);
  if (mt_args_one(vm, "set.symmetric_difference_update", nargs - 1, kwnames)) return MT_EXC;
  mt_value o = operand(vm, args[1]);
  return o == MT_EXC || mt_set_symmetric_difference_update(vm, args[0], o) ? MT_EXC : MT_NONE;
}

/* An iterable other as a set (CPython makes a temporary one). */
static mt_value as_set(mt_vm *vm, mt_value v) {
  if (is_anyset(v)) return v;
  mt_value o = operand(vm, v);
  if (o == MT_EXC) return MT_EXC;
  mt_value s = mt_set_new(vm, false);
  return s == MT_EXC || mt_set_update(vm, s, o) ? MT_EXC : s;
}

static mt_value issubset(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames, const char *qname) {
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  mt_value o = as_set(vm, args[1]);
  int r = o == MT_EXC ? -1 : mt_set_issubset(vm, args[0], o);
  return r < 0 ? MT_EXC : mt_bool(r);
}

/* s.issuperset(other): every item of other in s. */
static mt_value issuperset(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                           const char *qname) {
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  if (is_anyset(args[1])) {
    int r = mt_set_issubset(vm, args[1], args[0]);
    return r < 0 ? MT_EXC : mt_bool(r);
  }
  mt_value o = operand(vm, args[1]);
  if (o == MT_EXC) return MT_EXC;
  uint32_t pos = 0, n;
  mt_value key;
  for (uint32_t i = 0;; i++) {
    if (mt_is_ref_type(o, MT_T_DICT)) {
      if (!mt_dict_next(vm, o, &pos, &key, NULL)) return MT_TRUE;
    } else {
      const mt_value *items = mt_iterate_items(vm, o, &n);
      if (i >= n) return MT_TRUE;
      key = items[i];
    }
    int in = mt_set_contains(vm, args[0], key);
    if (in <= 0) return in < 0 ? MT_EXC : MT_FALSE;
  }
}

/* s.isdisjoint(other): no item of the smaller in the larger. */
static mt_value isdisjoint(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                           const char *qname) {
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  mt_value s = args[0], o = args[1];
  if (o == s) return mt_bool(mt_set_len(vm, s) == 0);
  if (is_anyset(o) && mt_set_len(vm, o) > mt_set_len(vm, s)) {
    mt_value t = s;
    s = o;
    o = t;
  }
  o = operand(vm, o);
  if (o == MT_EXC) return MT_EXC;
  uint32_t pos = 0, n;
  mt_value key;
  for (uint32_t i = 0;; i++) {
    if (is_anyset(o)) {
      if (!mt_set_next(vm, o, &pos, &key, NULL)) return MT_TRUE;
    } else if (mt_is_ref_type(o, MT_T_DICT)) {
      if (!mt_dict_next(vm, o, &pos, &key, NULL)) return MT_TRUE;
    } else {
      const mt_value *items = mt_iterate_items(vm, o, &n);
      if (i >= n) return MT_TRUE;
      key = items[i];
    }
    int in = mt_set_contains(vm, s, key);
    if (in) return in < 0 ? MT_EXC : MT_FALSE;
  }
}

BOTH(issubset, issubset)
BOTH(issuperset, issuperset)
BOTH(isdisjoint, isdisjoint)
