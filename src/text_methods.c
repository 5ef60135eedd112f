/*
** text_methods.c: the methods of str and bytes as natives (native.h),
** but str.format and str.format_map (strfmt.c). The algorithms are
** strops.h's over UTF-8 text or raw bytes; this file parses arguments
** exactly as CPython 3.11 does, so that results and error messages
** match, and turns results into str or bytes objects.
**
** Most methods exist for both types and share one implementation: self's
** type says which kind of text it works on, and the two natives differ
** only in the name CPython uses in messages ("str.find", "bytes.find").
**
** Views of a text (mt_strv) point into the arena. They stay valid while a
** method allocates its results: objects move, and the arena is remapped,
** only at the collector's safe points, never while a native runs.
*/
#include "text_methods.h"

#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "iterate.h"
#include "list.h"
#include "native.h"
#include "str.h"
#include "strops.h"
#include "tuple.h"

/* ---- views and results ---- */

static bool is_bytes(mt_value v) { return mt_is_ref_type(v, MT_T_BYTES); }

/* The text of a str or bytes value. */
static mt_strv view(mt_vm *vm, mt_value v) {
  if (is_bytes(v)) return mt_str_bytes_view((const char *)mt_bytes_data(vm, v), mt_bytes_len(vm, v));
  return mt_str_obj_strv(vm, v);
}

/* A new text of self's kind from p[0..n) (ncp code points for str). */
static mt_value new_text(mt_vm *vm, mt_value self, const char *p, size_t n, size_t ncp) {
  if (is_bytes(self)) return mt_bytes_new(vm, p, n);
  return mt_str_obj_new_n(vm, p ? p : "", n, ncp);
}

/* The piece sp of self's text: self itself when that is all of it. */
static mt_value sub_text(mt_vm *vm, mt_value self, mt_str_span sp) {
  if (!is_bytes(self)) return mt_str_obj_span(vm, self, (uint32_t)sp.off, (uint32_t)sp.len, (uint32_t)sp.ncp);
  if (sp.off == 0 && sp.len == mt_bytes_len(vm, self)) return self;
  return mt_bytes_new(vm, mt_bytes_data(vm, self) + sp.off, sp.len);
}

/* The exception for a strops failure code. */
static mt_value strops_fail(mt_vm *vm, int rc) {
  if (rc == MT_STR_EEMPTYSEP) return mt_raise(vm, MT_T_VALUE_ERROR, "empty separator");
  return mt_raise_type(vm, MT_T_MEMORY_ERROR);
}

/* The text an operation appended to b (ncp code points); frees b. */
static mt_value from_buf(mt_vm *vm, mt_value self, int rc, mt_buf *b, size_t ncp) {
  mt_value r = rc ? strops_fail(vm, rc) : new_text(vm, self, b->data, b->len, ncp);
  mt_buf_free(b);
  return r;
}

/* "str.find" -> "find": CPython names methods both ways in messages. */
static const char *short_name(const char *qname) {
  const char *dot = strchr(qname, '.');
  return dot ? dot + 1 : qname;
}

/* ---- operands ---- */

/* An operand of self's kind. For str, a non-str is reported as the
** search methods do ("must be str, not int"); for bytes, as every bytes
** method does ("a bytes-like object is required, not 'str'"). */
static int operand(mt_vm *vm, mt_value self, mt_value v, mt_strv *out) {
  if (is_bytes(self) ? is_bytes(v) : mt_is_str(v)) {
    *out = view(vm, v);
    return 0;
  }
  if (is_bytes(self)) mt_raise(vm, MT_T_TYPE_ERROR, "a bytes-like object is required, not '%T'", v);
  else mt_raise(vm, MT_T_TYPE_ERROR, "must be str, not %T", v);
  return -1;
}

/* The substring argument of bytes.find & co., which may also be one byte
** given as an int (stored in *byte). */
static int search_operand(mt_vm *vm, mt_value self, mt_value v, char *byte, mt_strv *out) {
  if (!is_bytes(self) || !mt_int_is(v)) {
    if (!is_bytes(self) || is_bytes(v)) return operand(vm, self, v, out);
    mt_raise(vm, MT_T_TYPE_ERROR, "argument should be integer or bytes-like object, not '%T'", v);
    return -1;
  }
  int64_t b;
  if (!mt_int_to_i64(vm, v, &b) || b < 0 || b > 255) {
    mt_raise(vm, MT_T_VALUE_ERROR, "byte must be in range(0, 256)");
    return -1;
  }
  *byte = (char)b;
  *out = mt_str_bytes_view(byte, 1);
  return 0;
}

/* ---- case conversions and predicates (no arguments) ---- */

static mt_value case_map(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                         const char *qname, mt_str_case_op op) {
  if (mt_args_none(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  mt_strv v = view(vm, args[0]);
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_case(&v, op, &b, &ncp);
  return from_buf(vm, args[0], rc, &b, ncp);
}

static mt_value predicate(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                          const char *qname, mt_str_pred p) {
  if (mt_args_none(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  mt_strv v = view(vm, args[0]);
  return mt_bool(mt_str_is(&v, p));
}

/* Natives of both types over one implementation impl(..., qname, extra). */
#define TEXT_NATIVE(type, name, impl, extra)                                                        \
  mt_value mt_m_##type##_##name(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) { \
    return impl(vm, args, nargs, kwnames, #type "." #name, extra);                                  \
  }
#define BOTH(name, impl, extra) TEXT_NATIVE(str, name, impl, extra) TEXT_NATIVE(bytes, name, impl, extra)

BOTH(upper, case_map, MT_STR_UPPER)
BOTH(lower, case_map, MT_STR_LOWER)
BOTH(capitalize, case_map, MT_STR_CAPITALIZE)
BOTH(title, case_map, MT_STR_TITLE)
BOTH(swapcase, case_map, MT_STR_SWAPCASE)
TEXT_NATIVE(str, casefold, case_map, MT_STR_CASEFOLD)

BOTH(isalpha, predicate, MT_STR_IS_ALPHA)
BOTH(isalnum, predicate, MT_STR_IS_ALNUM)
BOTH(isdigit, predicate, MT_STR_IS_DIGIT)
BOTH(isspace, predicate, MT_STR_IS_SPACE)
BOTH(islower, predicate, MT_STR_IS_LOWER)
BOTH(isupper, predicate, MT_STR_IS_UPPER)
BOTH(istitle, predicate, MT_STR_IS_TITLE)
BOTH(isascii, predicate, MT_STR_IS_ASCII)
TEXT_NATIVE(str, isdecimal, predicate, MT_STR_IS_DECIMAL)
TEXT_NATIVE(str, isnumeric, predicate, MT_STR_IS_NUMERIC)
TEXT_NATIVE(str, isidentifier, predicate, MT_STR_IS_IDENTIFIER)
TEXT_NATIVE(str, isprintable, predicate, MT_STR_IS_PRINTABLE)

/* ---- find, rfind, index, rindex, count ---- */

/* (sub[, start[, end]]) as stringlib's parse_args_finds reads it: the
** count first, then the slice indices (the caller checks sub). */
static int finds_args(mt_vm *vm, const char *qname, const mt_value *args, uint32_t nargs,
                      mt_value kwnames, int64_t *start, int64_t *end) {
  *start = 0;
  *end = MT_STR_END;
  if (mt_args_no_kw(vm, qname, kwnames) || mt_args_tuple(vm, short_name(qname), nargs - 1, 1, 3))
    return -1;
  if (nargs > 2 && mt_arg_slice_index(vm, args[2], start)) return -1;
  if (nargs > 3 && mt_arg_slice_index(vm, args[3], end)) return -1;
  return 0;
}

typedef enum { FIND, RFIND, INDEX, RINDEX, COUNT } find_kind;

static mt_value search(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                       const char *qname, find_kind kind) {
  int64_t start, end, r;
  char byte;
  mt_strv sub;
  if (finds_args(vm, qname, args, nargs, kwnames, &start, &end) ||
      search_operand(vm, args[0], args[1], &byte, &sub))
    return MT_EXC;
  mt_strv h = view(vm, args[0]);
  switch (kind) {
  case COUNT: return mt_int_from_i64(vm, mt_str_count(&h, &sub, start, end));
  case FIND:
  case INDEX: r = mt_str_find(&h, &sub, start, end); break;
  default: r = mt_str_rfind(&h, &sub, start, end); break;
  }
  if (r < 0 && (kind == INDEX || kind == RINDEX))
    return mt_raise(vm, MT_T_VALUE_ERROR, is_bytes(args[0]) ? "subsection not found" : "substring not found");
  return mt_int_from_i64(vm, r);
}

BOTH(find, search, FIND)
BOTH(rfind, search, RFIND)
BOTH(index, search, INDEX)
BOTH(rindex, search, RINDEX)
BOTH(count, search, COUNT)

/* ---- startswith, endswith ---- */

/* A prefix of self's kind or a tuple of them, each tried in turn. */
static mt_value affix(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *qname, bool at_end) {
  int64_t start, end;
  const char *name = short_name(qname), *tname = is_bytes(args[0]) ? "bytes" : "str";
  if (finds_args(vm, qname, args, nargs, kwnames, &start, &end)) return MT_EXC;
  mt_value x = args[1];
  bool tuple = mt_is_ref_type(x, MT_T_TUPLE);
  if (!tuple && mt_obj_type(x) != mt_obj_type(args[0]))
    return mt_raise(vm, MT_T_TYPE_ERROR, "%s first arg must be %s or a tuple of %s, not %T", name, tname,
                    tname, x);
  uint32_t n = tuple ? mt_tuple_len(vm, x) : 1;
  for (uint32_t i = 0; i < n; i++) {
    mt_value p = tuple ? mt_tuple_items(vm, x)[i] : x;
    mt_strv pv;
    if (!is_bytes(args[0]) && !mt_is_str(p))
      return mt_raise(vm, MT_T_TYPE_ERROR, "tuple for %s must only contain str, not %T", name, p);
    if (operand(vm, args[0], p, &pv)) return MT_EXC;
    mt_strv h = view(vm, args[0]);
    if (at_end ? mt_str_endswith(&h, &pv, start, end) : mt_str_startswith(&h, &pv, start, end))
      return MT_TRUE;
  }
  return MT_FALSE;
}

BOTH(startswith, affix, false)
BOTH(endswith, affix, true)

/* ---- split, rsplit, splitlines ---- */

typedef struct pieces {
  mt_vm *vm;
  mt_value self;
  mt_value list;
} pieces;

static int add_piece(void *ctx, mt_str_span sp) {
  pieces *p = ctx;
  mt_value s = sub_text(p->vm, p->self, sp);
  return s == MT_EXC || mt_list_append(p->vm, p->list, s) ? MT_STR_ENOMEM : 0;
}

static mt_value split(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *qname, bool reverse) {
  static const uint16_t names[] = {MT_N_sep, MT_N_maxsplit};
  const mt_argspec spec = {short_name(qname), names, 2, 0, 2, 0};
  mt_value a[2];
  int64_t maxsplit = -1;
  mt_strv sv;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a)) return MT_EXC;
  mt_value sep = a[0] == MT_NULL ? MT_NONE : a[0];
  if (sep != MT_NONE) {
    if (!is_bytes(args[0]) && !mt_is_str(sep))
      return mt_raise(vm, MT_T_TYPE_ERROR, "must be str or None, not %T", sep);
    if (operand(vm, args[0], sep, &sv)) return MT_EXC;
  }
  if (a[1] != MT_NULL && mt_arg_index(vm, a[1], &maxsplit)) return MT_EXC;
  pieces p = {vm, args[0], mt_list_new(vm, 0)};
  if (p.list == MT_EXC) return MT_EXC;
  mt_strv v = view(vm, args[0]);
  int rc = mt_str_split(&v, sep == MT_NONE ? NULL : &sv, maxsplit, reverse, add_piece, &p);
  if (rc) return rc == MT_STR_ENOMEM ? MT_EXC : strops_fail(vm, rc);
  if (reverse) mt_list_reverse(vm, p.list);
  return p.list;
}

BOTH(split, split, false)
BOTH(rsplit, split, true)

static mt_value splitlines(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                           const char *qname, int unused) {
  static const uint16_t names[] = {MT_N_keepends};
  const mt_argspec spec = {short_name(qname), names, 1, 0, 1, 0};
  mt_value a[1];
  int32_t keepends = 0;
  (void)unused;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a)) return MT_EXC;
  if (a[0] != MT_NULL && mt_arg_int(vm, a[0], &keepends)) return MT_EXC;
  pieces p = {vm, args[0], mt_list_new(vm, 0)};
  if (p.list == MT_EXC) return MT_EXC;
  mt_strv v = view(vm, args[0]);
  return mt_str_splitlines(&v, keepends != 0, add_piece, &p) ? MT_EXC : p.list;
}

BOTH(splitlines, splitlines, 0)

/* ---- partition, rpartition ---- */

static mt_value partition(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                          const char *qname, bool reverse) {
  mt_strv sep;
  if (mt_args_one(vm, qname, nargs - 1, kwnames) || operand(vm, args[0], args[1], &sep)) return MT_EXC;
  mt_strv v = view(vm, args[0]);
  mt_str_span sp[3];
  int rc = mt_str_partition(&v, &sep, reverse, sp);
  if (rc < 0) return strops_fail(vm, rc);
  mt_value t = mt_tuple_new(vm, 3);
  for (int i = 0; i < 3 && t != MT_EXC; i++) {
    /* bytes: the separator is the argument itself when it is found */
    mt_value s = i == 1 && rc == 1 && is_bytes(args[0]) ? args[1] : sub_text(vm, args[0], sp[i]);
    if (s == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, t)[i] = s;
  }
  return t;
}

BOTH(partition, partition, false)
BOTH(rpartition, partition, true)

/* ---- strip, lstrip, rstrip ---- */

static mt_value strip(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *qname, int sides) {
  const char *name = short_name(qname);
  mt_strv cv;
  if (mt_args_no_kw(vm, qname, kwnames) || mt_args_count(vm, name, nargs - 1, 0, 1)) return MT_EXC;
  mt_value chars = nargs > 1 ? args[1] : MT_NONE;
  if (chars != MT_NONE) {
    if (!is_bytes(args[0]) && !mt_is_str(chars))
      return mt_raise(vm, MT_T_TYPE_ERROR, "%s arg must be None or str", name);
    if (operand(vm, args[0], chars, &cv)) return MT_EXC;
  }
  mt_strv v = view(vm, args[0]);
  mt_str_span sp;
  int rc = mt_str_strip(&v, chars == MT_NONE ? NULL : &cv, sides, &sp);
  return rc ? strops_fail(vm, rc) : sub_text(vm, args[0], sp);
}

BOTH(strip, strip, MT_STR_BOTH)
BOTH(lstrip, strip, MT_STR_LEFT)
BOTH(rstrip, strip, MT_STR_RIGHT)

/* ---- removeprefix, removesuffix ---- */

static mt_value remove_affix(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                             const char *qname, bool suffix) {
  mt_strv a;
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  if (!is_bytes(args[0]) && !mt_is_str(args[1]))
    return mt_arg_bad(vm, short_name(qname), 0, NULL, "str", args[1]);
  if (operand(vm, args[0], args[1], &a)) return MT_EXC;
  mt_strv v = view(vm, args[0]);
  bool has = suffix ? mt_str_endswith(&v, &a, 0, MT_STR_END) : mt_str_startswith(&v, &a, 0, MT_STR_END);
  if (!has || a.len == 0) return args[0];
  mt_str_span sp = {suffix ? 0 : a.len, v.len - a.len, v.ncp - a.ncp};
  return sub_text(vm, args[0], sp);
}

BOTH(removeprefix, remove_affix, false)
BOTH(removesuffix, remove_affix, true)

/* ---- replace ---- */

static mt_value replace(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                        const char *qname, int unused) {
  int64_t count = -1;
  mt_strv old, new_;
  (void)unused;
  if (mt_args_no_kw(vm, qname, kwnames) || mt_args_count(vm, "replace", nargs - 1, 2, 3)) return MT_EXC;
  for (uint32_t i = 1; i <= 2; i++)
    if (!is_bytes(args[0]) && !mt_is_str(args[i])) return mt_arg_bad(vm, "replace", i, NULL, "str", args[i]);
  if (operand(vm, args[0], args[1], &old) || operand(vm, args[0], args[2], &new_) ||
      (nargs > 3 && mt_arg_index(vm, args[3], &count)))
    return MT_EXC;
  mt_strv v = view(vm, args[0]);
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0, nrepl = 0;
  int rc = mt_str_replace(&v, &old, &new_, count, mt_heap_room(vm), &b, &ncp, &nrepl);
  if (rc == MT_STR_OK && nrepl == 0) {
    mt_buf_free(&b);
    return args[0];
  }
  return from_buf(vm, args[0], rc, &b, ncp);
}

BOTH(replace, replace, 0)

/* ---- center, ljust, rjust, zfill, expandtabs ---- */

/* The fill character argument: one code point of a str, one byte of a
** bytes. */
static int fill_char(mt_vm *vm, mt_value self, const char *name, mt_value v, uint32_t *out) {
  if (is_bytes(self)) {
    if (is_bytes(v) && mt_bytes_len(vm, v) == 1) {
      *out = mt_bytes_data(vm, v)[0];
      return 0;
    }
    mt_raise(vm, MT_T_TYPE_ERROR, "%s() argument 2 must be a byte string of length 1, not %T", name, v);
    return -1;
  }
  if (!mt_is_str(v)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "The fill character must be a unicode character, not %T", v);
    return -1;
  }
  mt_strview s = mt_str_obj_view(vm, v);
  if (s.cplen != 1) {
    mt_raise(vm, MT_T_TYPE_ERROR, "The fill character must be exactly one character long");
    return -1;
  }
  size_t i = 0;
  *out = mt_uni_next(s.p, &i);
  return 0;
}

static mt_value pad(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                    const char *qname, mt_str_align align) {
  const char *name = short_name(qname);
  int64_t width;
  uint32_t fill = ' ';
  if (mt_args_no_kw(vm, qname, kwnames) || mt_args_count(vm, name, nargs - 1, 1, 2) ||
      mt_arg_index(vm, args[1], &width) || (nargs > 2 && fill_char(vm, args[0], name, args[2], &fill)))
    return MT_EXC;
  mt_strv v = view(vm, args[0]);
  if (width <= (int64_t)v.ncp) return args[0];
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_pad(&v, width, fill, align, mt_heap_room(vm), &b, &ncp);
  return from_buf(vm, args[0], rc, &b, ncp);
}

BOTH(center, pad, MT_STR_CENTER)
BOTH(ljust, pad, MT_STR_LJUST)
BOTH(rjust, pad, MT_STR_RJUST)

static mt_value zfill(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *qname, int unused) {
  int64_t width;
  (void)unused;
  if (mt_args_one(vm, qname, nargs - 1, kwnames) || mt_arg_index(vm, args[1], &width)) return MT_EXC;
  mt_strv v = view(vm, args[0]);
  if (width <= (int64_t)v.ncp) return args[0];
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_zfill(&v, width, mt_heap_room(vm), &b, &ncp);
  return from_buf(vm, args[0], rc, &b, ncp);
}

BOTH(zfill, zfill, 0)

static mt_value expandtabs(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                           const char *qname, int unused) {
  static const uint16_t names[] = {MT_N_tabsize};
  const mt_argspec spec = {short_name(qname), names, 1, 0, 1, 0};
  mt_value a[1];
  int32_t tabsize = 8;
  (void)unused;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a) ||
      (a[0] != MT_NULL && mt_arg_int(vm, a[0], &tabsize)))
    return MT_EXC;
  mt_strv v = view(vm, args[0]);
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_expandtabs(&v, tabsize, mt_heap_room(vm), &b, &ncp);
  return from_buf(vm, args[0], rc, &b, ncp);
}

BOTH(expandtabs, expandtabs, 0)

/* ---- join ---- */

typedef struct join_items {
  mt_vm *vm;
  const mt_value *items;
} join_items;

static mt_strv join_item(void *ctx, size_t i) {
  join_items *j = ctx;
  return view(j->vm, j->items[i]);
}

/* sep.join(seq) for a list or tuple seq: check every item, measure, then
** write the result in place. */
mt_value mt_textm_join(mt_vm *vm, mt_value sep, mt_value seq) {
  uint32_t n;
  bool bytes = is_bytes(sep);
  const mt_value *items = mt_iterate_items(vm, seq, &n);
  for (uint32_t i = 0; i < n; i++) {
    if (bytes ? is_bytes(items[i]) : mt_is_str(items[i])) continue;
    return mt_raise(vm, MT_T_TYPE_ERROR, "sequence item %u: expected %s, %T found", i,
                    bytes ? "a bytes-like object" : "str instance", items[i]);
  }
  if (n == 1) return items[0];
  mt_strv sv = view(vm, sep);
  join_items j = {vm, items};
  size_t len, ncp;
  if (mt_str_join_measure(&sv, n, join_item, &j, mt_heap_room(vm), &len, &ncp))
    return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  if (bytes) {
    mt_value r = mt_bytes_alloc(vm, len);
    if (r == MT_EXC) return MT_EXC;
    j.items = mt_iterate_items(vm, seq, &n);
    mt_str_join_write(&sv, n, join_item, &j, (char *)mt_bytes_data(vm, r));
    return r;
  }
  mt_sb sb;
  if (mt_sb_init(vm, &sb, (uint32_t)len)) return MT_EXC;
  j.items = mt_iterate_items(vm, seq, &n);
  mt_str_join_write(&sv, n, join_item, &j, mt_sb_text(vm, &sb));
  sb.len = (uint32_t)len;
  return mt_sb_finish(vm, &sb);
}

static mt_value join(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                     const char *qname, int unused) {
  (void)unused;
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  if (!mt_iterate_is_iterable(vm, args[1])) return mt_raise(vm, MT_T_TYPE_ERROR, "can only join an iterable");
  mt_value seq = mt_iterate_list(vm, args[1]);
  if (seq == MT_NULL)
    return mt_native_redo(vm, is_bytes(args[0]) ? MT_NAT_BYTES_join : MT_NAT_STR_join, args, nargs, kwnames, 1);
  return seq == MT_EXC ? MT_EXC : mt_textm_join(vm, args[0], seq);
}

BOTH(join, join, 0)

/* ---- encode, decode ---- */

mt_value mt_textm_codec_fail(mt_vm *vm, int rc, const mt_uni_codec_error *err, mt_value object,
                             mt_value errors) {
  switch (rc) {
  case MT_UNI_EHANDLER: return mt_raise(vm, MT_T_LOOKUP_ERROR, "unknown error handler name '%S'", errors);
  case MT_UNI_EHANDLERTYPE:
    return mt_raise(vm, MT_T_TYPE_ERROR, "don't know how to handle %s in error callback",
                    err->encoding ? "UnicodeEncodeError" : "UnicodeDecodeError");
  case MT_UNI_ECODEC:
  case MT_UNI_EUNSUPPORTED: {
    mt_value a[5] = {mt_str_obj_cstr(vm, mt_uni_codec_name(err->codec)), object,
                     mt_int_from_u64(vm, err->start), mt_int_from_u64(vm, err->end),
                     mt_str_obj_cstr(vm, err->reason)};
    for (int i = 0; i < 5; i++)
      if (a[i] == MT_EXC) return MT_EXC;
    mt_value t = mt_tuple_from(vm, a, 5);
    if (t == MT_EXC) return MT_EXC;
    return mt_raise_args(vm, err->encoding ? MT_T_UNICODE_ENCODE_ERROR : MT_T_UNICODE_DECODE_ERROR, t);
  }
  default: return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  }
}

/* The (encoding, errors) arguments a[0], a[1] (MT_NULL when absent). */
static int codec_args(mt_vm *vm, const char *fname, const mt_value *a, mt_uni_codec *codec,
                      mt_uni_errors *errors) {
  *codec = MT_UNI_UTF8;
  *errors = MT_UNI_ERR_STRICT;
  if (a[0] != MT_NULL && !mt_is_str(a[0])) {
    mt_arg_bad(vm, fname, 0, "encoding", "str", a[0]);
    return -1;
  }
  if (a[1] != MT_NULL && !mt_is_str(a[1])) {
    mt_arg_bad(vm, fname, 0, "errors", "str", a[1]);
    return -1;
  }
  if (a[0] != MT_NULL) {
    mt_strview e = mt_str_obj_view(vm, a[0]);
    if (mt_uni_codec_lookup(e.p, e.len, codec)) {
      mt_raise(vm, MT_T_LOOKUP_ERROR, "unknown encoding: %S", a[0]);
      return -1;
    }
  }
  if (a[1] != MT_NULL) {
    mt_strview e = mt_str_obj_view(vm, a[1]);
    *errors = mt_uni_errors_lookup(e.p, e.len);
  }
  return 0;
}

/* str.encode(encoding='utf-8', errors='strict') and bytes.decode(...). */
static mt_value codec(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *qname, int unused) {
  static const uint16_t names[] = {MT_N_encoding, MT_N_errors};
  const char *name = short_name(qname);
  const mt_argspec spec = {name, names, 2, 0, 2, 0};
  mt_value a[2];
  mt_uni_codec c;
  mt_uni_errors errors;
  (void)unused;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a) || codec_args(vm, name, a, &c, &errors))
    return MT_EXC;
  mt_strv v = view(vm, args[0]);
  mt_buf b = MT_BUF_INIT;
  mt_uni_codec_error err;
  size_t ncp = 0;
  bool decode = is_bytes(args[0]);
  int rc = decode ? mt_uni_decode(c, errors, v.s, v.len, &b, &ncp, &err)
                  : mt_uni_encode(c, errors, v.s, v.len, &b, &err);
  mt_value r;
  if (rc) r = mt_textm_codec_fail(vm, rc, &err, args[0], a[1]);
  else if (decode) r = mt_str_obj_new_n(vm, b.data ? b.data : "", b.len, ncp);
  else r = mt_bytes_new(vm, b.data, b.len);
  mt_buf_free(&b);
  return r;
}

TEXT_NATIVE(str, encode, codec, 0)
TEXT_NATIVE(bytes, decode, codec, 0)

/* ---- str.translate, str.maketrans ---- */

/* What table maps code point c to: MT_NULL when it has no entry (the
** lookup raised LookupError), else the value. */
static mt_value trans_lookup(mt_vm *vm, mt_value table, uint32_t c) {
  mt_value key = mt_small(c);
  if (mt_is_ref_type(table, MT_T_DICT)) return mt_dict_get(vm, table, key);
  uint32_t t = mt_obj_type(table);
  if (t == MT_T_LIST || t == MT_T_TUPLE) {
    uint32_t n;
    const mt_value *items = mt_iterate_items(vm, table, &n);
    return c < n ? items[c] : MT_NULL;
  }
  if (t == MT_T_STR) return c < mt_str_obj_view(vm, table).cplen ? mt_str_obj_char(vm, table, c) : MT_NULL;
  return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not subscriptable", table);
}

/* Append what c becomes under the table. */
static int trans_char(mt_vm *vm, mt_sb *sb, mt_value table, uint32_t c) {
  mt_value m = trans_lookup(vm, table, c);
  if (m == MT_EXC) return -1;
  if (m == MT_NULL) return mt_sb_put_utf8(vm, sb, c);
  if (m == MT_NONE) return 0;
  if (mt_is_str(m)) return mt_sb_append_str(vm, sb, m);
  if (mt_int_is(m)) {
    int64_t cp;
    if (!mt_int_to_i64(vm, m, &cp) || cp < 0 || cp > MT_UNI_MAX) {
      mt_raise(vm, MT_T_VALUE_ERROR, "character mapping must be in range(0x110000)");
      return -1;
    }
    return mt_sb_put_utf8(vm, sb, (uint32_t)cp);
  }
  mt_raise(vm, MT_T_TYPE_ERROR, "character mapping must return integer, None or str");
  return -1;
}

mt_value mt_m_str_translate(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "str.translate", nargs - 1, kwnames)) return MT_EXC;
  mt_sb sb;
  if (mt_sb_init(vm, &sb, mt_str_obj_view(vm, args[0]).len)) return MT_EXC;
  for (size_t i = 0; i < mt_str_obj_view(vm, args[0]).len;) {
    uint32_t c = mt_uni_next(mt_str_obj_view(vm, args[0]).p, &i);
    if (trans_char(vm, &sb, args[1], c)) return MT_EXC;
  }
  return mt_sb_finish(vm, &sb);
}

/* str.maketrans(dict) */
static mt_value maketrans_dict(mt_vm *vm, mt_value map) {
  if (!mt_is_ref_type(map, MT_T_DICT))
    return mt_raise(vm, MT_T_TYPE_ERROR, "if you give only one argument to maketrans it must be a dict");
  mt_value r = mt_dict_new(vm), k, v;
  if (r == MT_EXC) return MT_EXC;
  for (uint32_t pos = 0; mt_dict_next(vm, map, &pos, &k, &v);) {
    if (mt_is_str(k)) {
      mt_strview s = mt_str_obj_view(vm, k);
      if (s.cplen != 1)
        return mt_raise(vm, MT_T_VALUE_ERROR, "string keys in translate table must be of length 1");
      size_t i = 0;
      k = mt_small(mt_uni_next(s.p, &i));
    } else if (!mt_int_is(k)) {
      return mt_raise(vm, MT_T_TYPE_ERROR, "keys in translate table must be strings or integers");
    }
    if (mt_dict_set(vm, r, k, v)) return MT_EXC;
  }
  return r;
}

/* Map every code point of text to the code points of `to` in turn (or to
** None when `to` is None). */
static int map_chars(mt_vm *vm, mt_value d, mt_value text, mt_value to) {
  size_t i = 0, j = 0;
  while (i < mt_str_obj_view(vm, text).len) {
    mt_value v = MT_NONE;
    uint32_t c = mt_uni_next(mt_str_obj_view(vm, text).p, &i);
    if (to != MT_NONE) v = mt_small(mt_uni_next(mt_str_obj_view(vm, to).p, &j));
    if (mt_dict_set(vm, d, mt_small(c), v)) return -1;
  }
  return 0;
}

/* str.maketrans(x[, y[, z]]): a static method; args[0] is the class or an
** instance, and is ignored. */
mt_value mt_m_str_maketrans(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "str.maketrans", kwnames) || mt_args_count(vm, "maketrans", nargs - 1, 1, 3))
    return MT_EXC;
  if (nargs == 2) return maketrans_dict(vm, args[1]);
  if (!mt_is_str(args[1]))
    return mt_raise(vm, MT_T_TYPE_ERROR, "first maketrans argument must be a string if there is a second argument");
  if (!mt_is_str(args[2])) return mt_arg_bad(vm, "maketrans", 2, NULL, "str", args[2]);
  if (nargs > 3 && !mt_is_str(args[3])) return mt_arg_bad(vm, "maketrans", 3, NULL, "str", args[3]);
  if (mt_str_obj_view(vm, args[1]).cplen != mt_str_obj_view(vm, args[2]).cplen)
    return mt_raise(vm, MT_T_VALUE_ERROR, "the first two maketrans arguments must have equal length");
  mt_value d = mt_dict_new(vm);
  if (d == MT_EXC || map_chars(vm, d, args[1], args[2])) return MT_EXC;
  if (nargs > 3 && map_chars(vm, d, args[3], MT_NONE)) return MT_EXC;
  return d;
}

/* ---- bytes.hex, bytes.fromhex ---- */

/* bytes.hex(sep=<none>, bytes_per_sep=1): pairs of hex digits, with sep
** between groups of bytes_per_sep bytes counted from the right (from the
** left when it is negative). */
mt_value mt_m_bytes_hex(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_sep, MT_N_bytes_per_sep};
  static const mt_argspec spec = {"hex", names, 2, 0, 2, 0};
  mt_value a[2];
  int32_t per = 1;
  char sep = 0;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a)) return MT_EXC;
  if (a[0] != MT_NULL) {
    mt_strv s;
    if (mt_is_str(a[0]) || is_bytes(a[0])) s = view(vm, a[0]);
    else return mt_raise(vm, MT_T_TYPE_ERROR, "object of type '%T' has no len()", a[0]);
    if (s.ncp != 1) return mt_raise(vm, MT_T_VALUE_ERROR, "sep must be length 1.");
    if ((uint8_t)s.s[0] >= 0x80) return mt_raise(vm, MT_T_VALUE_ERROR, "sep must be ASCII.");
    sep = s.s[0];
  }
  if (a[1] != MT_NULL && mt_arg_int(vm, a[1], &per)) return MT_EXC;
  uint32_t n = mt_bytes_len(vm, args[0]);
  uint64_t group = per < 0 ? -(int64_t)per : per;
  uint64_t nsep = sep && group && n ? (n - 1) / group : 0;
  mt_sb sb;
  if (mt_sb_init(vm, &sb, (uint32_t)(2 * (uint64_t)n + nsep))) return MT_EXC;
  char *out = mt_sb_text(vm, &sb);
  const uint8_t *d = mt_bytes_data(vm, args[0]);
  static const char hex[] = "0123456789abcdef";
  for (uint32_t i = 0; i < n; i++) {
    /* a separator before byte i when a group boundary falls there */
    uint64_t from = per < 0 ? i : n - i;
    if (nsep && i && from % group == 0) *out++ = sep;
    *out++ = hex[d[i] >> 4];
    *out++ = hex[d[i] & 15];
  }
  sb.len = (uint32_t)(2 * (uint64_t)n + nsep);
  return mt_sb_finish(vm, &sb);
}

static int hex_digit(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* bytes.fromhex(string): a class method (args[0] is the class). Pairs of
** hex digits, with ASCII whitespace allowed between pairs. */
mt_value mt_m_bytes_fromhex(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "bytes.fromhex", nargs - 1, kwnames)) return MT_EXC;
  if (!mt_is_str(args[1])) return mt_arg_bad(vm, "fromhex", 0, NULL, "str", args[1]);
  mt_strview s = mt_str_obj_view(vm, args[1]);
  mt_value r = mt_bytes_alloc(vm, s.len / 2);
  if (r == MT_EXC) return MT_EXC;
  s = mt_str_obj_view(vm, args[1]);
  uint8_t *out = mt_bytes_data(vm, r);
  uint32_t n = 0, cp = 0;
  for (uint32_t i = 0; i < s.len;) {
    uint8_t c = (uint8_t)s.p[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      i++, cp++;
      continue;
    }
    int hi = hex_digit(c), lo = i + 1 < s.len ? hex_digit((uint8_t)s.p[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      return mt_raise(vm, MT_T_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position %u",
                      hi < 0 ? cp : cp + 1);
    out[n++] = (uint8_t)(hi << 4 | lo);
    i += 2, cp += 2;
  }
  mt_bytes *b = MT_OBJ(vm, mt_bytes, r);
  b->len = n;
  mt_heap_shrink(vm, mt_ref_off(r), (uint32_t)mt_bytes_size(n));
  return r;
}

/* ---- bytes.translate, bytes.maketrans ---- */

/* bytes.translate(table, /, delete=b''): table is None or 256 bytes. */
mt_value mt_m_bytes_translate(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_table, MT_N_delete};
  static const mt_argspec spec = {"translate", names, 2, 1, 2, 1};
  mt_value a[2];
  mt_strv del = mt_str_bytes_view("", 0);
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a)) return MT_EXC;
  if (a[0] != MT_NONE) {
    if (!is_bytes(a[0])) return mt_raise(vm, MT_T_TYPE_ERROR, "a bytes-like object is required, not '%T'", a[0]);
    if (mt_bytes_len(vm, a[0]) != 256)
      return mt_raise(vm, MT_T_VALUE_ERROR, "translation table must be 256 characters long");
  }
  if (a[1] != MT_NULL && operand(vm, args[0], a[1], &del)) return MT_EXC;
  bool drop[256] = {false};
  for (size_t i = 0; i < del.len; i++) drop[(uint8_t)del.s[i]] = true;
  uint32_t n = mt_bytes_len(vm, args[0]), k = 0;
  mt_value r = mt_bytes_alloc(vm, n);
  if (r == MT_EXC) return MT_EXC;
  const uint8_t *src = mt_bytes_data(vm, args[0]);
  const uint8_t *table = a[0] == MT_NONE ? NULL : mt_bytes_data(vm, a[0]);
  uint8_t *out = mt_bytes_data(vm, r);
  for (uint32_t i = 0; i < n; i++)
    if (!drop[src[i]]) out[k++] = table ? table[src[i]] : src[i];
  MT_OBJ(vm, mt_bytes, r)->len = k;
  mt_heap_shrink(vm, mt_ref_off(r), (uint32_t)mt_bytes_size(k));
  return r;
}

/* bytes.maketrans(frm, to): a static method; args[0] is ignored. */
mt_value mt_m_bytes_maketrans(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  mt_strv frm, to;
  if (mt_args_no_kw(vm, "bytes.maketrans", kwnames) || mt_args_count(vm, "maketrans", nargs - 1, 2, 2))
    return MT_EXC;
  for (uint32_t i = 1; i <= 2; i++)
    if (!is_bytes(args[i])) return mt_raise(vm, MT_T_TYPE_ERROR, "a bytes-like object is required, not '%T'", args[i]);
  frm = view(vm, args[1]);
  to = view(vm, args[2]);
  if (frm.len != to.len) return mt_raise(vm, MT_T_VALUE_ERROR, "maketrans arguments must have same length");
  mt_value r = mt_bytes_alloc(vm, 256);
  if (r == MT_EXC) return MT_EXC;
  uint8_t *t = mt_bytes_data(vm, r);
  frm = view(vm, args[1]);
  to = view(vm, args[2]);
  for (int i = 0; i < 256; i++) t[i] = (uint8_t)i;
  for (size_t i = 0; i < frm.len; i++) t[(uint8_t)frm.s[i]] = (uint8_t)to.s[i];
  return r;
}
