/*
** list_methods.c: the methods of list and tuple, and sorted(), as natives
** (native.h) with CPython 3.11's argument handling and messages.
** list.append is builtins.c's.
*/
#include "callback.h"
#include "compare.h"
#include "exc.h"
#include "int.h"
#include "iterate.h"
#include "list.h"
#include "native.h"
#include "sort.h"
#include "tuple.h"

/* ---- extend, insert, remove, pop, clear, reverse, copy ---- */

mt_value mt_m_list_extend(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "list.extend", nargs - 1, kwnames)) return MT_EXC;
  mt_value items = mt_iterate_list(vm, args[1]);
  if (items == MT_NULL) return mt_native_redo(vm, MT_NAT_LIST_extend, args, nargs, kwnames, 1);
  return items == MT_EXC || mt_list_extend(vm, args[0], items) ? MT_EXC : MT_NONE;
}

mt_value mt_m_list_insert(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  int64_t i;
  if (mt_args_no_kw(vm, "list.insert", kwnames) || mt_args_count(vm, "insert", nargs - 1, 2, 2) ||
      mt_arg_index(vm, args[1], &i))
    return MT_EXC;
  return mt_list_insert(vm, args[0], i, args[2]) ? MT_EXC : MT_NONE;
}

mt_value mt_m_list_remove(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "list.remove", nargs - 1, kwnames)) return MT_EXC;
  return mt_list_remove(vm, args[0], args[1]) ? MT_EXC : MT_NONE;
}

mt_value mt_m_list_pop(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  int64_t i = -1;
  if (mt_args_no_kw(vm, "list.pop", kwnames) || mt_args_count(vm, "pop", nargs - 1, 0, 1) ||
      (nargs > 1 && mt_arg_index(vm, args[1], &i)))
    return MT_EXC;
  return mt_list_pop(vm, args[0], i);
}

mt_value mt_m_list_clear(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "list.clear", nargs - 1, kwnames)) return MT_EXC;
  mt_list_clear(vm, args[0]);
  return MT_NONE;
}

mt_value mt_m_list_reverse(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "list.reverse", nargs - 1, kwnames)) return MT_EXC;
  mt_list_reverse(vm, args[0]);
  return MT_NONE;
}

mt_value mt_m_list_copy(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "list.copy", nargs - 1, kwnames)) return MT_EXC;
  mt_value r = mt_list_new(vm, mt_list_len(vm, args[0]));
  return r == MT_EXC || mt_list_extend(vm, r, args[0]) ? MT_EXC : r;
}

/* ---- index, count (list and tuple) ---- */

/* A start/stop argument of index(): an int (None refused), clamped to
** [0, len] after adding len to a negative one. */
static int bound_arg(mt_vm *vm, mt_value v, uint32_t len, int64_t *out) {
  if (!mt_int_is(v)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "slice indices must be integers or have an __index__ method");
    return -1;
  }
  if (mt_arg_slice_index(vm, v, out)) return -1;
  if (*out < 0 && (*out += len) < 0) *out = 0;
  if (*out > len) *out = len;
  return 0;
}

/* seq.index(value, start=0, stop=sys.maxsize, /) */
static mt_value seq_index(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                          const char *qname) {
  uint32_t n;
  int64_t start = 0, stop;
  mt_iterate_items(vm, args[0], &n);
  stop = n;
  if (mt_args_no_kw(vm, qname, kwnames) || mt_args_count(vm, "index", nargs - 1, 1, 3) ||
      (nargs > 2 && bound_arg(vm, args[2], n, &start)) || (nargs > 3 && bound_arg(vm, args[3], n, &stop)))
    return MT_EXC;
  for (int64_t i = start; i < stop; i++) {
    const mt_value *items = mt_iterate_items(vm, args[0], &n);
    if (i >= n) break;
    int eq = mt_cmp_same(vm, items[i], args[1]);
    if (eq < 0) return MT_EXC;
    if (eq) return mt_int_from_i64(vm, i);
  }
  if (mt_is_ref_type(args[0], MT_T_TUPLE))
    return mt_raise(vm, MT_T_VALUE_ERROR, "tuple.index(x): x not in tuple");
  return mt_raise(vm, MT_T_VALUE_ERROR, "%R is not in list", args[1]);
}

static mt_value seq_count(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                          const char *qname) {
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  int64_t count = 0;
  uint32_t n;
  mt_iterate_items(vm, args[0], &n);
  for (uint32_t i = 0; i < n; i++) {
    const mt_value *items = mt_iterate_items(vm, args[0], &n);
    if (i >= n) break;
    int eq = mt_cmp_same(vm, items[i], args[1]);
    if (eq < 0) return MT_EXC;
    count += eq;
  }
  return mt_int_from_i64(vm, count);
}

mt_value mt_m_list_index(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return seq_index(vm, args, nargs, kwnames, "list.index");
}

mt_value mt_m_list_count(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return seq_count(vm, args, nargs, kwnames, "list.count");
}

mt_value mt_m_tuple_index(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return seq_index(vm, args, nargs, kwnames, "tuple.index");
}

mt_value mt_m_tuple_count(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return seq_count(vm, args, nargs, kwnames, "tuple.count");
}

/* ---- sort, sorted ---- */

/* The keyword arguments of list.sort(*, key=None, reverse=False), and of
** sorted(), which passes them on to it. */
static int sort_args(mt_vm *vm, const mt_value *kwvals, uint32_t npos, mt_value kwnames,
                     mt_value *key, int32_t *reverse) {
  static const uint16_t names[] = {MT_N_key, MT_N_reverse};
  static const mt_argspec spec = {"sort", names, 2, 0, 0, 0};
  mt_value a[2];
  *reverse = 0;
  if (mt_args_parse(vm, &spec, kwvals, npos, kwnames, a)) return -1;
  *key = a[0] == MT_NULL ? MT_NONE : a[0];
  return a[1] != MT_NULL ? mt_arg_int(vm, a[1], reverse) : 0;
}

/* A sort in progress, in a native frame's state when the key function
** is Python code: the list, its length when the keys started (to detect
** changes), a copy of its items (when there is a key function), the keys
** so far (a list), the key function, reverse, and what the native
** returns (None for list.sort, the list for sorted). */
enum { SK_LIST, SK_LEN, SK_SAVED, SK_KEYS, SK_KEY, SK_REVERSE, SK_RESULT, SK_NSTATE };

/* Sort the items of the list by themselves or by the keys (a list), as
** list.sort does it. A list that changed while its keys were computed
** gets its saved items back, sorted, and the sort fails with ValueError
** (CPython hides the list during the sort and restores it the same way);
** while the items are sorted no Python code runs. */
static mt_value sort_finish(mt_vm *vm, const mt_value *st) {
  mt_value l = st[SK_LIST];
  mt_list *lo = MT_OBJ(vm, mt_list, l);
  bool modified = lo->len != (uint32_t)mt_as_small(st[SK_LEN]);
  if (modified) {
    mt_list_clear(vm, l);
    if (mt_list_extend(vm, l, st[SK_SAVED])) return MT_EXC;
  }
  uint32_t n = mt_list_len(vm, l);
  if (n >= 2) {
    mt_value *items = mt_list_items(vm, l);
    bool rev = st[SK_REVERSE] == MT_TRUE;
    int rc = st[SK_KEYS] == MT_NONE ? mt_sort(vm, items, NULL, n, rev)
                                    : mt_sort(vm, mt_list_items(vm, st[SK_KEYS]), items, n, rev);
    if (rc) return MT_EXC;
  }
  if (modified) return mt_raise(vm, MT_T_VALUE_ERROR, "list modified during sort");
  return st[SK_RESULT];
}

/* Compute the keys from the next one on, calling native key functions
** directly; the first call that needs the VM opens the native frame (if
** st is not one yet) and hands the call over. */
static mt_value sort_keys(mt_vm *vm, mt_value *st, bool in_frame) {
  for (;;) {
    uint32_t k = mt_list_len(vm, st[SK_KEYS]), n = mt_list_len(vm, st[SK_SAVED]);
    if (k >= n) return sort_finish(vm, st);
    mt_value *arg = mt_list_items(vm, st[SK_SAVED]) + k;
    mt_value r = mt_cb_call_native(vm, st[SK_KEY], arg, 1);
    if (r == MT_EXC) return MT_EXC;
    if (r == MT_NULL) {
      if (!in_frame) {
        mt_value *fs = mt_native_frame(vm, MT_CONT_SORT_KEY, SK_NSTATE);
        if (!fs) return MT_EXC;
        for (int i = 0; i < SK_NSTATE; i++) fs[i] = st[i];
        st = fs;
      }
      return mt_native_call(vm, st[SK_KEY], mt_list_items(vm, st[SK_SAVED]) + k, 1);
    }
    if (mt_list_append(vm, st[SK_KEYS], r)) return MT_EXC;
  }
}

mt_value mt_cont_sort_key(mt_vm *vm, mt_value *st, mt_value result) {
  if (mt_list_append(vm, st[SK_KEYS], result)) return MT_EXC;
  return sort_keys(vm, st, true);
}

/* Keys are computed for the saved items in order, so there are no more of
** them than items, and the saved items are what the list held. */
const char *mt_cont_sort_key_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  if (nstate != SK_NSTATE || !mt_is_ref_type(st[SK_LIST], MT_T_LIST) || !mt_is_ref_type(st[SK_SAVED], MT_T_LIST) ||
      !mt_is_ref_type(st[SK_KEYS], MT_T_LIST) || !mt_is_bool(st[SK_REVERSE]) || st[SK_RESULT] == MT_NULL)
    return "bad sort state";
  uint32_t n = mt_list_len(vm, st[SK_SAVED]);
  if (st[SK_LEN] != mt_small(n) || mt_list_len(vm, st[SK_KEYS]) >= n) return "sort state counts disagree";
  return NULL;
}

static mt_value sort_list(mt_vm *vm, mt_value l, mt_value key, bool reverse, mt_value result) {
  mt_value st[SK_NSTATE] = {l, mt_small(mt_list_len(vm, l)), MT_NONE, MT_NONE, key, mt_bool(reverse), result};
  if (key == MT_NONE || mt_list_len(vm, l) == 0) return sort_finish(vm, st);
  st[SK_SAVED] = mt_list_slice(vm, l, 0, 1, mt_list_len(vm, l));
  st[SK_KEYS] = st[SK_SAVED] == MT_EXC ? MT_EXC : mt_list_new(vm, mt_list_len(vm, l));
  return st[SK_KEYS] == MT_EXC ? MT_EXC : sort_keys(vm, st, false);
}

mt_value mt_m_list_sort(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  mt_value key;
  int32_t reverse;
  if (sort_args(vm, args + 1, nargs - 1, kwnames, &key, &reverse)) return MT_EXC;
  return sort_list(vm, args[0], key, reverse != 0, MT_NONE);
}

/* sorted(iterable, /, *, key=None, reverse=False): a new list, sorted. */
mt_value mt_bi_sorted(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  mt_value key;
  int32_t reverse;
  if (mt_args_count(vm, "sorted", nargs, 1, 1)) return MT_EXC;
  mt_value items = mt_native_items(vm, args[0]);
  if (items == MT_NULL) return mt_native_redo(vm, MT_NAT_BUILTINS_sorted, args, nargs, kwnames, 0);
  if (items == MT_EXC) return MT_EXC;
  mt_value l = items;
  if (l == args[0]) {
    l = mt_list_new(vm, mt_list_len(vm, items));
    if (l == MT_EXC || mt_list_extend(vm, l, items)) return MT_EXC;
  }
  if (sort_args(vm, args + 1, 0, kwnames, &key, &reverse)) return MT_EXC;
  return sort_list(vm, l, key, reverse != 0, l);
}
