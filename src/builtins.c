/*
** builtins.c: the builtin functions the VM itself depends on (print, len,
** repr, abs, ...). Each follows native.h's calling convention and checks
** its arguments with CPython 3.11's messages.
*/
#include <math.h>
#include <string.h>

#include "attr.h"
#include "compare.h"
#include "fmtval.h"
#include "gen.h"
#include "iter.h"

#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "native.h"
#include "ops.h"
#include "out.h"
#include "range.h"
#include "repr.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* ---- print ---- */

/* sep and end: None or a str ("sep must be None or a string, not int"). */
static int text_option(mt_vm *vm, const char *what, mt_value v, mt_value *out, mt_value dflt) {
  if (v == MT_NULL || v == MT_NONE) {
    *out = dflt;
    return 0;
  }
  if (!mt_is_str(v)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "%s must be None or a string, not %T", what, v);
    return -1;
  }
  *out = v;
  return 0;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False): the text
** goes to the captured output (out.h). */
mt_value mt_bi_print(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_sep, MT_N_end, MT_N_file, MT_N_flush};
  static const mt_argspec spec = {"print", names, 4, 0, 0, 0};
  mt_value opt[4], sep, end;
  if (mt_args_parse(vm, &spec, args + nargs, 0, kwnames, opt) ||
      text_option(vm, "sep", opt[0], &sep, mt_name(MT_N_c_20)) ||
      text_option(vm, "end", opt[1], &end, mt_name(MT_N_c_0A)))
    return MT_EXC;
  if (opt[2] != MT_NULL && opt[2] != MT_NONE)
    return mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "'%T' object has no attribute 'write'", opt[2]);
  for (uint32_t i = 0; i < nargs; i++) {
    mt_value s = mt_fmtval_str(vm, args[i]);
    if (s == MT_EXC || (i > 0 && mt_out_write_str(vm, sep)) || mt_out_write_str(vm, s)) return MT_EXC;
  }
  return mt_out_write_str(vm, end) ? MT_EXC : MT_NONE;
}

/* ---- len, repr, abs ---- */

mt_value mt_bi_len(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "len", nargs, kwnames)) return MT_EXC;
  int64_t n = mt_ops_len(vm, args[0]);
  return n < 0 ? MT_EXC : mt_int_from_i64(vm, n);
}

mt_value mt_bi_repr(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "repr", nargs, kwnames)) return MT_EXC;
  return mt_repr(vm, args[0]);
}

mt_value mt_bi_abs(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "abs", nargs, kwnames)) return MT_EXC;
  mt_value v = args[0];
  if (mt_is_float(v)) return mt_float(fabs(mt_as_float(v)));
  if (mt_is_small(v) || mt_is_bool(v) || mt_is_ref_type(v, MT_T_INT)) return mt_int_abs(vm, v);
  return mt_raise(vm, MT_T_TYPE_ERROR, "bad operand type for abs(): '%T'", v);
}

/* ---- list methods ---- */

mt_value mt_m_list_append(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "list.append", nargs - 1, kwnames)) return MT_EXC;
  return mt_list_append(vm, args[0], args[1]) ? MT_EXC : MT_NONE;
}

/* ---- isinstance ---- */

/* Is t (a type value, a union or a nested tuple of them) a class of v?
** 1, 0, or -1 with TypeError. */
static int instance_of(mt_vm *vm, uint32_t vt, mt_value t) {
  if (mt_is_type(t)) return mt_type_issubclass(vt, mt_type_of_value(t));
  if (mt_is_ref_type(t, MT_T_TUPLE) || mt_is_ref_type(t, MT_T_UNION_TYPE)) {
    uint32_t n = mt_tuple_len(vm, t);
    for (uint32_t k = 0; k < n; k++) {
      int r = instance_of(vm, vt, mt_tuple_items(vm, t)[k]);
      if (r) return r;
    }
    return 0;
  }
  mt_raise(vm, MT_T_TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

mt_value mt_bi_isinstance(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "isinstance", kwnames) || mt_args_count(vm, "isinstance", nargs, 2, 2)) return MT_EXC;
  int r = instance_of(vm, mt_obj_type(args[0]), args[1]);
  return r < 0 ? MT_EXC : mt_bool(r);
}

/* ---- iter, next ---- */

mt_value mt_bi_iter(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "iter", kwnames) || mt_args_count(vm, "iter", nargs, 1, 2)) return MT_EXC;
  if (nargs == 2) {
    mt_value f = args[0];
    bool callable = mt_is_native(f) || mt_is_type(f) || mt_is_ref_type(f, MT_T_FUNCTION) ||
                    mt_is_ref_type(f, MT_T_METHOD) || mt_is_ref_type(f, MT_T_BUILTIN_FN);
    if (!callable) return mt_raise(vm, MT_T_TYPE_ERROR, "iter(v, w): v must be callable");
    return mt_iter_callable(vm, f, args[1]);
  }
  return mt_iter_new(vm, args[0]);
}

/* next()'s result for item: an exhausted generator's StopIteration
** carries its return value. */
static mt_value next_result(mt_vm *vm, mt_value item, mt_value dflt, mt_value it) {
  if (item != MT_STOP) return item;
  return dflt != MT_NULL ? dflt : mt_gen_stop(vm, mt_gen_return_value(vm, it));
}

static bool is_iterator(mt_value v) { return mt_is_ref(v) && mt_type_layout(mt_ref_type(v)) == MT_L_ITER; }

/* next(iterator[, default]); iterators that run Python code go through
** the NEXT continuation (state: the default, or None with a flag; the
** iterator). */
mt_value mt_bi_next(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "next", kwnames) || mt_args_count(vm, "next", nargs, 1, 2)) return MT_EXC;
  mt_value it = args[0], dflt = nargs == 2 ? args[1] : MT_NULL;
  if (!is_iterator(it)) return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not an iterator", it);
  if (mt_iter_is_native(vm, it)) {
    mt_value v = mt_iter_next(vm, it);
    return v == MT_EXC ? MT_EXC : next_result(vm, v, dflt, it);
  }
  mt_value *st = mt_native_frame(vm, MT_CONT_NEXT, 3);
  if (!st) return MT_EXC;
  st[0] = mt_bool(dflt != MT_NULL);
  st[1] = dflt == MT_NULL ? MT_NONE : dflt;
  st[2] = it;
  return mt_native_next(vm, it);
}

mt_value mt_cont_next(mt_vm *vm, mt_value *st, mt_value result) {
  return next_result(vm, result, st[0] == MT_TRUE ? st[1] : MT_NULL, st[2]);
}

const char *mt_cont_next_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  if (nstate != 3 || !mt_is_bool(st[0]) || st[1] == MT_NULL || !is_iterator(st[2])) return "bad next() state";
  return NULL;
}

/* ---- getattr, hasattr ---- */

static int attr_name(mt_vm *vm, mt_value name) {
  if (mt_is_str(name)) return 0;
  mt_raise(vm, MT_T_TYPE_ERROR, "attribute name must be string, not '%T'", name);
  return -1;
}

/* A str name as the interned value attribute lookup compares with. */
static mt_value interned(mt_vm *vm, mt_value name) { return mt_str_obj_intern(vm, name); }

mt_value mt_bi_getattr(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "getattr", kwnames) || mt_args_count(vm, "getattr", nargs, 2, 3) ||
      attr_name(vm, args[1]))
    return MT_EXC;
  mt_value name = interned(vm, args[1]);
  if (name == MT_EXC) return MT_EXC;
  mt_value v = mt_attr_get(vm, args[0], name);
  if (v == MT_EXC && nargs == 3 && mt_exc_matches(vm, MT_T_ATTRIBUTE_ERROR)) {
    mt_exc_clear(vm);
    return args[2];
  }
  return v;
}

mt_value mt_bi_hasattr(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "hasattr", kwnames) || mt_args_count(vm, "hasattr", nargs, 2, 2) ||
      attr_name(vm, args[1]))
    return MT_EXC;
  mt_value name = interned(vm, args[1]);
  if (name == MT_EXC) return MT_EXC;
  mt_value v = mt_attr_get(vm, args[0], name);
  if (v != MT_EXC) return MT_TRUE;
  if (!mt_exc_matches(vm, MT_T_ATTRIBUTE_ERROR)) return MT_EXC;
  mt_exc_clear(vm);
  return MT_FALSE;
}

/* ---- sum ---- */

static const uint16_t sum_names[] = {MT_N_empty, MT_N_start};
static const mt_argspec sum_spec = {"sum", sum_names, 2, 1, 2, 1};

mt_value mt_bi_sum(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  mt_value a[2];
  if (nargs == 0 && mt_kw_count(vm, kwnames) < 2)
    return mt_raise(vm, MT_T_TYPE_ERROR, "sum() takes at least 1 positional argument (0 given)");
  if (mt_args_parse(vm, &sum_spec, args, nargs, kwnames, a)) return MT_EXC;
  mt_value acc = a[1] == MT_NULL ? mt_small(0) : a[1];
  if (mt_is_str(acc)) return mt_raise(vm, MT_T_TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
  if (mt_is_ref_type(acc, MT_T_BYTES))
    return mt_raise(vm, MT_T_TYPE_ERROR, "sum() can't sum bytes [use b''.join(seq) instead]");
  mt_value items = mt_native_items(vm, a[0]);
  if (items == MT_NULL) return mt_native_redo(vm, MT_NAT_BUILTINS_sum, args, nargs, kwnames, 0);
  if (items == MT_EXC) return MT_EXC;
  for (uint32_t k = 0; k < mt_list_len(vm, items); k++) {
    mt_value x = mt_list_items(vm, items)[k], r;
    if (mt_both_small(acc, x) && mt_small_add(acc, x, &r)) acc = r;
    else if (mt_is_float(acc) && mt_is_float(x)) acc = mt_float(mt_as_float(acc) + mt_as_float(x));
    else if ((acc = mt_ops_binary(vm, MT_BIN_ADD, acc, x, false)) == MT_EXC) return MT_EXC;
  }
  return acc;
}

/* ---- min, max ---- */

/* The keywords of min/max: key and default; CPython's messages. */
static int minmax_keywords(mt_vm *vm, const char *fname, const mt_value *args, uint32_t nargs, mt_value kwnames,
                           mt_value *key, mt_value *dflt) {
  uint32_t nkw = mt_kw_count(vm, kwnames);
  *key = MT_NONE;
  *dflt = MT_NULL;
  if (nkw > 2) {
    mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes at most 2 keyword arguments (%u given)", fname, nkw);
    return -1;
  }
  for (uint32_t k = 0; k < nkw; k++) {
    mt_value kw = mt_kw_name(vm, kwnames, k);
    if (mt_kw_is(vm, kw, MT_N_key)) *key = args[nargs + k];
    else if (mt_kw_is(vm, kw, MT_N_default)) *dflt = args[nargs + k];
    else {
      mt_raise(vm, MT_T_TYPE_ERROR, "'%S' is an invalid keyword argument for %s()", kw, fname);
      return -1;
    }
  }
  return 0;
}

/* Is b better than a: b < a for min, b > a for max? 1, 0, -1. */
static int better(mt_vm *vm, mt_value b, mt_value a, bool max) {
  if (mt_both_small(a, b)) return max ? mt_as_small(b) > mt_as_small(a) : mt_as_small(b) < mt_as_small(a);
  mt_value r = mt_cmp_rich(vm, b, a, max ? MT_CMP_GT : MT_CMP_LT);
  return r == MT_EXC ? -1 : r == MT_TRUE;
}

/* state of MINMAX_KEY: items, index of the item being keyed, key
** function, best item, its key, max flag, the item being keyed (kept: the
** key function may change the list, which is then read as CPython's
** iterator reads it). */
enum { MM_ITEMS, MM_INDEX, MM_KEY, MM_BEST, MM_BESTKEY, MM_MAX, MM_ITEM, MM_NSTATE };

static mt_value minmax(mt_vm *vm, bool max, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  const char *fname = max ? "max" : "min";
  mt_value key, dflt;
  if (nargs == 0) return mt_raise(vm, MT_T_TYPE_ERROR, "%s expected at least 1 argument, got 0", fname);
  if (minmax_keywords(vm, fname, args, nargs, kwnames, &key, &dflt)) return MT_EXC;
  if (nargs > 1 && dflt != MT_NULL)
    return mt_raise(vm, MT_T_TYPE_ERROR, "Cannot specify a default for %s() with multiple positional arguments",
                    fname);
  mt_value items;
  if (nargs > 1) items = mt_list_from(vm, args, nargs);
  else {
    items = mt_native_items(vm, args[0]);
    if (items == MT_NULL)
      return mt_native_redo(vm, max ? MT_NAT_BUILTINS_max : MT_NAT_BUILTINS_min, args, nargs, kwnames, 0);
  }
  if (items == MT_EXC) return MT_EXC;
  uint32_t n = mt_list_len(vm, items);
  if (n == 0) {
    if (dflt != MT_NULL) return dflt;
    return mt_raise(vm, MT_T_VALUE_ERROR, "%s() arg is an empty sequence", fname);
  }
  if (key == MT_NONE) {
    mt_value best = mt_list_items(vm, items)[0];
    for (uint32_t k = 1; k < n; k++) {
      mt_value x = mt_list_items(vm, items)[k];
      int r = better(vm, x, best, max);
      if (r < 0) return MT_EXC;
      if (r) best = x;
    }
    return best;
  }
  mt_value *st = mt_native_frame(vm, MT_CONT_MINMAX_KEY, MM_NSTATE);
  if (!st) return MT_EXC;
  st[MM_ITEMS] = items;
  st[MM_INDEX] = mt_small(0);
  st[MM_KEY] = key;
  st[MM_MAX] = mt_bool(max);
  st[MM_ITEM] = mt_list_items(vm, items)[0];
  return mt_native_call(vm, key, &st[MM_ITEM], 1);
}

mt_value mt_cont_minmax_key(mt_vm *vm, mt_value *st, mt_value result) {
  uint32_t k = (uint32_t)mt_as_small(st[MM_INDEX]);
  mt_value item = st[MM_ITEM];
  if (k == 0) {
    st[MM_BEST] = item;
    st[MM_BESTKEY] = result;
  } else {
    int r = better(vm, result, st[MM_BESTKEY], st[MM_MAX] == MT_TRUE);
    if (r < 0) return MT_EXC;
    if (r) {
      st[MM_BEST] = item;
      st[MM_BESTKEY] = result;
    }
  }
  if (++k >= mt_list_len(vm, st[MM_ITEMS])) return st[MM_BEST];
  st[MM_INDEX] = mt_small(k);
  st[MM_ITEM] = mt_list_items(vm, st[MM_ITEMS])[k];
  return mt_native_call(vm, st[MM_KEY], &st[MM_ITEM], 1);
}

/* The list is only read below its current length, so the index may be
** anything a list can hold. */
const char *mt_cont_minmax_key_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  if (nstate != MM_NSTATE || !mt_is_ref_type(st[MM_ITEMS], MT_T_LIST) || !mt_is_bool(st[MM_MAX]) ||
      !mt_native_check_index(st[MM_INDEX], UINT32_MAX - 1) || st[MM_ITEM] == MT_NULL)
    return "bad min()/max() state";
  if (st[MM_INDEX] != mt_small(0) && (st[MM_BEST] == MT_NULL || st[MM_BESTKEY] == MT_NULL))
    return "min()/max() state without its best item";
  return NULL;
}

mt_value mt_bi_min(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return minmax(vm, false, args, nargs, kwnames);
}

mt_value mt_bi_max(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return minmax(vm, true, args, nargs, kwnames);
}
