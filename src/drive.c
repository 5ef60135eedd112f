/*
** drive.c: iteration the object layer cannot do alone. map and filter
** call functions, and enumerate and zip may wrap such iterators, so their
** next() runs as native frames (continuations, native.h) that the VM
** drives; mt_native_redo drains an iterable in the VM for a native that
** wants all of its items.
**
** mt_drive_next is the one entry point: it computes next(it) at once when
** the object layer can, else opens the iterator's native frame, whose
** final result (an item or MT_STOP) goes to the frame below it: a native
** continuation, or the FORITER that asked.
*/
#include "drive.h"

#include "call.h"
#include "compare.h"
#include "exc.h"
#include "gen.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "native.h"
#include "ops.h"
#include "tuple.h"

static mt_iter *iter_at(mt_vm *vm, mt_value it) { return MT_OBJ(vm, mt_iter, it); }

mt_value mt_drive_next(mt_vm *vm, mt_value it) {
  if (mt_iter_is_native(vm, it)) return mt_iter_next(vm, it);
  switch (mt_is_ref(it) ? mt_ref_type(it) : MT_TYPE_COUNT) {
  case MT_T_GENERATOR: return mt_gen_resume(vm, it, MT_NONE);
  case MT_T_MAP: {
    mt_value inners = iter_at(vm, it)->b;
    uint32_t n = mt_tuple_len(vm, inners);
    mt_value items = mt_tuple_new(vm, n);
    mt_value *st = items == MT_EXC ? NULL : mt_native_frame(vm, MT_CONT_MAP_NEXT, 3);
    if (!st) return MT_EXC;
    st[0] = it;
    st[1] = mt_small(0);
    st[2] = items;
    return mt_native_next(vm, mt_tuple_items(vm, iter_at(vm, it)->b)[0]);
  }
  case MT_T_FILTER: {
    mt_value *st = mt_native_frame(vm, MT_CONT_FILTER_NEXT, 3);
    if (!st) return MT_EXC;
    st[0] = it;
    st[1] = mt_small(0);
    return mt_native_next(vm, iter_at(vm, it)->b);
  }
  case MT_T_ENUMERATE: {
    mt_value *st = mt_native_frame(vm, MT_CONT_ENUM_NEXT, 1);
    if (!st) return MT_EXC;
    st[0] = it;
    return mt_native_next(vm, iter_at(vm, it)->a);
  }
  case MT_T_ZIP: {
    mt_value inners = iter_at(vm, it)->a;
    uint32_t n = mt_tuple_len(vm, inners);
    if (n == 0) return MT_STOP;
    mt_value items = mt_tuple_new(vm, n);
    mt_value *st = items == MT_EXC ? NULL : mt_native_frame(vm, MT_CONT_ZIP_NEXT, 4);
    if (!st) return MT_EXC;
    st[0] = it;
    st[1] = mt_small(0);
    st[2] = items;
    st[3] = MT_FALSE;
    return mt_native_next(vm, mt_tuple_items(vm, iter_at(vm, it)->a)[0]);
  }
  case MT_T_CALLABLE_ITER: {
    if (iter_at(vm, it)->a == MT_NULL) return MT_STOP;
    mt_value *st = mt_native_frame(vm, MT_CONT_CALLITER_NEXT, 1);
    if (!st) return MT_EXC;
    st[0] = it;
    mt_native_catch(vm);
    return mt_native_call(vm, iter_at(vm, it)->a, st, 0);
  }
  default: return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not an iterator", it);
  }
}

/* map: advance each inner iterator in turn, then call the function.
** state: the map, the inner being advanced (n: the call), the items. */
mt_value mt_cont_map_next(mt_vm *vm, mt_value *st, mt_value result) {
  mt_value inners = iter_at(vm, st[0])->b;
  uint32_t n = mt_tuple_len(vm, inners), k = (uint32_t)mt_as_small(st[1]);
  if (k == n) return result;
  if (result == MT_STOP) return MT_STOP;
  mt_tuple_items(vm, st[2])[k++] = result;
  st[1] = mt_small(k);
  if (k < n) return mt_native_next(vm, mt_tuple_items(vm, inners)[k]);
  return mt_native_call(vm, iter_at(vm, st[0])->a, mt_tuple_items(vm, st[2]), n);
}

const char *mt_cont_map_next_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  if (nstate != 3 || !mt_is_ref_type(st[0], MT_T_MAP)) return "map state without its map";
  uint32_t n = mt_tuple_len(vm, iter_at(vm, st[0])->b);
  if (!mt_native_check_index(st[1], n) || !mt_is_ref_type(st[2], MT_T_TUPLE) || mt_tuple_len(vm, st[2]) != n)
    return "map state disagrees with its iterators";
  return NULL;
}

/* filter: advance the inner iterator, test the item (with the function
** unless it is None), repeat until one passes. state: the filter, 0 while
** advancing / 1 while testing, the item under test. */
mt_value mt_cont_filter_next(mt_vm *vm, mt_value *st, mt_value result) {
  mt_value func = iter_at(vm, st[0])->a;
  if (st[1] == mt_small(0)) {
    if (result == MT_STOP) return MT_STOP;
    if (func == MT_NONE || func == mt_type_value(MT_T_BOOL)) {
      if (mt_ops_truth(vm, result)) return result;
      return mt_native_next(vm, iter_at(vm, st[0])->b);
    }
    st[1] = mt_small(1);
    st[2] = result;
    return mt_native_call(vm, func, &st[2], 1);
  }
  if (mt_ops_truth(vm, result)) return st[2];
  st[1] = mt_small(0);
  return mt_native_next(vm, iter_at(vm, st[0])->b);
}

const char *mt_cont_filter_next_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  if (nstate != 3 || !mt_is_ref_type(st[0], MT_T_FILTER) || !mt_native_check_index(st[1], 1))
    return "bad filter state";
  return NULL;
}

/* enumerate over an inner iterator that needs the VM. */
mt_value mt_cont_enum_next(mt_vm *vm, mt_value *st, mt_value result) {
  if (result == MT_STOP) return MT_STOP;
  mt_value pair[2] = {iter_at(vm, st[0])->b, result};
  mt_value count = mt_int_add(vm, pair[0], mt_small(1));
  if (count == MT_EXC) return MT_EXC;
  iter_at(vm, st[0])->b = count;
  return mt_tuple_from(vm, pair, 2);
}

const char *mt_cont_enum_next_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  return nstate == 1 && mt_is_ref_type(st[0], MT_T_ENUMERATE) ? NULL : "bad enumerate state";
}

/* zip: advance each inner iterator in turn (CPython's zip_next, strict
** checks included). state: the zip, the inner being advanced, the items,
** True while checking that the others are exhausted too (strict). */
mt_value mt_cont_zip_next(mt_vm *vm, mt_value *st, mt_value result) {
  mt_iter *z = iter_at(vm, st[0]);
  mt_value inners = z->a;
  uint32_t n = mt_tuple_len(vm, inners), k = (uint32_t)mt_as_small(st[1]);
  bool strict = z->i != 0;
  if (st[3] == MT_TRUE) {
    if (result != MT_STOP)
      return mt_raise(vm, MT_T_VALUE_ERROR, "zip() argument %u is longer than argument%s%u", k + 1,
                      k == 1 ? " " : "s 1-", k);
  } else if (result == MT_STOP) {
    if (!strict) return MT_STOP;
    if (k) return mt_raise(vm, MT_T_VALUE_ERROR, "zip() argument %u is shorter than argument%s%u", k + 1,
                           k == 1 ? " " : "s 1-", k);
    st[3] = MT_TRUE;
  } else {
    mt_tuple_items(vm, st[2])[k] = result;
  }
  k++;
  st[1] = mt_small(k);
  if (k < n) return mt_native_next(vm, mt_tuple_items(vm, inners)[k]);
  if (st[3] == MT_TRUE) return MT_STOP;
  return st[2];
}

const char *mt_cont_zip_next_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  if (nstate != 4 || !mt_is_ref_type(st[0], MT_T_ZIP)) return "zip state without its zip";
  uint32_t n = mt_tuple_len(vm, iter_at(vm, st[0])->a);
  if (n == 0 || !mt_native_check_index(st[1], n - 1) || !mt_is_ref_type(st[2], MT_T_TUPLE) ||
      mt_tuple_len(vm, st[2]) != n || !mt_is_bool(st[3]))
    return "zip state disagrees with its iterators";
  return NULL;
}

/* iter(func, sentinel): func's result ends the iteration when it equals
** the sentinel, and so does a StopIteration it raises (CPython's
** calliter_iternext); the iterator then drops both. state: the iterator. */
mt_value mt_cont_calliter_next(mt_vm *vm, mt_value *st, mt_value result) {
  if (result == MT_EXC) {
    if (!mt_exc_matches(vm, MT_T_STOP_ITERATION)) return MT_EXC;
    mt_exc_clear(vm);
  } else {
    int eq = mt_cmp_eq(vm, iter_at(vm, st[0])->b, result);
    if (eq < 0) return MT_EXC;
    if (!eq) return result;
  }
  iter_at(vm, st[0])->a = iter_at(vm, st[0])->b = MT_NULL;
  return MT_STOP;
}

const char *mt_cont_calliter_next_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  if (nstate != 1 || !mt_is_ref_type(st[0], MT_T_CALLABLE_ITER) || iter_at(vm, st[0])->b == MT_NULL)
    return "bad iter(callable, sentinel) state";
  return NULL;
}

/* ---- draining for eager natives ---- */

/* The items of a range of small ints that fits in memory as a list, made
** directly (presized, no iterator); MT_NULL for other ranges. */
static mt_value small_range_items(mt_vm *vm, mt_value r) {
  const mt_triple *t = MT_OBJ(vm, mt_triple, r);
  if (!mt_is_small(t->start) || !mt_is_small(t->stop) || !mt_is_small(t->step)) return MT_NULL;
  int64_t start = mt_as_small(t->start), stop = mt_as_small(t->stop), step = mt_as_small(t->step);
  int64_t n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                       : (start > stop ? (start - stop - step - 1) / -step : 0);
  if ((uint64_t)n * 8 > mt_heap_room(vm) / 2) return MT_NULL;
  mt_value l = mt_list_new(vm, (uint32_t)n);
  if (l == MT_EXC || n == 0) return l;
  mt_value *items = mt_list_items(vm, l);
  for (int64_t k = 0; k < n; k++) items[k] = mt_small(start + k * step);
  MT_OBJ(vm, mt_list, l)->len = (uint32_t)n;
  return l;
}

mt_value mt_native_items(mt_vm *vm, mt_value v) {
  if (mt_is_ref_type(v, MT_T_LIST)) return v;
  if (mt_is_ref_type(v, MT_T_RANGE)) {
    mt_value l = small_range_items(vm, v);
    if (l != MT_NULL) return l;
  }
  mt_value it = mt_iter_new(vm, v);
  if (it == MT_EXC) return MT_EXC;
  if (!mt_iter_is_native(vm, it)) return MT_NULL;
  mt_value l = mt_list_new(vm, 0);
  if (l == MT_EXC) return MT_EXC;
  for (mt_value x; (x = mt_iter_next(vm, it)) != MT_STOP;)
    if (x == MT_EXC || mt_list_append(vm, l, x)) return MT_EXC;
  return l;
}

/* state: native id, nargs, kwnames (None if none), argi, the iterator
** (None once drained), the list, then the arguments. */
enum { REDO_ID, REDO_NARGS, REDO_KW, REDO_ARGI, REDO_IT, REDO_LIST, REDO_ARGS };

mt_value mt_native_redo(mt_vm *vm, uint32_t id, const mt_value *args, uint32_t nargs, mt_value kwnames,
                        uint32_t argi) {
  uint32_t total = nargs + mt_kw_count(vm, kwnames);
  mt_value it = mt_iter_new(vm, args[argi]);
  mt_value l = it == MT_EXC ? MT_EXC : mt_list_new(vm, 0);
  mt_value *st = l == MT_EXC ? NULL : mt_native_frame(vm, MT_CONT_REDO, REDO_ARGS + total);
  if (!st) return MT_EXC;
  st[REDO_ID] = mt_small(id);
  st[REDO_NARGS] = mt_small(nargs);
  st[REDO_KW] = kwnames == MT_NULL ? MT_NONE : kwnames;
  st[REDO_ARGI] = mt_small(argi);
  st[REDO_IT] = it;
  st[REDO_LIST] = l;
  for (uint32_t k = 0; k < total; k++) st[REDO_ARGS + k] = args[k];
  return mt_native_next(vm, it);
}

mt_value mt_cont_redo(mt_vm *vm, mt_value *st, mt_value result) {
  if (st[REDO_IT] == MT_NONE) return result;
  if (result != MT_STOP) {
    if (mt_list_append(vm, st[REDO_LIST], result)) return MT_EXC;
    return mt_native_next(vm, st[REDO_IT]);
  }
  st[REDO_IT] = MT_NONE;
  st[REDO_ARGS + mt_as_small(st[REDO_ARGI])] = st[REDO_LIST];
  uint32_t id = (uint32_t)mt_as_small(st[REDO_ID]);
  mt_value kw = st[REDO_KW] == MT_NONE ? MT_NULL : st[REDO_KW];
  return mt_natives[id].fn(vm, st + REDO_ARGS, (uint32_t)mt_as_small(st[REDO_NARGS]), kw);
}

/* The native is called again with the state's arguments: a method's
** self must be of its type, as the VM guarantees for any call. */
const char *mt_cont_redo_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  if (nstate < REDO_ARGS || !mt_native_check_index(st[REDO_ID], MT_NATIVE_COUNT - 1) ||
      !mt_native_check_index(st[REDO_NARGS], nstate - REDO_ARGS) || !mt_is_ref_type(st[REDO_LIST], MT_T_LIST))
    return "bad redo state";
  uint32_t nargs = (uint32_t)mt_as_small(st[REDO_NARGS]), nkw = 0;
  if (st[REDO_KW] != MT_NONE) {
    if (!mt_native_check_kwnames(vm, st[REDO_KW])) return "redo state with bad keyword names";
    nkw = mt_tuple_len(vm, st[REDO_KW]);
  }
  if (nstate != REDO_ARGS + nargs + nkw || !mt_native_check_index(st[REDO_ARGI], (int64_t)nargs - 1))
    return "redo state disagrees with its arguments";
  for (uint32_t k = 0; k < nargs + nkw; k++)
    if (st[REDO_ARGS + k] == MT_NULL) return "redo state with a missing argument";
  uint32_t id = (uint32_t)mt_as_small(st[REDO_ID]);
  const mt_native_info *n = &mt_natives[id];
  if (n->owner == MT_T_BUILTINS || n->name == MT_N___call__) return NULL;
  bool self_ok = mt_native_binds_class(id) ? mt_is_type(st[REDO_ARGS])
                                           : mt_type_issubclass(mt_obj_type(st[REDO_ARGS]), n->owner);
  return self_ok ? NULL : "redo state calls a method on another type";
}
