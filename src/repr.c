/*
** repr.c: repr() and str() of builtin values.
**
** Containers mark themselves (MT_OF_SEEN) while their items print, so a
** container met again prints as [...] like CPython's Py_ReprEnter; nesting
** is bounded by the recursion limit.
*/
#include "repr.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "floating.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "strops.h"
#include "unicode.h"
#include "union.h"

static int put_hex(mt_vm *vm, mt_sb *sb, const char *prefix, uint32_t x, int width) {
  char tmp[16];
  snprintf(tmp, sizeof tmp, "%s%0*x", prefix, width, x);
  return mt_sb_puts(vm, sb, tmp);
}

/* The address CPython would print: here, the arena offset. */
static int put_addr(mt_vm *vm, mt_sb *sb, mt_value v) { return put_hex(vm, sb, "0x", mt_ref_off(v), 1); }

/* ---- numbers ---- */

static int float_into(mt_vm *vm, mt_sb *sb, double d) {
  mt_buf buf = MT_BUF_INIT;
  int r = mt_float_repr(&buf, d) ? -1 : 0;
  if (r) mt_raise_type(vm, MT_T_MEMORY_ERROR);
  else r = mt_sb_append(vm, sb, buf.data, buf.len);
  mt_buf_free(&buf);
  return r;
}

/* ---- text ---- */

/* str and bytes reprs come from strops (CPython's unicode_repr and
** bytes_repr); the arena room is reserved first so max_memory bounds the
** host-side scratch too (an escape is at most 4 bytes per input byte). */
static mt_strv text_view(mt_vm *vm, mt_value v) {
  if (mt_is_ref_type(v, MT_T_BYTES)) {
    mt_bytes *b = MT_OBJ(vm, mt_bytes, v);
    return mt_str_bytes_view((const char *)b->data, b->len);
  }
  return mt_str_obj_strv(vm, v);
}

static int text_repr_into(mt_vm *vm, mt_sb *sb, mt_value v) {
  if (mt_sb_reserve(vm, sb, 4 * (uint64_t)text_view(vm, v).len + 3)) return -1;
  mt_strv view = text_view(vm, v);
  mt_buf buf = MT_BUF_INIT;
  int r = mt_str_repr(&view, false, &buf) ? -1 : 0;
  if (r) mt_raise_type(vm, MT_T_MEMORY_ERROR);
  else r = mt_sb_append(vm, sb, buf.data, buf.len);
  mt_buf_free(&buf);
  return r;
}

/* ---- containers ---- */

/* Enter a container: 1 if it is already being printed, 0 if entered, -1
** on RecursionError. */
static int enter(mt_vm *vm, mt_value v) {
  mt_obj *o = mt_obj_at(vm, mt_ref_off(v));
  if (o->flags & MT_OF_SEEN) return 1;
  if (mt_exc_depth_enter(vm, " while getting the repr of an object")) return -1;
  o->flags |= MT_OF_SEEN;
  return 0;
}

static void leave(mt_vm *vm, mt_value v) {
  mt_obj_at(vm, mt_ref_off(v))->flags &= (uint8_t)~MT_OF_SEEN;
  mt_exc_depth_leave(vm);
}

/* Items of a tuple or list, re-read each step (printing allocates). */
static int items_into(mt_vm *vm, mt_sb *sb, mt_value seq) {
  bool tuple = mt_is_ref_type(seq, MT_T_TUPLE);
  for (uint32_t i = 0; i < (tuple ? mt_tuple_len(vm, seq) : mt_list_len(vm, seq)); i++) {
    mt_value item = tuple ? mt_tuple_items(vm, seq)[i] : mt_list_items(vm, seq)[i];
    if ((i && mt_sb_puts(vm, sb, ", ")) || mt_repr_into(vm, sb, item)) return -1;
  }
  return 0;
}

static int seq_into(mt_vm *vm, mt_sb *sb, mt_value v) {
  bool tuple = mt_is_ref_type(v, MT_T_TUPLE);
  int e = enter(vm, v);
  if (e) return e < 0 ? -1 : mt_sb_puts(vm, sb, tuple ? "(...)" : "[...]");
  int r = mt_sb_putc(vm, sb, tuple ? '(' : '[') || items_into(vm, sb, v);
  if (!r && tuple && mt_tuple_len(vm, v) == 1) r = mt_sb_putc(vm, sb, ',');
  if (!r) r = mt_sb_putc(vm, sb, tuple ? ')' : ']');
  leave(vm, v);
  return r ? -1 : 0;
}

static int dict_items_into(mt_vm *vm, mt_sb *sb, mt_value d) {
  uint32_t pos = 0, i = 0;
  mt_value key, value;
  while (mt_dict_next(vm, d, &pos, &key, &value)) {
    if ((i++ && mt_sb_puts(vm, sb, ", ")) || mt_repr_into(vm, sb, key) || mt_sb_puts(vm, sb, ": ") ||
        mt_repr_into(vm, sb, value))
      return -1;
  }
  return 0;
}

static int dict_into(mt_vm *vm, mt_sb *sb, mt_value d) {
  int e = enter(vm, d);
  if (e) return e < 0 ? -1 : mt_sb_puts(vm, sb, "{...}");
  int r = mt_sb_putc(vm, sb, '{') || dict_items_into(vm, sb, d) || mt_sb_putc(vm, sb, '}');
  leave(vm, d);
  return r ? -1 : 0;
}

static int set_items_into(mt_vm *vm, mt_sb *sb, mt_value s) {
  uint32_t pos = 0, i = 0;
  mt_value key;
  while (mt_set_next(vm, s, &pos, &key, NULL))
    if ((i++ && mt_sb_puts(vm, sb, ", ")) || mt_repr_into(vm, sb, key)) return -1;
  return 0;
}

/* {1, 2} / set() / frozenset({1}) / frozenset() */
static int set_into(mt_vm *vm, mt_sb *sb, mt_value s) {
  bool frozen = mt_is_ref_type(s, MT_T_FROZENSET);
  const char *name = frozen ? "frozenset" : "set";
  if (mt_set_len(vm, s) == 0) return mt_sb_format(vm, sb, "%s()", name);
  int e = enter(vm, s);
  if (e) return e < 0 ? -1 : mt_sb_format(vm, sb, "%s(...)", name);
  int r = (frozen && mt_sb_format(vm, sb, "%s(", name)) || mt_sb_putc(vm, sb, '{') ||
          set_items_into(vm, sb, s) || mt_sb_putc(vm, sb, '}') || (frozen && mt_sb_putc(vm, sb, ')'));
  leave(vm, s);
  return r ? -1 : 0;
}

/* dict_keys([...]), dict_values([...]), dict_items([(k, v), ...]) */
static int view_into(mt_vm *vm, mt_sb *sb, mt_value view) {
  uint32_t type = mt_ref_type(view);
  mt_value d = MT_OBJ(vm, mt_view, view)->dict;
  int e = enter(vm, view);
  if (e) return e < 0 ? -1 : mt_sb_puts(vm, sb, "...");
  int r = mt_sb_format(vm, sb, "%s([", mt_type_name(type));
  uint32_t pos = 0, i = 0;
  mt_value key, value;
  while (!r && mt_dict_next(vm, d, &pos, &key, &value)) {
    if (i++) r = mt_sb_puts(vm, sb, ", ");
    if (r) break;
    if (type == MT_T_DICT_KEYS) r = mt_repr_into(vm, sb, key);
    else if (type == MT_T_DICT_VALUES) r = mt_repr_into(vm, sb, value);
    else r = mt_sb_format(vm, sb, "(%R, %R)", key, value);
  }
  if (!r) r = mt_sb_puts(vm, sb, "])");
  leave(vm, view);
  return r ? -1 : 0;
}

/* ---- exceptions ---- */

/* repr: Name(arg) for one argument, Name(a, b) / Name() otherwise. */
static int exc_repr_into(mt_vm *vm, mt_sb *sb, mt_value e) {
  mt_value args = MT_OBJ(vm, mt_exc, e)->args;
  if (mt_sb_puts(vm, sb, mt_type_name(mt_ref_type(e)))) return -1;
  if (mt_tuple_len(vm, args) == 1) return mt_sb_format(vm, sb, "(%R)", mt_tuple_items(vm, args)[0]);
  return mt_repr_into(vm, sb, args);
}

/* str() of a UnicodeEncodeError / UnicodeDecodeError made with its five
** arguments (encoding, object, start, end, reason), worded as CPython's
** UnicodeEncodeError_str / UnicodeDecodeError_str. 1 when e is not of
** that shape (then the generic rules apply). */
static int unicode_error_into(mt_vm *vm, mt_sb *sb, mt_value e) {
  bool enc = mt_is_ref_type(e, MT_T_UNICODE_ENCODE_ERROR);
  if (!enc && !mt_is_ref_type(e, MT_T_UNICODE_DECODE_ERROR)) return 1;
  mt_value args = MT_OBJ(vm, mt_exc, e)->args;
  if (mt_tuple_len(vm, args) != 5) return 1;
  mt_value *a = mt_tuple_items(vm, args);
  int64_t start, end;
  mt_value encoding = a[0], object = a[1], reason = a[4];
  bool text = mt_is_str(object);
  if (!mt_is_str(encoding) || !mt_is_str(reason) || !(enc ? text : mt_is_ref_type(object, MT_T_BYTES)) ||
      !mt_int_to_i64(vm, a[2], &start) || !mt_int_to_i64(vm, a[3], &end))
    return 1;
  int64_t len = text ? mt_str_obj_view(vm, object).cplen : MT_OBJ(vm, mt_bytes, object)->len;
  if (start < 0 || start >= len || end != start + 1)
    return mt_sb_format(vm, sb, "'%S' codec can't %s in position %lld-%lld: %S", encoding,
                        enc ? "encode characters" : "decode bytes", (long long)start,
                        (long long)end - 1, reason);
  char bad[16];
  if (!enc) {
    snprintf(bad, sizeof bad, "0x%02x", MT_OBJ(vm, mt_bytes, object)->data[start]);
    return mt_sb_format(vm, sb, "'%S' codec can't decode byte %s in position %lld: %S", encoding, bad,
                        (long long)start, reason);
  }
  size_t at = mt_str_obj_offset(vm, object, (uint32_t)start);
  uint32_t c = mt_uni_next(mt_str_obj_view(vm, object).p, &at);
  snprintf(bad, sizeof bad, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", c);
  return mt_sb_format(vm, sb, "'%S' codec can't encode character '%s' in position %lld: %S", encoding,
                      bad, (long long)start, reason);
}

/* str: '' without arguments, str(arg) with one (repr for KeyError), the
** args tuple otherwise. */
static int exc_str_into(mt_vm *vm, mt_sb *sb, mt_value e) {
  int u = unicode_error_into(vm, sb, e);
  if (u <= 0) return u;
  mt_value args = MT_OBJ(vm, mt_exc, e)->args;
  uint32_t n = mt_tuple_len(vm, args);
  if (n == 0) return 0;
  if (n > 1) return mt_repr_into(vm, sb, args);
  mt_value a = mt_tuple_items(vm, args)[0];
  return mt_is_ref_type(e, MT_T_KEY_ERROR) ? mt_repr_into(vm, sb, a) : mt_repr_str_into(vm, sb, a);
}

/* ---- everything else ---- */

static int object_into(mt_vm *vm, mt_sb *sb, mt_value v) {
  uint32_t t = mt_ref_type(v);
  switch (t) {
  case MT_T_FUNCTION:
    return mt_sb_format(vm, sb, "<function %S at ", MT_OBJ(vm, mt_function, v)->qualname) ||
           put_addr(vm, sb, v) || mt_sb_putc(vm, sb, '>');
  case MT_T_BUILTIN_FN: {
    mt_method *m = MT_OBJ(vm, mt_method, v);
    uint32_t i = mt_native_index(m->func);
    const char *name = vm->native_names ? vm->native_names[i] : "?";
    mt_value self = m->self;
    return mt_sb_format(vm, sb, "<built-in method %s of %T object at ", name, self) ||
           (mt_is_ref(self) ? put_addr(vm, sb, self) : put_hex(vm, sb, "0x", (uint32_t)self, 1)) ||
           mt_sb_putc(vm, sb, '>');
  }
  case MT_T_METHOD: {
    mt_method *m = MT_OBJ(vm, mt_method, v);
    mt_value self = m->self;
    return mt_sb_format(vm, sb, "<bound method %S of %R>", MT_OBJ(vm, mt_function, m->func)->qualname, self);
  }
  case MT_T_GETSET_DESCRIPTOR:
  case MT_T_MEMBER_DESCRIPTOR: {
    mt_method *m = MT_OBJ(vm, mt_method, v);
    return mt_sb_format(vm, sb, "<%s '%S' of '%s' objects>", t == MT_T_MEMBER_DESCRIPTOR ? "member" : "attribute",
                        m->func, mt_type_name(mt_type_of_value(m->self)));
  }
  case MT_T_CODE: {
    mt_code *c = MT_OBJ(vm, mt_code, v);
    mt_value name = c->name, file = c->filename;
    uint32_t line = c->firstlineno;
    return mt_sb_format(vm, sb, "<code object %S at ", name) || put_addr(vm, sb, v) ||
           mt_sb_format(vm, sb, ", file \"%S\", line %u>", file, line);
  }
  case MT_T_GENERATOR:
    return mt_sb_format(vm, sb, "<generator object %S at ", MT_OBJ(vm, mt_iter, v)->b) || put_addr(vm, sb, v) ||
           mt_sb_putc(vm, sb, '>');
  case MT_T_CELL: {
    mt_value x = MT_OBJ(vm, mt_cell, v)->v;
    int r = mt_sb_puts(vm, sb, "<cell at ") || put_addr(vm, sb, v) || mt_sb_puts(vm, sb, ": ");
    if (r) return -1;
    if (x == MT_NULL) return mt_sb_puts(vm, sb, "empty>");
    return mt_sb_format(vm, sb, "%T object at ", x) ||
           (mt_is_ref(x) ? put_addr(vm, sb, x) : put_hex(vm, sb, "0x", (uint32_t)x, 1)) ||
           mt_sb_putc(vm, sb, '>');
  }
  case MT_T_RANGE: {
    mt_triple *r = MT_OBJ(vm, mt_triple, v);
    mt_value start = r->start, stop = r->stop, step = r->step;
    if (step == mt_small(1)) return mt_sb_format(vm, sb, "range(%R, %R)", start, stop);
    return mt_sb_format(vm, sb, "range(%R, %R, %R)", start, stop, step);
  }
  case MT_T_SLICE: {
    mt_triple *r = MT_OBJ(vm, mt_triple, v);
    return mt_sb_format(vm, sb, "slice(%R, %R, %R)", r->start, r->stop, r->step);
  }
  default: break;
  }
  if (mt_type_is_exc(t)) return exc_repr_into(vm, sb, v);
  return mt_sb_format(vm, sb, "<%s object at ", mt_type_name(t)) || put_addr(vm, sb, v) ||
         mt_sb_putc(vm, sb, '>');
}

static int ref_into(mt_vm *vm, mt_sb *sb, mt_value v) {
  switch (mt_ref_type(v)) {
  case MT_T_INT: return mt_int_to_decimal(vm, sb, v);
  case MT_T_STR:
  case MT_T_BYTES: return text_repr_into(vm, sb, v);
  case MT_T_TUPLE:
  case MT_T_LIST: return seq_into(vm, sb, v);
  case MT_T_DICT: return dict_into(vm, sb, v);
  case MT_T_SET:
  case MT_T_FROZENSET: return set_into(vm, sb, v);
  case MT_T_DICT_KEYS:
  case MT_T_DICT_VALUES:
  case MT_T_DICT_ITEMS: return view_into(vm, sb, v);
  case MT_T_UNION_TYPE: return mt_union_repr_into(vm, sb, v);
  default: return object_into(vm, sb, v);
  }
}

int mt_repr_into(mt_vm *vm, mt_sb *sb, mt_value v) {
  if (mt_is_float(v)) return float_into(vm, sb, mt_as_float(v));
  if (mt_is_small(v)) return mt_sb_format(vm, sb, "%lld", (long long)mt_as_small(v));
  if (mt_is_ref(v)) return ref_into(vm, sb, v);
  if (mt_is_name(v)) return text_repr_into(vm, sb, v);
  if (mt_is_type(v)) return mt_sb_format(vm, sb, "<class '%s'>", mt_type_name(mt_type_of_value(v)));
  if (mt_is_native(v)) {
    uint32_t i = mt_native_index(v);
    return mt_sb_format(vm, sb, "<built-in function %s>", vm->native_names ? vm->native_names[i] : "?");
  }
  switch (v) {
  case MT_NONE: return mt_sb_puts(vm, sb, "None");
  case MT_TRUE: return mt_sb_puts(vm, sb, "True");
  case MT_FALSE: return mt_sb_puts(vm, sb, "False");
  case MT_ELLIPSIS: return mt_sb_puts(vm, sb, "Ellipsis");
  case MT_NOTIMPL: return mt_sb_puts(vm, sb, "NotImplemented");
  default: return mt_sb_puts(vm, sb, "<NULL>");
  }
}

int mt_repr_str_into(mt_vm *vm, mt_sb *sb, mt_value v) {
  if (mt_is_str(v)) return mt_sb_append_str(vm, sb, v);
  if (mt_is_ref(v) && mt_type_is_exc(mt_ref_type(v))) return exc_str_into(vm, sb, v);
  return mt_repr_into(vm, sb, v);
}

static mt_value build(mt_vm *vm, mt_value v, int (*into)(mt_vm *, mt_sb *, mt_value)) {
  mt_sb sb;
  if (mt_sb_init(vm, &sb, 16) || into(vm, &sb, v)) return MT_EXC;
  return mt_sb_finish(vm, &sb);
}

mt_value mt_repr(mt_vm *vm, mt_value v) { return build(vm, v, mt_repr_into); }

mt_value mt_repr_str(mt_vm *vm, mt_value v) {
  if (mt_is_str(v)) return v;
  return build(vm, v, mt_repr_str_into);
}
