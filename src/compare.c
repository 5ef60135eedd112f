/*
** compare.c: equality and ordering of builtin values.
*/
#include "compare.h"

#include <string.h>

#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "union.h"

static const char *const op_text[] = {
#define X(name, text) text,
    MT_CMP_OPS(X)
#undef X
};

static bool is_number(mt_value v) { return mt_is_float(v) || mt_int_is(v); }

/* Three-way comparison of two numbers: -1, 0, 1, or 2 when unordered
** (a NaN is involved). */
static int num_cmp(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_is_float(a) && mt_is_float(b)) {
    double x = mt_as_float(a), y = mt_as_float(b);
    return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
  }
  if (mt_is_float(b)) {
    double y = mt_as_float(b);
    return y != y ? 2 : mt_int_cmp_double(vm, a, y);
  }
  if (mt_is_float(a)) {
    double x = mt_as_float(a);
    return x != x ? 2 : -mt_int_cmp_double(vm, b, x);
  }
  return mt_int_cmp(vm, a, b);
}

static bool is_anyset(mt_value v) {
  return mt_is_ref_type(v, MT_T_SET) || mt_is_ref_type(v, MT_T_FROZENSET);
}

/* Items of a tuple or list (the pointer is re-derived by the callers). */
static mt_value *seq_items(mt_vm *vm, mt_value v, uint32_t *n) {
  if (mt_is_ref_type(v, MT_T_TUPLE)) {
    *n = mt_tuple_len(vm, v);
    return mt_tuple_items(vm, v);
  }
  *n = mt_list_len(vm, v);
  return mt_list_items(vm, v);
}

/* The index of the first item where a and b differ (identity, then ==),
** min(len) if none; -1 on error. */
static int64_t first_difference(mt_vm *vm, mt_value a, mt_value b) {
  uint32_t na, nb, i = 0;
  for (;; i++) {
    mt_value *x = seq_items(vm, a, &na), *y = seq_items(vm, b, &nb);
    if (i >= na || i >= nb) return i;
    if (mt_both_small(x[i], y[i])) {
      if (x[i] != y[i]) return i;
      continue;
    }
    int eq = mt_cmp_same(vm, x[i], y[i]);
    if (eq < 0) return -1;
    if (!eq) return i;
  }
}

static int seq_eq(mt_vm *vm, mt_value a, mt_value b) {
  uint32_t na, nb;
  seq_items(vm, a, &na);
  seq_items(vm, b, &nb);
  if (na != nb) return 0;
  int64_t i = first_difference(vm, a, b);
  return i < 0 ? -1 : i == na;
}

static int bytes_cmp(mt_vm *vm, mt_value a, mt_value b) {
  mt_bytes *x = MT_OBJ(vm, mt_bytes, a), *y = MT_OBJ(vm, mt_bytes, b);
  int c = memcmp(x->data, y->data, x->len < y->len ? x->len : y->len);
  if (c) return c < 0 ? -1 : 1;
  return (x->len > y->len) - (x->len < y->len);
}

/* range equality: same length, and (if non-empty) same start, and (if
** longer than one) same step. */
static int range_eq(mt_vm *vm, mt_value a, mt_value b) {
  mt_value la = mt_range_len(vm, a), lb = mt_range_len(vm, b);
  if (la == MT_EXC || lb == MT_EXC) return -1;
  if (mt_int_cmp(vm, la, lb)) return 0;
  if (la == mt_small(0)) return 1;
  mt_triple *x = MT_OBJ(vm, mt_triple, a), *y = MT_OBJ(vm, mt_triple, b);
  if (mt_int_cmp(vm, x->start, y->start)) return 0;
  if (la == mt_small(1)) return 1;
  return mt_int_cmp(vm, x->step, y->step) == 0;
}

/* ---- dict_keys and dict_items views: set comparisons ---- */

static bool is_setview(mt_value v) {
  return mt_is_ref_type(v, MT_T_DICT_KEYS) || mt_is_ref_type(v, MT_T_DICT_ITEMS);
}

static uint32_t setlike_len(mt_vm *vm, mt_value v) {
  return is_setview(v) ? mt_dict_len(vm, MT_OBJ(vm, mt_view, v)->dict) : mt_set_len(vm, v);
}

/* An item in the set-like c: 1, 0 or -1. The item is key, or the pair
** (key, value) when pair is set (an item of an items view). A pair is in
** an items view when its key maps to an equal value there. */
static int setlike_has(mt_vm *vm, mt_value c, mt_value key, mt_value value, bool pair) {
  bool items = mt_is_ref_type(c, MT_T_DICT_ITEMS);
  if (pair && !items) {
    mt_value kv[2] = {key, value};
    if ((key = mt_tuple_from(vm, kv, 2)) == MT_EXC) return -1;
    pair = false;
  }
  if (items && !pair) {
    if (!mt_is_ref_type(key, MT_T_TUPLE) || mt_tuple_len(vm, key) != 2) return 0;
    value = mt_tuple_items(vm, key)[1];
    key = mt_tuple_items(vm, key)[0];
  }
  if (!is_setview(c)) return mt_set_contains(vm, c, key);
  mt_value v = mt_dict_get(vm, MT_OBJ(vm, mt_view, c)->dict, key);
  if (v == MT_EXC || v == MT_NULL) return v == MT_EXC ? -1 : 0;
  return items ? mt_cmp_same(vm, v, value) : 1;
}

/* Every item of a in b (all_contained_in): 1, 0 or -1. */
static int all_contained_in(mt_vm *vm, mt_value a, mt_value b) {
  mt_value key, value;
  if (is_setview(a)) {
    bool pair = mt_is_ref_type(a, MT_T_DICT_ITEMS);
    mt_value d = MT_OBJ(vm, mt_view, a)->dict;
    for (uint32_t pos = 0; mt_dict_next(vm, d, &pos, &key, &value);) {
      int in = setlike_has(vm, b, key, value, pair);
      if (in <= 0) return in;
    }
    return 1;
  }
  for (uint32_t pos = 0; mt_set_next(vm, a, &pos, &key, NULL);) {
    int in = setlike_has(vm, b, key, MT_NULL, false);
    if (in <= 0) return in;
  }
  return 1;
}

/* a op b where one is a keys/items view and the other a set or such a
** view (dictview_richcompare, the reflected case with op swapped). */
static mt_value view_rich(mt_vm *vm, mt_value a, mt_value b, mt_cmp_op op) {
  uint32_t la = setlike_len(vm, a), lb = setlike_len(vm, b);
  int ok = 0;
  switch (op) {
  case MT_CMP_EQ:
  case MT_CMP_NE:
    if (la == lb) ok = all_contained_in(vm, a, b);
    if (op == MT_CMP_NE && ok >= 0) ok = !ok;
    break;
  case MT_CMP_LT: if (la < lb) ok = all_contained_in(vm, a, b); break;
  case MT_CMP_LE: if (la <= lb) ok = all_contained_in(vm, a, b); break;
  case MT_CMP_GT: if (la > lb) ok = all_contained_in(vm, b, a); break;
  case MT_CMP_GE: if (la >= lb) ok = all_contained_in(vm, b, a); break;
  }
  return ok < 0 ? MT_EXC : mt_bool(ok);
}

static bool view_pair(mt_value a, mt_value b) {
  return (is_setview(a) && (is_setview(b) || is_anyset(b))) || (is_setview(b) && is_anyset(a));
}

/* == on two values of kinds that compare by content. */
static int container_eq(mt_vm *vm, mt_value a, mt_value b) {
  uint32_t ta = mt_obj_type(a), tb = mt_obj_type(b);
  if (view_pair(a, b)) {
    mt_value r = view_rich(vm, a, b, MT_CMP_EQ);
    return r == MT_EXC ? -1 : r == MT_TRUE;
  }
  if ((ta == MT_T_TUPLE || ta == MT_T_LIST) && ta == tb) return seq_eq(vm, a, b);
  if (ta == MT_T_DICT && tb == MT_T_DICT) return mt_dict_eq(vm, a, b);
  if (is_anyset(a) && is_anyset(b)) return mt_set_eq(vm, a, b);
  if (ta == MT_T_SLICE && tb == MT_T_SLICE) {
    mt_triple *x = MT_OBJ(vm, mt_triple, a), *y = MT_OBJ(vm, mt_triple, b);
    mt_value s[3] = {x->start, x->stop, x->step}, t[3] = {y->start, y->stop, y->step};
    for (int i = 0; i < 3; i++) {
      int eq = mt_cmp_same(vm, s[i], t[i]);
      if (eq <= 0) return eq;
    }
    return 1;
  }
  if ((ta == MT_T_METHOD || ta == MT_T_BUILTIN_FN) && ta == tb) {
    mt_method *x = MT_OBJ(vm, mt_method, a), *y = MT_OBJ(vm, mt_method, b);
    if (x->self != y->self) return 0;
    return mt_cmp_eq(vm, x->func, y->func);
  }
  return a == b;
}

int mt_cmp_eq(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_both_small(a, b)) return a == b;
  if (is_number(a) && is_number(b)) return num_cmp(vm, a, b) == 0;
  if (a == b) return 1;
  if (mt_is_str(a) && mt_is_str(b)) return mt_str_obj_eq(vm, a, b);
  if (!mt_is_ref(a) || !mt_is_ref(b)) return 0;
  uint32_t ta = mt_ref_type(a);
  if (ta == MT_T_BYTES && mt_is_ref_type(b, MT_T_BYTES)) return bytes_cmp(vm, a, b) == 0;
  if (ta == MT_T_RANGE && mt_is_ref_type(b, MT_T_RANGE)) return range_eq(vm, a, b);
  if (ta == MT_T_UNION_TYPE && mt_is_ref_type(b, MT_T_UNION_TYPE)) return mt_union_eq(vm, a, b);
  if (mt_exc_depth_enter(vm, " in comparison")) return -1;
  int r = container_eq(vm, a, b);
  mt_exc_depth_leave(vm);
  return r;
}

int mt_cmp_same(mt_vm *vm, mt_value a, mt_value b) { return a == b ? 1 : mt_cmp_eq(vm, a, b); }

static mt_value unorderable(mt_vm *vm, mt_value a, mt_value b, mt_cmp_op op) {
  return mt_raise(vm, MT_T_TYPE_ERROR, "'%s' not supported between instances of '%T' and '%T'",
                  op_text[op], a, b);
}

static bool holds(int c, mt_cmp_op op) {
  switch (op) {
  case MT_CMP_LT: return c == -1;
  case MT_CMP_LE: return c == -1 || c == 0;
  case MT_CMP_EQ: return c == 0;
  case MT_CMP_NE: return c != 0;
  case MT_CMP_GT: return c == 1;
  case MT_CMP_GE: return c == 1 || c == 0;
  }
  return false;
}

/* Lexicographic order: the first differing items decide; if there are
** none, the lengths do. */
static mt_value seq_rich(mt_vm *vm, mt_value a, mt_value b, mt_cmp_op op) {
  int64_t i = first_difference(vm, a, b);
  if (i < 0) return MT_EXC;
  uint32_t na, nb;
  mt_value *x = seq_items(vm, a, &na), *y = seq_items(vm, b, &nb);
  if (i >= na || i >= nb) return mt_bool(holds((na > nb) - (na < nb), op));
  if (op == MT_CMP_EQ) return MT_FALSE;
  if (op == MT_CMP_NE) return MT_TRUE;
  return mt_cmp_rich(vm, x[i], y[i], op);
}

mt_value mt_cmp_rich(mt_vm *vm, mt_value a, mt_value b, mt_cmp_op op) {
  if (mt_both_small(a, b)) {
    int64_t x = mt_as_small(a), y = mt_as_small(b);
    return mt_bool(holds((x > y) - (x < y), op));
  }
  if (is_number(a) && is_number(b)) {
    int c = num_cmp(vm, a, b);
    return mt_bool(c == 2 ? op == MT_CMP_NE : holds(c, op));
  }
  if (mt_is_str(a) && mt_is_str(b)) {
    int c = mt_str_obj_cmp(vm, a, b);
    return mt_bool(holds((c > 0) - (c < 0), op));
  }
  if (mt_is_ref_type(a, MT_T_BYTES) && mt_is_ref_type(b, MT_T_BYTES))
    return mt_bool(holds(bytes_cmp(vm, a, b), op));
  uint32_t ta = mt_obj_type(a), tb = mt_obj_type(b);
  if ((ta == MT_T_TUPLE || ta == MT_T_LIST) && ta == tb) {
    if (mt_exc_depth_enter(vm, " in comparison")) return MT_EXC;
    mt_value r = seq_rich(vm, a, b, op);
    mt_exc_depth_leave(vm);
    return r;
  }
  if (is_anyset(a) && is_anyset(b)) return mt_set_rich(vm, a, b, op);
  if (view_pair(a, b)) {
    static const mt_cmp_op swapped[] = {MT_CMP_GT, MT_CMP_GE, MT_CMP_EQ, MT_CMP_NE, MT_CMP_LT, MT_CMP_LE};
    return is_setview(a) ? view_rich(vm, a, b, op) : view_rich(vm, b, a, swapped[op]);
  }
  if (op == MT_CMP_EQ || op == MT_CMP_NE) {
    int eq = mt_cmp_eq(vm, a, b);
    if (eq < 0) return MT_EXC;
    return mt_bool((eq == 1) == (op == MT_CMP_EQ));
  }
  return unorderable(vm, a, b, op);
}
