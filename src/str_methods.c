/*
** str_methods.c: the methods of str (all but format and format_map,
** which are strfmt.c's), as natives (native.h). The algorithms are
** strops.h's over the UTF-8 text; this file parses the arguments exactly
** as CPython 3.11 does (so the error messages match) and turns results
** into str objects.
**
** Views of a str's text (mt_strv) point into the arena. They stay valid
** while a method allocates its results: objects never move outside the
** collector's safe points, and the arena's base never moves.
*/
#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "iterate.h"
#include "list.h"
#include "native.h"
#include "str.h"
#include "str_methods.h"
#include "strops.h"
#include "tuple.h"
#include "unicode.h"

/* ---- shared helpers ---- */

/* The exception for a strops failure code. */
static mt_value strops_fail(mt_vm *vm, int rc) {
  if (rc == MT_STR_EEMPTYSEP) return mt_raise(vm, MT_T_VALUE_ERROR, "empty separator");
  return mt_raise_type(vm, MT_T_MEMORY_ERROR);
}

/* The str an operation appended to b (ncp code points); frees b. */
static mt_value from_buf(mt_vm *vm, int rc, mt_buf *b, size_t ncp) {
  mt_value r = rc ? strops_fail(vm, rc) : mt_str_obj_new_n(vm, b->data ? b->data : "", b->len, ncp);
  mt_buf_free(b);
  return r;
}

/* "str.find" -> "find": CPython names methods both ways in messages. */
static const char *short_name(const char *qname) {
  const char *dot = strchr(qname, '.');
  return dot ? dot + 1 : qname;
}

/* "must be str, not int": how the search methods reject a non-str. */
static int want_str(mt_vm *vm, mt_value v) {
  if (mt_is_str(v)) return 0;
  mt_raise(vm, MT_T_TYPE_ERROR, "must be str, not %T", v);
  return -1;
}

/* The str of a substring given as a span of self's text. */
static mt_value span_str(mt_vm *vm, mt_value self, mt_str_span sp) {
  return mt_str_obj_span(vm, self, (uint32_t)sp.off, (uint32_t)sp.len, (uint32_t)sp.ncp);
}

/* ---- case conversions and predicates (no arguments) ---- */

static mt_value case_map(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                         const char *fname, mt_str_case_op op) {
  if (mt_args_none(vm, fname, nargs - 1, kwnames)) return MT_EXC;
  mt_strv v = mt_str_obj_strv(vm, args[0]);
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_case(&v, op, &b, &ncp);
  return from_buf(vm, rc, &b, ncp);
}

#define CASE_METHOD(name, op)                                                                     \
  mt_value mt_m_str_##name(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) { \
    return case_map(vm, args, nargs, kwnames, "str." #name, MT_STR_##op);                        \
  }
CASE_METHOD(upper, UPPER)
CASE_METHOD(lower, LOWER)
CASE_METHOD(casefold, CASEFOLD)
CASE_METHOD(capitalize, CAPITALIZE)
CASE_METHOD(title, TITLE)
CASE_METHOD(swapcase, SWAPCASE)
#undef CASE_METHOD

static mt_value predicate(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                          const char *fname, mt_str_pred p) {
  if (mt_args_none(vm, fname, nargs - 1, kwnames)) return MT_EXC;
  mt_strv v = mt_str_obj_strv(vm, args[0]);
  return mt_bool(mt_str_is(&v, p));
}

#define PRED_METHOD(name, pred)                                                                   \
  mt_value mt_m_str_##name(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) { \
    return predicate(vm, args, nargs, kwnames, "str." #name, MT_STR_IS_##pred);                  \
  }
PRED_METHOD(isalpha, ALPHA)
PRED_METHOD(isalnum, ALNUM)
PRED_METHOD(isdecimal, DECIMAL)
PRED_METHOD(isdigit, DIGIT)
PRED_METHOD(isnumeric, NUMERIC)
PRED_METHOD(isspace, SPACE)
PRED_METHOD(islower, LOWER)
PRED_METHOD(isupper, UPPER)
PRED_METHOD(istitle, TITLE)
PRED_METHOD(isidentifier, IDENTIFIER)
PRED_METHOD(isprintable, PRINTABLE)
PRED_METHOD(isascii, ASCII)
#undef PRED_METHOD

/* ---- find, rfind, index, rindex, count ---- */

/* (sub[, start[, end]]) as stringlib's parse_args_finds reads it: the
** count first, then the slice indices, then the type of sub. */
static int finds_args(mt_vm *vm, const char *qname, const mt_value *args, uint32_t nargs,
                      mt_value kwnames, int64_t *start, int64_t *end) {
  *start = 0;
  *end = MT_STR_END;
  if (mt_args_no_kw(vm, qname, kwnames) || mt_args_tuple(vm, short_name(qname), nargs - 1, 1, 3)) return -1;
  if (nargs > 2 && mt_arg_slice_index(vm, args[2], start)) return -1;
  if (nargs > 3 && mt_arg_slice_index(vm, args[3], end)) return -1;
  return 0;
}

typedef enum { FIND, RFIND, INDEX, RINDEX, COUNT } find_kind;

static mt_value search(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                       const char *qname, find_kind kind) {
  int64_t start, end, r;
  if (finds_args(vm, qname, args, nargs, kwnames, &start, &end) || want_str(vm, args[1])) return MT_EXC;
  mt_strv h = mt_str_obj_strv(vm, args[0]), sub = mt_str_obj_strv(vm, args[1]);
  switch (kind) {
  case COUNT: return mt_int_from_i64(vm, mt_str_count(&h, &sub, start, end));
  case FIND:
  case INDEX: r = mt_str_find(&h, &sub, start, end); break;
  default: r = mt_str_rfind(&h, &sub, start, end); break;
  }
  if (r < 0 && (kind == INDEX || kind == RINDEX))
    return mt_raise(vm, MT_T_VALUE_ERROR, "substring not found");
  return mt_int_from_i64(vm, r);
}

#define FIND_METHOD(name, kind)                                                                   \
  mt_value mt_m_str_##name(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) { \
    return search(vm, args, nargs, kwnames, "str." #name, kind);                                       \
  }
FIND_METHOD(find, FIND)
FIND_METHOD(rfind, RFIND)
FIND_METHOD(index, INDEX)
FIND_METHOD(rindex, RINDEX)
FIND_METHOD(count, COUNT)
#undef FIND_METHOD

/* ---- startswith, endswith ---- */

/* A str or a tuple of strs, each tried in turn. */
static mt_value affix(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *qname, bool at_end) {
  int64_t start, end;
  const char *name = short_name(qname);
  if (finds_args(vm, qname, args, nargs, kwnames, &start, &end)) return MT_EXC;
  mt_value x = args[1];
  bool tuple = mt_is_ref_type(x, MT_T_TUPLE);
  if (!tuple && !mt_is_str(x))
    return mt_raise(vm, MT_T_TYPE_ERROR, "%s first arg must be str or a tuple of str, not %T", name, x);
  uint32_t n = tuple ? mt_tuple_len(vm, x) : 1;
  for (uint32_t i = 0; i < n; i++) {
    mt_value p = tuple ? mt_tuple_items(vm, x)[i] : x;
    if (!mt_is_str(p))
      return mt_raise(vm, MT_T_TYPE_ERROR, "tuple for %s must only contain str, not %T", name, p);
    mt_strv h = mt_str_obj_strv(vm, args[0]), pv = mt_str_obj_strv(vm, p);
    if (at_end ? mt_str_endswith(&h, &pv, start, end) : mt_str_startswith(&h, &pv, start, end))
      return MT_TRUE;
  }
  return MT_FALSE;
}

mt_value mt_m_str_startswith(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return affix(vm, args, nargs, kwnames, "str.startswith", false);
}

mt_value mt_m_str_endswith(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return affix(vm, args, nargs, kwnames, "str.endswith", true);
}

/* ---- split, rsplit, splitlines ---- */

typedef struct pieces {
  mt_vm *vm;
  mt_value self;
  mt_value list;
  mt_strv v;
} pieces;

static int add_piece(void *ctx, mt_str_span sp) {
  pieces *p = ctx;
  mt_value s = span_str(p->vm, p->self, sp);
  return s == MT_EXC || mt_list_append(p->vm, p->list, s) ? MT_STR_ENOMEM : 0;
}

static mt_value split(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *name, bool reverse) {
  static const uint16_t names[] = {MT_N_sep, MT_N_maxsplit};
  const mt_argspec spec = {name, names, 2, 0, 2, 0};
  mt_value a[2];
  int64_t maxsplit = -1;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a)) return MT_EXC;
  mt_value sep = a[0] == MT_NULL ? MT_NONE : a[0];
  if (sep != MT_NONE && !mt_is_str(sep))
    return mt_raise(vm, MT_T_TYPE_ERROR, "must be str or None, not %T", sep);
  if (a[1] != MT_NULL && mt_arg_index(vm, a[1], &maxsplit)) return MT_EXC;
  pieces p = {vm, args[0], mt_list_new(vm, 0), mt_str_obj_strv(vm, args[0])};
  if (p.list == MT_EXC) return MT_EXC;
  mt_strv sv = sep == MT_NONE ? p.v : mt_str_obj_strv(vm, sep);
  int rc = mt_str_split(&p.v, sep == MT_NONE ? NULL : &sv, maxsplit, reverse, add_piece, &p);
  if (rc) return rc == MT_STR_ENOMEM ? MT_EXC : strops_fail(vm, rc);
  if (reverse) mt_list_reverse(vm, p.list);
  return p.list;
}

mt_value mt_m_str_split(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return split(vm, args, nargs, kwnames, "split", false);
}

mt_value mt_m_str_rsplit(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return split(vm, args, nargs, kwnames, "rsplit", true);
}

mt_value mt_m_str_splitlines(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_keepends};
  static const mt_argspec spec = {"splitlines", names, 1, 0, 1, 0};
  mt_value a[1];
  int32_t keepends = 0;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a)) return MT_EXC;
  if (a[0] != MT_NULL && mt_arg_int(vm, a[0], &keepends)) return MT_EXC;
  pieces p = {vm, args[0], mt_list_new(vm, 0), mt_str_obj_strv(vm, args[0])};
  if (p.list == MT_EXC) return MT_EXC;
  return mt_str_splitlines(&p.v, keepends != 0, add_piece, &p) ? MT_EXC : p.list;
}

/* ---- partition, rpartition ---- */

static mt_value partition(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                          const char *fname, bool reverse) {
  if (mt_args_one(vm, fname, nargs - 1, kwnames) || want_str(vm, args[1])) return MT_EXC;
  mt_strv v = mt_str_obj_strv(vm, args[0]), sep = mt_str_obj_strv(vm, args[1]);
  mt_str_span sp[3];
  int rc = mt_str_partition(&v, &sep, reverse, sp);
  if (rc < 0) return strops_fail(vm, rc);
  mt_value t = mt_tuple_new(vm, 3);
  for (int i = 0; i < 3 && t != MT_EXC; i++) {
    mt_value s = span_str(vm, args[0], sp[i]);
    if (s == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, t)[i] = s;
  }
  return t;
}

mt_value mt_m_str_partition(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return partition(vm, args, nargs, kwnames, "str.partition", false);
}

mt_value mt_m_str_rpartition(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return partition(vm, args, nargs, kwnames, "str.rpartition", true);
}

/* ---- strip, lstrip, rstrip ---- */

static mt_value strip(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                      const char *qname, int sides) {
  const char *name = short_name(qname);
  if (mt_args_no_kw(vm, qname, kwnames) || mt_args_count(vm, name, nargs - 1, 0, 1)) return MT_EXC;
  mt_value chars = nargs > 1 ? args[1] : MT_NONE;
  if (chars != MT_NONE && !mt_is_str(chars))
    return mt_raise(vm, MT_T_TYPE_ERROR, "%s arg must be None or str", name);
  mt_strv v = mt_str_obj_strv(vm, args[0]), cv = chars == MT_NONE ? v : mt_str_obj_strv(vm, chars);
  mt_str_span sp;
  int rc = mt_str_strip(&v, chars == MT_NONE ? NULL : &cv, sides, &sp);
  return rc ? strops_fail(vm, rc) : span_str(vm, args[0], sp);
}

mt_value mt_m_str_strip(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return strip(vm, args, nargs, kwnames, "str.strip", MT_STR_BOTH);
}

mt_value mt_m_str_lstrip(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return strip(vm, args, nargs, kwnames, "str.lstrip", MT_STR_LEFT);
}

mt_value mt_m_str_rstrip(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return strip(vm, args, nargs, kwnames, "str.rstrip", MT_STR_RIGHT);
}

/* ---- removeprefix, removesuffix ---- */

static mt_value remove_affix(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames,
                             const char *qname, bool suffix) {
  const char *name = short_name(qname);
  if (mt_args_one(vm, qname, nargs - 1, kwnames)) return MT_EXC;
  if (!mt_is_str(args[1])) return mt_arg_bad(vm, name, 0, NULL, "str", args[1]);
  mt_strv v = mt_str_obj_strv(vm, args[0]), a = mt_str_obj_strv(vm, args[1]);
  bool has = suffix ? mt_str_endswith(&v, &a, 0, MT_STR_END) : mt_str_startswith(&v, &a, 0, MT_STR_END);
  if (!has || a.len == 0) return args[0];
  mt_str_span sp = {suffix ? 0 : a.len, v.len - a.len, v.ncp - a.ncp};
  return span_str(vm, args[0], sp);
}

mt_value mt_m_str_removeprefix(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return remove_affix(vm, args, nargs, kwnames, "str.removeprefix", false);
}

mt_value mt_m_str_removesuffix(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return remove_affix(vm, args, nargs, kwnames, "str.removesuffix", true);
}

/* ---- replace ---- */

mt_value mt_m_str_replace(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  int64_t count = -1;
  if (mt_args_no_kw(vm, "str.replace", kwnames) || mt_args_count(vm, "replace", nargs - 1, 2, 3))
    return MT_EXC;
  if (!mt_is_str(args[1])) return mt_arg_bad(vm, "replace", 1, NULL, "str", args[1]);
  if (!mt_is_str(args[2])) return mt_arg_bad(vm, "replace", 2, NULL, "str", args[2]);
  if (nargs > 3 && mt_arg_index(vm, args[3], &count)) return MT_EXC;
  mt_strv v = mt_str_obj_strv(vm, args[0]), old = mt_str_obj_strv(vm, args[1]);
  mt_strv new_ = mt_str_obj_strv(vm, args[2]);
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0, nrepl = 0;
  int rc = mt_str_replace(&v, &old, &new_, count, mt_heap_room(vm), &b, &ncp, &nrepl);
  if (rc == MT_STR_OK && nrepl == 0) {
    mt_buf_free(&b);
    return args[0];
  }
  return from_buf(vm, rc, &b, ncp);
}

/* ---- center, ljust, rjust, zfill, expandtabs ---- */

/* The fill character argument: one code point. */
static int fill_char(mt_vm *vm, mt_value v, uint32_t *out) {
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
      mt_arg_index(vm, args[1], &width) || (nargs > 2 && fill_char(vm, args[2], &fill)))
    return MT_EXC;
  mt_strv v = mt_str_obj_strv(vm, args[0]);
  if (width <= (int64_t)v.ncp) return args[0];
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_pad(&v, width, fill, align, mt_heap_room(vm), &b, &ncp);
  return from_buf(vm, rc, &b, ncp);
}

mt_value mt_m_str_center(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return pad(vm, args, nargs, kwnames, "str.center", MT_STR_CENTER);
}

mt_value mt_m_str_ljust(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return pad(vm, args, nargs, kwnames, "str.ljust", MT_STR_LJUST);
}

mt_value mt_m_str_rjust(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return pad(vm, args, nargs, kwnames, "str.rjust", MT_STR_RJUST);
}

mt_value mt_m_str_zfill(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  int64_t width;
  if (mt_args_one(vm, "str.zfill", nargs - 1, kwnames) || mt_arg_index(vm, args[1], &width))
    return MT_EXC;
  mt_strv v = mt_str_obj_strv(vm, args[0]);
  if (width <= (int64_t)v.ncp) return args[0];
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_zfill(&v, width, mt_heap_room(vm), &b, &ncp);
  return from_buf(vm, rc, &b, ncp);
}

mt_value mt_m_str_expandtabs(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_tabsize};
  static const mt_argspec spec = {"expandtabs", names, 1, 0, 1, 0};
  mt_value a[1];
  int32_t tabsize = 8;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a) ||
      (a[0] != MT_NULL && mt_arg_int(vm, a[0], &tabsize)))
    return MT_EXC;
  mt_strv v = mt_str_obj_strv(vm, args[0]);
  mt_buf b = MT_BUF_INIT;
  size_t ncp = 0;
  int rc = mt_str_expandtabs(&v, tabsize, mt_heap_room(vm), &b, &ncp);
  return from_buf(vm, rc, &b, ncp);
}

/* ---- join ---- */

typedef struct join_items {
  mt_vm *vm;
  const mt_value *items;
} join_items;

static mt_strv join_item(void *ctx, size_t i) {
  join_items *j = ctx;
  return mt_str_obj_strv(j->vm, j->items[i]);
}

/* sep.join(seq) for a list or tuple seq: check every item, measure, then
** write the result in place. */
mt_value mt_strm_join(mt_vm *vm, mt_value sep, mt_value seq) {
  uint32_t n;
  const mt_value *items = mt_iterate_items(vm, seq, &n);
  for (uint32_t i = 0; i < n; i++)
    if (!mt_is_str(items[i]))
      return mt_raise(vm, MT_T_TYPE_ERROR, "sequence item %u: expected str instance, %T found", i, items[i]);
  if (n == 1) return items[0];
  mt_strv sv = mt_str_obj_strv(vm, sep);
  join_items j = {vm, items};
  size_t len, ncp;
  if (mt_str_join_measure(&sv, n, join_item, &j, mt_heap_room(vm), &len, &ncp))
    return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_sb sb;
  if (mt_sb_init(vm, &sb, (uint32_t)len)) return MT_EXC;
  items = mt_iterate_items(vm, seq, &n);
  j.items = items;
  mt_str_join_write(&sv, n, join_item, &j, mt_sb_text(vm, &sb));
  sb.len = (uint32_t)len;
  return mt_sb_finish(vm, &sb);
}

mt_value mt_m_str_join(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "str.join", nargs - 1, kwnames)) return MT_EXC;
  if (!mt_iterate_is_iterable(vm, args[1]))
    return mt_raise(vm, MT_T_TYPE_ERROR, "can only join an iterable");
  mt_value seq = mt_iterate_list(vm, args[1]);
  return seq == MT_EXC ? MT_EXC : mt_strm_join(vm, args[0], seq);
}

/* ---- encode ---- */

mt_value mt_strm_codec_fail(mt_vm *vm, int rc, const mt_uni_codec_error *err, mt_value object,
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

int mt_strm_codec_args(mt_vm *vm, const char *fname, const mt_value *a, mt_uni_codec *codec,
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

mt_value mt_m_str_encode(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_encoding, MT_N_errors};
  static const mt_argspec spec = {"encode", names, 2, 0, 2, 0};
  mt_value a[2];
  mt_uni_codec codec;
  mt_uni_errors errors;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a) ||
      mt_strm_codec_args(vm, "encode", a, &codec, &errors))
    return MT_EXC;
  mt_strview v = mt_str_obj_view(vm, args[0]);
  mt_buf b = MT_BUF_INIT;
  mt_uni_codec_error err;
  int rc = mt_uni_encode(codec, errors, v.p, v.len, &b, &err);
  mt_value r = rc ? mt_strm_codec_fail(vm, rc, &err, args[0], a[1])
                  : mt_bytes_new(vm, b.data, b.len);
  mt_buf_free(&b);
  return r;
}

/* ---- translate, maketrans ---- */

/* What table maps code point c to: MT_NULL when it has no entry (the
** lookup raised LookupError), else the value. */
static mt_value trans_lookup(mt_vm *vm, mt_value table, uint32_t c) {
  mt_value key = mt_small(c);
  if (mt_is_ref_type(table, MT_T_DICT)) return mt_dict_get(vm, table, key);
  uint32_t t = mt_obj_type(table);
  if (t == MT_T_LIST || t == MT_T_TUPLE) {
    uint32_t n = t == MT_T_LIST ? mt_list_len(vm, table) : mt_tuple_len(vm, table);
    if (c >= n) return MT_NULL;
    return t == MT_T_LIST ? mt_list_items(vm, table)[c] : mt_tuple_items(vm, table)[c];
  }
  if (t == MT_T_STR) {
    mt_strview s = mt_str_obj_view(vm, table);
    return c < s.cplen ? mt_str_obj_char(vm, table, c) : MT_NULL;
  }
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

/* Map every code point of text to `to` (a str's code points, or None). */
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

/* str.maketrans(x[, y[, z]]): a static method; args[0] is the class or
** an instance, and is ignored. */
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
