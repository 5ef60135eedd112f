/*
** ops.c: operators on the builtin types (see ops.h).
*/
#include "ops.h"

#include <string.h>

#include "bytes.h"
#include "compare.h"
#include "dict.h"
#include "exc.h"
#include "float_obj.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "strfmt.h"
#include "dict_methods.h"
#include "strops.h"
#include "tuple.h"
#include "union.h"

static const char *const binop_sym[MT_BIN_COUNT] = {
#define X(name, sym) sym,
    MT_BINOPS(X)
#undef X
};

static bool is_int(mt_value v) { return mt_is_small(v) || mt_is_bool(v) || mt_is_ref_type(v, MT_T_INT); }
static bool is_number(mt_value v) { return mt_is_float(v) || is_int(v); }
static bool is_set(mt_value v) { return mt_is_ref_type(v, MT_T_SET) || mt_is_ref_type(v, MT_T_FROZENSET); }

int mt_ops_index(mt_vm *vm, mt_value v, int64_t *out) {
  if (mt_is_small(v)) {
    *out = mt_as_small(v);
    return 0;
  }
  if (mt_is_bool(v)) {
    *out = v == MT_TRUE;
    return 0;
  }
  if (!mt_is_ref_type(v, MT_T_INT)) return 1;
  if (mt_int_to_i64(vm, v, out)) return 0;
  mt_raise(vm, MT_T_INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
  return -1;
}

/* ---- binary operators ---- */

static mt_value unsupported(mt_vm *vm, mt_binop op, mt_value a, mt_value b, bool inplace) {
  if (op == MT_BIN_POW && !inplace)
    return mt_raise(vm, MT_T_TYPE_ERROR, "unsupported operand type(s) for ** or pow(): '%T' and '%T'", a, b);
  return mt_raise(vm, MT_T_TYPE_ERROR, "unsupported operand type(s) for %s%s: '%T' and '%T'", binop_sym[op],
                  inplace ? "=" : "", a, b);
}

static mt_value int_binary(mt_vm *vm, mt_binop op, mt_value a, mt_value b) {
  switch (op) {
  case MT_BIN_ADD: return mt_int_add(vm, a, b);
  case MT_BIN_SUB: return mt_int_sub(vm, a, b);
  case MT_BIN_MUL: return mt_int_mul(vm, a, b);
  case MT_BIN_TRUEDIV: return mt_int_truediv(vm, a, b);
  case MT_BIN_FLOORDIV: return mt_int_floordiv(vm, a, b);
  case MT_BIN_MOD: return mt_int_mod(vm, a, b);
  case MT_BIN_POW: return mt_int_pow(vm, a, b);
  case MT_BIN_LSHIFT: return mt_int_lshift(vm, a, b);
  case MT_BIN_RSHIFT: return mt_int_rshift(vm, a, b);
  case MT_BIN_BITAND:
  case MT_BIN_BITOR:
  case MT_BIN_BITXOR: {
    if (mt_is_bool(a) && mt_is_bool(b)) {
      bool x = a == MT_TRUE, y = b == MT_TRUE;
      return mt_bool(op == MT_BIN_BITAND ? x && y : op == MT_BIN_BITOR ? x || y : x != y);
    }
    return op == MT_BIN_BITAND ? mt_int_and(vm, a, b) : op == MT_BIN_BITOR ? mt_int_or(vm, a, b)
                                                                           : mt_int_xor(vm, a, b);
  }
  default: return MT_NULL;
  }
}

static mt_value float_binary(mt_vm *vm, mt_binop op, mt_value a, mt_value b) {
  switch (op) {
  case MT_BIN_ADD: return mt_float_obj_add(vm, a, b);
  case MT_BIN_SUB: return mt_float_obj_sub(vm, a, b);
  case MT_BIN_MUL: return mt_float_obj_mul(vm, a, b);
  case MT_BIN_TRUEDIV: return mt_float_obj_truediv(vm, a, b);
  case MT_BIN_FLOORDIV: return mt_float_obj_floordiv(vm, a, b);
  case MT_BIN_MOD: return mt_float_obj_mod(vm, a, b);
  case MT_BIN_POW: return mt_float_obj_pow(vm, a, b);
  default: return MT_NULL;
  }
}

/* A repetition count: "can't multiply sequence by non-int of type 'X'"
** for non-ints; huge counts saturate (the repeat then fails on size). */
static int repeat_count(mt_vm *vm, mt_value n, int64_t *out) {
  int r = mt_ops_index(vm, n, out);
  if (r == 0) return 0;
  if (r < 0) {
    mt_exc_clear(vm);
    *out = mt_int_cmp(vm, n, mt_small(0)) < 0 ? -1 : INT64_MAX;
    return 0;
  }
  mt_raise(vm, MT_T_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", n);
  return -1;
}

static mt_value list_repeat(mt_vm *vm, mt_value l, int64_t n) {
  uint32_t len = mt_list_len(vm, l);
  if (n <= 0 || len == 0) return mt_list_new(vm, 0);
  if ((uint64_t)n * len > UINT32_MAX / 8) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r = mt_list_new(vm, (uint32_t)(n * len));
  if (r == MT_EXC) return MT_EXC;
  for (int64_t i = 0; i < n; i++)
    if (mt_list_extend(vm, r, l)) return MT_EXC;
  return r;
}

static mt_value tuple_repeat(mt_vm *vm, mt_value t, int64_t n) {
  uint32_t len = mt_tuple_len(vm, t);
  if (n == 1) return t;
  if (n <= 0 || len == 0) return mt_tuple_new(vm, 0);
  if ((uint64_t)n * len > UINT32_MAX / 8) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r = mt_tuple_new(vm, (uint32_t)(n * len));
  if (r == MT_EXC) return MT_EXC;
  mt_value *dst = mt_tuple_items(vm, r), *src = mt_tuple_items(vm, t);
  for (int64_t i = 0; i < n; i++) memcpy(dst + i * len, src, 8 * (size_t)len);
  return r;
}

/* Does CPython give values of v's type sequence slots (tp_as_sequence)?
** a *= b then never repeats b: with no sq_repeat of its own, a makes the
** operation unsupported (PyNumber_InPlaceMultiply). */
static bool has_sequence_slots(mt_value v) {
  switch (mt_obj_type(v)) {
  case MT_T_DICT:
  case MT_T_SET:
  case MT_T_FROZENSET:
  case MT_T_RANGE:
  case MT_T_DICT_KEYS:
  case MT_T_DICT_VALUES:
  case MT_T_DICT_ITEMS: return true;
  default: return false;
  }
}

/* seq * n for str, bytes, list and tuple; MT_NULL when seq is none. */
static mt_value repeat(mt_vm *vm, mt_value seq, mt_value n) {
  uint32_t t = mt_obj_type(seq);
  if (t != MT_T_STR && t != MT_T_BYTES && t != MT_T_LIST && t != MT_T_TUPLE) return MT_NULL;
  int64_t k;
  if (repeat_count(vm, n, &k)) return MT_EXC;
  switch (t) {
  case MT_T_STR: return mt_str_obj_repeat(vm, seq, k < 0 ? 0 : k);
  case MT_T_BYTES: return mt_bytes_repeat(vm, seq, k < 0 ? 0 : k);
  case MT_T_LIST: return list_repeat(vm, seq, k);
  default: return tuple_repeat(vm, seq, k);
  }
}

/* "can only concatenate list (not "tuple") to list" */
static mt_value concat_error(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_is_ref_type(a, MT_T_BYTES)) return mt_raise(vm, MT_T_TYPE_ERROR, "can't concat %T to bytes", b);
  return mt_raise(vm, MT_T_TYPE_ERROR, "can only concatenate %T (not \"%T\") to %T", a, b, a);
}

static mt_value list_concat(mt_vm *vm, mt_value a, mt_value b) {
  mt_value r = mt_list_new(vm, mt_list_len(vm, a) + mt_list_len(vm, b));
  if (r == MT_EXC || mt_list_extend(vm, r, a) || mt_list_extend(vm, r, b)) return MT_EXC;
  return r;
}

/* a + b for sequences; MT_NULL when a is not one. */
static mt_value concat(mt_vm *vm, mt_value a, mt_value b) {
  uint32_t t = mt_obj_type(a);
  if (t != MT_T_STR && t != MT_T_BYTES && t != MT_T_LIST && t != MT_T_TUPLE) return MT_NULL;
  if (mt_obj_type(b) != t) return concat_error(vm, a, b);
  switch (t) {
  case MT_T_STR: return mt_str_obj_concat(vm, a, b);
  case MT_T_BYTES: return mt_bytes_concat(vm, a, b);
  case MT_T_LIST: return list_concat(vm, a, b);
  default: return mt_tuple_concat(vm, a, b);
  }
}

static mt_value set_binary(mt_vm *vm, mt_binop op, mt_value a, mt_value b, bool inplace) {
  bool mutable_a = inplace && mt_is_ref_type(a, MT_T_SET);
  switch (op) {
  case MT_BIN_BITOR:
    if (mutable_a) return mt_set_update(vm, a, b) ? MT_EXC : a;
    return mt_set_union(vm, a, b);
  case MT_BIN_BITAND:
    if (mutable_a) {
      mt_value r = mt_set_intersection(vm, a, b);
      if (r == MT_EXC) return MT_EXC;
      mt_set_clear(vm, a);
      return mt_set_update(vm, a, r) ? MT_EXC : a;
    }
    return mt_set_intersection(vm, a, b);
  case MT_BIN_SUB:
    if (mutable_a) return mt_set_difference_update(vm, a, b) ? MT_EXC : a;
    return mt_set_difference(vm, a, b);
  case MT_BIN_BITXOR:
    if (mutable_a) return mt_set_symmetric_difference_update(vm, a, b) ? MT_EXC : a;
    return mt_set_symmetric_difference(vm, a, b);
  default: return MT_NULL;
  }
}

/* The set operators of dict_keys and dict_items views (either side). */
static mt_value view_binary(mt_vm *vm, mt_binop op, mt_value a, mt_value b) {
  char c = op == MT_BIN_BITAND ? '&' : op == MT_BIN_BITOR ? '|' : op == MT_BIN_SUB ? '-' : op == MT_BIN_BITXOR ? '^' : 0;
  mt_value r = c ? mt_dictm_view_binop(vm, c, a, b) : MT_NOTIMPL;
  return r == MT_NOTIMPL ? MT_NULL : r;
}

/* d | other needs two dicts; d |= other takes whatever d.update takes. */
static mt_value dict_or(mt_vm *vm, mt_value a, mt_value b, bool inplace) {
  if (inplace) return mt_dictm_update(vm, a, b) ? MT_EXC : a;
  if (!mt_is_ref_type(b, MT_T_DICT)) return MT_NULL;
  mt_value r = mt_dict_copy(vm, a);
  if (r == MT_EXC || mt_dict_merge(vm, r, b)) return MT_EXC;
  return r;
}

/* list += iterable: extends in place with any iterable the object layer
** can walk. */
static mt_value list_iadd(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_is_ref_type(b, MT_T_LIST) || mt_is_ref_type(b, MT_T_TUPLE))
    return mt_list_extend(vm, a, b) ? MT_EXC : a;
  mt_value it = mt_iter_new(vm, b);
  if (it == MT_EXC) return MT_EXC;
  if (!mt_iter_is_native(vm, it))
    return mt_raise(vm, MT_T_TYPE_ERROR, "can only concatenate list (not \"%T\") to list", b);
  for (;;) {
    mt_value x = mt_iter_next(vm, it);
    if (x == MT_STOP) return a;
    if (x == MT_EXC || mt_list_append(vm, a, x)) return MT_EXC;
  }
}

static mt_value list_imul(mt_vm *vm, mt_value a, mt_value b) {
  int64_t k;
  if (repeat_count(vm, b, &k)) return MT_EXC;
  if (k <= 0) {
    mt_list_clear(vm, a);
    return a;
  }
  mt_value copy = mt_list_slice(vm, a, 0, 1, mt_list_len(vm, a));
  if (copy == MT_EXC) return MT_EXC;
  for (int64_t i = 1; i < k; i++)
    if (mt_list_extend(vm, a, copy)) return MT_EXC;
  return a;
}

mt_value mt_ops_binary(mt_vm *vm, mt_binop op, mt_value a, mt_value b, bool inplace) {
  mt_value r = MT_NULL;
  if (is_int(a) && is_int(b)) r = int_binary(vm, op, a, b);
  else if (is_number(a) && is_number(b)) r = float_binary(vm, op, a, b);
  else if (inplace && mt_is_ref_type(a, MT_T_LIST) && (op == MT_BIN_ADD || op == MT_BIN_MUL))
    r = op == MT_BIN_ADD ? list_iadd(vm, a, b) : list_imul(vm, a, b);
  else if (op == MT_BIN_ADD) r = concat(vm, a, b);
  else if (op == MT_BIN_MUL) {
    r = repeat(vm, a, b);
    if (r == MT_NULL && !(inplace && has_sequence_slots(a))) r = repeat(vm, b, a);
  } else if (op == MT_BIN_MOD && (mt_is_str(a) || mt_is_ref_type(a, MT_T_BYTES))) {
    r = mt_strfmt_mod(vm, a, b);
  } else if (is_set(a) && is_set(b)) {
    r = set_binary(vm, op, a, b, inplace);
  } else if (op == MT_BIN_BITOR && mt_is_ref_type(a, MT_T_DICT)) {
    r = dict_or(vm, a, b, inplace);
  } else if (op == MT_BIN_BITOR && mt_union_operand(a) && mt_union_operand(b) && (a != MT_NONE || b != MT_NONE)) {
    r = mt_union_new(vm, a, b);
  } else {
    r = view_binary(vm, op, a, b);
  }
  return r == MT_NULL ? unsupported(vm, op, a, b, inplace) : r;
}

/* ---- unary operators ---- */

static mt_value bad_unary(mt_vm *vm, const char *sym, mt_value a) {
  return mt_raise(vm, MT_T_TYPE_ERROR, "bad operand type for unary %s: '%T'", sym, a);
}

mt_value mt_ops_neg(mt_vm *vm, mt_value a) {
  if (mt_is_float(a)) return mt_float(-mt_as_float(a));
  return is_int(a) ? mt_int_neg(vm, a) : bad_unary(vm, "-", a);
}

mt_value mt_ops_pos(mt_vm *vm, mt_value a) {
  if (mt_is_bool(a)) return mt_small(a == MT_TRUE);
  return is_number(a) ? a : bad_unary(vm, "+", a);
}

mt_value mt_ops_invert(mt_vm *vm, mt_value a) {
  return is_int(a) ? mt_int_invert(vm, a) : bad_unary(vm, "~", a);
}

/* ---- truth and length ---- */

int64_t mt_ops_len(mt_vm *vm, mt_value v) {
  if (mt_is_str(v)) return mt_str_obj_view(vm, v).cplen;
  switch (mt_is_ref(v) ? mt_ref_type(v) : MT_TYPE_COUNT) {
  case MT_T_LIST: return mt_list_len(vm, v);
  case MT_T_TUPLE: return mt_tuple_len(vm, v);
  case MT_T_DICT: return mt_dict_len(vm, v);
  case MT_T_SET:
  case MT_T_FROZENSET: return mt_set_len(vm, v);
  case MT_T_BYTES: return MT_OBJ(vm, mt_bytes, v)->len;
  case MT_T_DICT_KEYS:
  case MT_T_DICT_VALUES:
  case MT_T_DICT_ITEMS: return mt_dict_len(vm, MT_OBJ(vm, mt_view, v)->dict);
  case MT_T_RANGE: {
    mt_value n = mt_range_len(vm, v);
    int64_t r;
    if (n == MT_EXC) return -1;
    if (mt_int_to_i64(vm, n, &r)) return r;
    mt_raise(vm, MT_T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    return -1;
  }
  default: break;
  }
  mt_raise(vm, MT_T_TYPE_ERROR, "object of type '%T' has no len()", v);
  return -1;
}

int mt_ops_truth(mt_vm *vm, mt_value v) {
  if (mt_is_bool(v)) return v == MT_TRUE;
  if (mt_is_small(v)) return mt_as_small(v) != 0;
  if (mt_is_float(v)) return mt_as_float(v) != 0.0;
  if (v == MT_NONE) return 0;
  if (mt_is_name(v)) return v != mt_name(MT_N_empty);
  if (!mt_is_ref(v)) return 1;
  switch (mt_ref_type(v)) {
  case MT_T_INT: return 1;
  case MT_T_RANGE: {
    mt_value n = mt_range_len(vm, v);
    return n != mt_small(0);
  }
  case MT_T_STR:
  case MT_T_LIST:
  case MT_T_TUPLE:
  case MT_T_DICT:
  case MT_T_SET:
  case MT_T_FROZENSET:
  case MT_T_BYTES:
  case MT_T_DICT_KEYS:
  case MT_T_DICT_VALUES:
  case MT_T_DICT_ITEMS: return mt_ops_len(vm, v) != 0;
  default: return 1;
  }
}

/* ---- containment ---- */

static int seq_contains(mt_vm *vm, const mt_value *items, uint32_t n, mt_value x) {
  for (uint32_t i = 0; i < n; i++) {
    int r = mt_cmp_same(vm, items[i], x);
    if (r) return r;
  }
  return 0;
}

static int str_contains(mt_vm *vm, mt_value s, mt_value x) {
  if (!mt_is_str(x)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "'in <string>' requires string as left operand, not %T", x);
    return -1;
  }
  mt_strview h = mt_str_obj_view(vm, s), n = mt_str_obj_view(vm, x);
  return mt_str_search(h.p, h.len, n.p, n.len) >= 0;
}

static int bytes_contains(mt_vm *vm, mt_value b, mt_value x) {
  mt_bytes *h = MT_OBJ(vm, mt_bytes, b);
  int64_t byte;
  int r = mt_ops_index(vm, x, &byte);
  if (r < 0) return -1;
  if (r == 0) {
    if (byte < 0 || byte > 255) {
      mt_raise(vm, MT_T_VALUE_ERROR, "byte must be in range(0, 256)");
      return -1;
    }
    return memchr(h->data, (int)byte, h->len) != NULL;
  }
  if (!mt_is_ref_type(x, MT_T_BYTES)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "a bytes-like object is required, not '%T'", x);
    return -1;
  }
  mt_bytes *n = MT_OBJ(vm, mt_bytes, x);
  return mt_str_search((const char *)h->data, h->len, (const char *)n->data, n->len) >= 0;
}

static int range_contains(mt_vm *vm, mt_value r, mt_value x) {
  if (!is_int(x)) {
    mt_value it = mt_iter_new(vm, r);
    if (it == MT_EXC) return -1;
    for (;;) {
      mt_value v = mt_iter_next(vm, it);
      if (v == MT_STOP) return 0;
      if (v == MT_EXC) return -1;
      int c = mt_cmp_eq(vm, v, x);
      if (c) return c;
    }
  }
  return mt_range_contains_int(vm, r, x);
}

/* Iterate a native iterator looking for x. */
static int iter_contains(mt_vm *vm, mt_value it, mt_value x) {
  for (;;) {
    mt_value v = mt_iter_next(vm, it);
    if (v == MT_STOP) return 0;
    if (v == MT_EXC) return -1;
    int c = mt_cmp_same(vm, v, x);
    if (c) return c;
  }
}

static int items_contains(mt_vm *vm, mt_value d, mt_value x) {
  if (!mt_is_ref_type(x, MT_T_TUPLE) || mt_tuple_len(vm, x) != 2) return 0;
  mt_value k = mt_tuple_items(vm, x)[0], want = mt_tuple_items(vm, x)[1];
  mt_value v = mt_dict_get(vm, d, k);
  if (v == MT_EXC) return -1;
  return v == MT_NULL ? 0 : mt_cmp_same(vm, v, want);
}

int mt_ops_contains(mt_vm *vm, mt_value c, mt_value x) {
  if (mt_is_str(c)) return str_contains(vm, c, x);
  switch (mt_is_ref(c) ? mt_ref_type(c) : MT_TYPE_COUNT) {
  case MT_T_LIST: return seq_contains(vm, mt_list_items(vm, c), mt_list_len(vm, c), x);
  case MT_T_TUPLE: return seq_contains(vm, mt_tuple_items(vm, c), mt_tuple_len(vm, c), x);
  case MT_T_DICT:
  case MT_T_DICT_KEYS: {
    mt_value d = mt_is_ref_type(c, MT_T_DICT) ? c : MT_OBJ(vm, mt_view, c)->dict;
    mt_value v = mt_dict_get(vm, d, x);
    return v == MT_EXC ? -1 : v != MT_NULL;
  }
  case MT_T_DICT_ITEMS: return items_contains(vm, MT_OBJ(vm, mt_view, c)->dict, x);
  case MT_T_SET:
  case MT_T_FROZENSET: return mt_set_contains(vm, c, x);
  case MT_T_BYTES: return bytes_contains(vm, c, x);
  case MT_T_RANGE: return range_contains(vm, c, x);
  default: break;
  }
  mt_value it = mt_iter_new(vm, c);
  if (it == MT_EXC) {
    mt_exc_clear(vm);
    mt_raise(vm, MT_T_TYPE_ERROR, "argument of type '%T' is not iterable", c);
    return -1;
  }
  if (!mt_iter_is_native(vm, it)) return 2;
  return iter_contains(vm, it, x);
}

/* ---- subscription ---- */

/* Normalize index i of a sequence of length n: IndexError with message
** msg when outside. */
static int seq_index(mt_vm *vm, int64_t *i, uint64_t n, const char *msg) {
  if (*i < 0) *i += (int64_t)n;
  if (*i >= 0 && (uint64_t)*i < n) return 0;
  mt_raise(vm, MT_T_INDEX_ERROR, "%s", msg);
  return -1;
}

static mt_value tuple_slice(mt_vm *vm, mt_value t, const mt_slice_bounds *b) {
  if (b->step == 1) return mt_tuple_slice(vm, t, (uint32_t)b->start, (uint32_t)(b->start + (int64_t)b->n));
  mt_value r = mt_tuple_new(vm, (uint32_t)b->n);
  if (r == MT_EXC) return MT_EXC;
  mt_value *src = mt_tuple_items(vm, t), *dst = mt_tuple_items(vm, r);
  for (uint64_t k = 0; k < b->n; k++) dst[k] = src[b->start + (int64_t)k * b->step];
  return r;
}

/* The slice object k applied to sequence c of type t. */
static mt_value get_slice(mt_vm *vm, mt_value c, uint32_t t, mt_value k) {
  int64_t len = mt_ops_len(vm, c);
  mt_slice_bounds b;
  if (len < 0 || mt_slice_bounds_of(vm, k, (uint64_t)len, &b)) return MT_EXC;
  switch (t) {
  case MT_T_STR: return mt_str_obj_slice(vm, c, b.start, b.step, (uint32_t)b.n);
  case MT_T_LIST: return mt_list_slice(vm, c, b.start, b.step, (uint32_t)b.n);
  case MT_T_TUPLE: return tuple_slice(vm, c, &b);
  default: return mt_bytes_slice(vm, c, b.start, b.step, (uint32_t)b.n);
  }
}

static mt_value bad_index_type(mt_vm *vm, uint32_t t, mt_value k) {
  switch (t) {
  case MT_T_STR: return mt_raise(vm, MT_T_TYPE_ERROR, "string indices must be integers, not '%T'", k);
  case MT_T_BYTES: return mt_raise(vm, MT_T_TYPE_ERROR, "byte indices must be integers or slices, not %T", k);
  default:
    return mt_raise(vm, MT_T_TYPE_ERROR, "%s indices must be integers or slices, not %T", mt_type_name(t), k);
  }
}

static mt_value seq_item(mt_vm *vm, mt_value c, uint32_t t, int64_t i) {
  switch (t) {
  case MT_T_LIST:
    if (seq_index(vm, &i, mt_list_len(vm, c), "list index out of range")) return MT_EXC;
    return mt_list_items(vm, c)[i];
  case MT_T_TUPLE:
    if (seq_index(vm, &i, mt_tuple_len(vm, c), "tuple index out of range")) return MT_EXC;
    return mt_tuple_items(vm, c)[i];
  case MT_T_STR:
    if (seq_index(vm, &i, mt_str_obj_view(vm, c).cplen, "string index out of range")) return MT_EXC;
    return mt_str_obj_char(vm, c, (uint32_t)i);
  default:
    if (seq_index(vm, &i, MT_OBJ(vm, mt_bytes, c)->len, "index out of range")) return MT_EXC;
    return mt_small(MT_OBJ(vm, mt_bytes, c)->data[i]);
  }
}

mt_value mt_ops_getitem(mt_vm *vm, mt_value c, mt_value k) {
  uint32_t t = mt_obj_type(c);
  if (t == MT_T_DICT) {
    mt_value v = mt_dict_get(vm, c, k);
    return v == MT_NULL ? mt_raise_key_error(vm, k) : v;
  }
  if (t == MT_T_RANGE) return mt_range_getitem(vm, c, k);
  if (t != MT_T_LIST && t != MT_T_TUPLE && t != MT_T_STR && t != MT_T_BYTES) {
    if (mt_is_type(c)) return mt_raise(vm, MT_T_TYPE_ERROR, "type '%s' is not subscriptable", mt_type_name(mt_type_of_value(c)));
    return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not subscriptable", c);
  }
  int64_t i;
  int r = mt_ops_index(vm, k, &i);
  if (r < 0) return MT_EXC;
  if (r == 0) return seq_item(vm, c, t, i);
  if (mt_is_ref_type(k, MT_T_SLICE)) return get_slice(vm, c, t, k);
  return bad_index_type(vm, t, k);
}

/* l[slice] = iterable. Returns 1 when only the VM can iterate v (it then
** assigns the list of v's items). */
static int list_set_slice(mt_vm *vm, mt_value l, mt_value k, mt_value v) {
  mt_value src = v;
  if (!mt_is_ref_type(v, MT_T_LIST) && !mt_is_ref_type(v, MT_T_TUPLE)) {
    mt_value it = mt_iter_new(vm, v);
    if (it == MT_EXC) {
      mt_exc_clear(vm);
      mt_raise(vm, MT_T_TYPE_ERROR, "must assign iterable to extended slice");
      return -1;
    }
    if (!mt_iter_is_native(vm, it)) return 1;
    src = mt_list_new(vm, 0);
    if (src == MT_EXC) return -1;
    for (mt_value x; (x = mt_iter_next(vm, it)) != MT_STOP;)
      if (x == MT_EXC || mt_list_append(vm, src, x)) return -1;
  } else if (v == l) {
    src = mt_list_slice(vm, l, 0, 1, mt_list_len(vm, l));
    if (src == MT_EXC) return -1;
  }
  uint32_t n = mt_ops_len(vm, src) < 0 ? 0 : (uint32_t)mt_ops_len(vm, src);
  const mt_value *items = mt_is_ref_type(src, MT_T_LIST) ? mt_list_items(vm, src) : mt_tuple_items(vm, src);
  mt_slice_bounds b;
  if (mt_slice_bounds_of(vm, k, mt_list_len(vm, l), &b)) return -1;
  if (b.step != 1) {
    if (b.n != n) {
      mt_raise(vm, MT_T_VALUE_ERROR, "attempt to assign sequence of size %u to extended slice of size %llu", n,
               (unsigned long long)b.n);
      return -1;
    }
    for (uint32_t j = 0; j < n; j++) mt_list_items(vm, l)[b.start + (int64_t)j * b.step] = items[j];
    return 0;
  }
  /* Replace [start, start + n_old) by the n new items. */
  uint32_t start = (uint32_t)b.start, old = (uint32_t)b.n;
  mt_value tail = mt_list_slice(vm, l, start + old, 1, mt_list_len(vm, l) - start - old);
  if (tail == MT_EXC) return -1;
  mt_list_del_range(vm, l, start, mt_list_len(vm, l));
  items = mt_is_ref_type(src, MT_T_LIST) ? mt_list_items(vm, src) : mt_tuple_items(vm, src);
  if (mt_list_reserve(vm, l, (uint64_t)n + mt_list_len(vm, tail))) return -1;
  for (uint32_t j = 0; j < n; j++) {
    items = mt_is_ref_type(src, MT_T_LIST) ? mt_list_items(vm, src) : mt_tuple_items(vm, src);
    if (mt_list_append(vm, l, items[j])) return -1;
  }
  return mt_list_extend(vm, l, tail);
}

int mt_ops_setitem(mt_vm *vm, mt_value c, mt_value k, mt_value v) {
  uint32_t t = mt_obj_type(c);
  if (t == MT_T_DICT) return mt_dict_set(vm, c, k, v);
  if (t != MT_T_LIST) {
    mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object does not support item assignment", c);
    return -1;
  }
  int64_t i;
  int r = mt_ops_index(vm, k, &i);
  if (r < 0) return -1;
  if (r == 0) {
    if (seq_index(vm, &i, mt_list_len(vm, c), "list assignment index out of range")) return -1;
    mt_list_items(vm, c)[i] = v;
    return 0;
  }
  if (mt_is_ref_type(k, MT_T_SLICE)) return list_set_slice(vm, c, k, v);
  bad_index_type(vm, t, k);
  return -1;
}

static int list_del_slice(mt_vm *vm, mt_value l, mt_value k) {
  mt_slice_bounds b;
  if (mt_slice_bounds_of(vm, k, mt_list_len(vm, l), &b)) return -1;
  if (b.n == 0) return 0;
  if (b.step == 1) {
    mt_list_del_range(vm, l, (uint32_t)b.start, (uint32_t)(b.start + (int64_t)b.n));
    return 0;
  }
  /* Extended slice: compact the survivors in place. */
  int64_t lo = b.step > 0 ? b.start : b.start + (int64_t)(b.n - 1) * b.step;
  int64_t step = b.step > 0 ? b.step : -b.step;
  uint32_t len = mt_list_len(vm, l), w = (uint32_t)lo;
  mt_value *items = mt_list_items(vm, l);
  for (uint32_t i = (uint32_t)lo; i < len; i++) {
    bool dead = (int64_t)i - lo < (int64_t)b.n * step && ((int64_t)i - lo) % step == 0;
    if (!dead) items[w++] = items[i];
  }
  mt_list_del_range(vm, l, w, len);
  return 0;
}

int mt_ops_delitem(mt_vm *vm, mt_value c, mt_value k) {
  uint32_t t = mt_obj_type(c);
  if (t == MT_T_DICT) {
    mt_value v = mt_dict_pop(vm, c, k);
    if (v == MT_EXC) return -1;
    if (v == MT_NULL) {
      mt_raise_key_error(vm, k);
      return -1;
    }
    return 0;
  }
  if (t != MT_T_LIST) {
    mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object doesn't support item deletion", c);
    return -1;
  }
  int64_t i;
  int r = mt_ops_index(vm, k, &i);
  if (r < 0) return -1;
  if (r == 0) {
    if (seq_index(vm, &i, mt_list_len(vm, c), "list assignment index out of range")) return -1;
    mt_list_del_range(vm, c, (uint32_t)i, (uint32_t)i + 1);
    return 0;
  }
  if (mt_is_ref_type(k, MT_T_SLICE)) return list_del_slice(vm, c, k);
  bad_index_type(vm, t, k);
  return -1;
}
