/*
** ctors.c: what calling a builtin type does: type(), int(), float(),
** bool(), str(), list(), tuple(), dict(), set(), range(), enumerate(),
** zip(), with CPython 3.11's conversions and messages. They are the
** `__call__` natives of their types (native.h).
*/
#include <string.h>

#include "buf.h"
#include "dict.h"
#include "exc.h"
#include "float_obj.h"
#include "fmtval.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "native.h"
#include "ops.h"
#include "range.h"
#include "repr.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

static bool is_int(mt_value v) { return mt_is_small(v) || mt_is_bool(v) || mt_is_ref_type(v, MT_T_INT); }

/* "list expected at most 1 argument, got 2" and "list() takes no keyword
** arguments", the checks of the one-optional-argument constructors. */
static int zero_or_one(mt_vm *vm, const char *name, uint32_t nargs, mt_value kwnames) {
  return mt_args_no_kw(vm, name, kwnames) || mt_args_count(vm, name, nargs, 0, 1) ? -1 : 0;
}

mt_value mt_bi_type(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (nargs == 1 && mt_kw_count(vm, kwnames) == 0) return mt_type_value(mt_obj_type(args[0]));
  if (nargs != 3) return mt_raise(vm, MT_T_TYPE_ERROR, "type() takes 1 or 3 arguments");
  return mt_raise(vm, MT_T_NOT_IMPLEMENTED_ERROR, "creating classes with type() is not supported");
}

/* ---- numbers ---- */

static const uint16_t int_names[] = {MT_N_empty, MT_N_base};
static const mt_argspec int_spec = {"int", int_names, 2, 1, 2, 0};

mt_value mt_bi_int(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  mt_value a[2];
  if (mt_args_parse(vm, &int_spec, args, nargs, kwnames, a)) return MT_EXC;
  mt_value x = a[0];
  if (a[1] != MT_NULL) {
    int64_t base;
    if (x == MT_NULL) return mt_raise(vm, MT_T_TYPE_ERROR, "int() missing string argument");
    if (mt_arg_index(vm, a[1], &base)) return MT_EXC;
    if (base != 0 && (base < 2 || base > 36))
      return mt_raise(vm, MT_T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
    if (!mt_is_str(x) && !mt_is_ref_type(x, MT_T_BYTES))
      return mt_raise(vm, MT_T_TYPE_ERROR, "int() can't convert non-string with explicit base");
    return mt_int_parse(vm, x, (int)base);
  }
  if (x == MT_NULL) return mt_small(0);
  if (mt_is_bool(x)) return mt_small(x == MT_TRUE);
  if (is_int(x)) return x;
  if (mt_is_float(x)) return mt_int_from_double(vm, mt_as_float(x));
  if (mt_is_str(x) || mt_is_ref_type(x, MT_T_BYTES)) return mt_int_parse(vm, x, 10);
  return mt_raise(vm, MT_T_TYPE_ERROR,
                  "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

mt_value mt_bi_float(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (zero_or_one(vm, "float", nargs, kwnames)) return MT_EXC;
  if (nargs == 0) return mt_float(0.0);
  mt_value x = args[0];
  if (mt_is_float(x)) return x;
  if (is_int(x)) return mt_int_to_float(vm, x);
  if (mt_is_str(x) || mt_is_ref_type(x, MT_T_BYTES)) return mt_float_obj_parse(vm, x);
  return mt_raise(vm, MT_T_TYPE_ERROR, "float() argument must be a string or a real number, not '%T'", x);
}

mt_value mt_bi_bool(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (zero_or_one(vm, "bool", nargs, kwnames)) return MT_EXC;
  return nargs == 0 ? MT_FALSE : mt_bool(mt_ops_truth(vm, args[0]));
}

/* ---- str ---- */

/* str(b, encoding, errors): decode a bytes object. */
static mt_value decode(mt_vm *vm, mt_value b, mt_value encoding, mt_value errors) {
  if (!mt_is_ref_type(b, MT_T_BYTES))
    return mt_raise(vm, MT_T_TYPE_ERROR, "decoding to str: need a bytes-like object, %T found", b);
  mt_uni_codec codec;
  mt_uni_errors handler = MT_UNI_ERR_STRICT;
  if (encoding != MT_NULL) {
    if (!mt_is_str(encoding))
      return mt_raise(vm, MT_T_TYPE_ERROR, "str() argument 'encoding' must be str, not %T", encoding);
    mt_strview e = mt_str_obj_view(vm, encoding);
    if (mt_uni_codec_lookup(e.p, e.len, &codec)) return mt_raise(vm, MT_T_LOOKUP_ERROR, "unknown encoding: %S", encoding);
  } else if (mt_uni_codec_lookup("utf-8", 5, &codec)) {
    return mt_raise_type(vm, MT_T_SYSTEM_ERROR);
  }
  if (errors != MT_NULL) {
    if (!mt_is_str(errors))
      return mt_raise(vm, MT_T_TYPE_ERROR, "str() argument 'errors' must be str, not %T", errors);
    mt_strview e = mt_str_obj_view(vm, errors);
    handler = mt_uni_errors_lookup(e.p, e.len);
  }
  mt_buf out = MT_BUF_INIT;
  size_t ncp = 0;
  mt_uni_codec_error err;
  mt_bytes *src = MT_OBJ(vm, mt_bytes, b);
  int rc = mt_uni_decode(codec, handler, (const char *)src->data, src->len, &out, &ncp, &err);
  mt_value r;
  if (rc == MT_UNI_OK) {
    r = mt_str_obj_new(vm, out.data ? out.data : "", out.len);
  } else if (rc == MT_UNI_ECODEC || rc == MT_UNI_EUNSUPPORTED) {
    mt_buf msg = MT_BUF_INIT;
    if (mt_uni_codec_error_message(&err, &msg)) r = mt_raise_type(vm, MT_T_MEMORY_ERROR);
    else r = mt_raise(vm, MT_T_UNICODE_DECODE_ERROR, "%s", msg.data ? msg.data : "");
    mt_buf_free(&msg);
  } else if (rc == MT_UNI_EHANDLER) {
    r = mt_raise(vm, MT_T_LOOKUP_ERROR, "unknown error handler name '%S'", errors);
  } else if (rc == MT_UNI_EHANDLERTYPE) {
    r = mt_raise(vm, MT_T_TYPE_ERROR, "don't know how to handle UnicodeDecodeError in error callback");
  } else {
    r = mt_raise_type(vm, MT_T_MEMORY_ERROR);
  }
  mt_buf_free(&out);
  return r;
}

static const uint16_t str_names[] = {MT_N_object, MT_N_encoding, MT_N_errors};
static const mt_argspec str_spec = {"str", str_names, 3, 0, 3, 0};

mt_value mt_bi_str(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  mt_value a[3];
  if (mt_args_parse(vm, &str_spec, args, nargs, kwnames, a)) return MT_EXC;
  if (a[1] != MT_NULL || a[2] != MT_NULL) return decode(vm, a[0] == MT_NULL ? mt_name(MT_N_empty) : a[0], a[1], a[2]);
  return a[0] == MT_NULL ? mt_name(MT_N_empty) : mt_fmtval_str(vm, a[0]);
}

/* ---- containers ---- */

mt_value mt_bi_list(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (zero_or_one(vm, "list", nargs, kwnames)) return MT_EXC;
  if (nargs == 0) return mt_list_new(vm, 0);
  mt_value items = mt_native_items(vm, args[0]);
  if (items == MT_NULL) return mt_native_redo(vm, MT_NAT_LIST___call__, args, nargs, kwnames, 0);
  if (items == MT_EXC) return MT_EXC;
  if (items != args[0]) return items;
  return mt_list_from(vm, mt_list_items(vm, items), mt_list_len(vm, items));
}

mt_value mt_bi_tuple(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (zero_or_one(vm, "tuple", nargs, kwnames)) return MT_EXC;
  if (nargs == 0) return mt_tuple_new(vm, 0);
  if (mt_is_ref_type(args[0], MT_T_TUPLE)) return args[0];
  mt_value items = mt_native_items(vm, args[0]);
  if (items == MT_NULL) return mt_native_redo(vm, MT_NAT_TUPLE___call__, args, nargs, kwnames, 0);
  if (items == MT_EXC) return MT_EXC;
  return mt_tuple_from(vm, mt_list_items(vm, items), mt_list_len(vm, items));
}

/* set(iterable) and frozenset(iterable). */
static mt_value make_set(mt_vm *vm, bool frozen, uint32_t id, const mt_value *args, uint32_t nargs,
                         mt_value kwnames) {
  if (zero_or_one(vm, frozen ? "frozenset" : "set", nargs, kwnames)) return MT_EXC;
  if (frozen && nargs == 1 && mt_is_ref_type(args[0], MT_T_FROZENSET)) return args[0];
  mt_value s = mt_set_new(vm, frozen);
  if (s == MT_EXC || nargs == 0) return s;
  uint32_t t = mt_obj_type(args[0]);
  if (t == MT_T_SET || t == MT_T_FROZENSET || t == MT_T_DICT || t == MT_T_LIST || t == MT_T_TUPLE)
    return mt_set_update(vm, s, args[0]) ? MT_EXC : s;
  mt_value items = mt_native_items(vm, args[0]);
  if (items == MT_NULL) return mt_native_redo(vm, id, args, nargs, kwnames, 0);
  if (items == MT_EXC) return MT_EXC;
  return mt_set_update(vm, s, items) ? MT_EXC : s;
}

mt_value mt_bi_set(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return make_set(vm, false, MT_NAT_SET___call__, args, nargs, kwnames);
}

mt_value mt_bi_frozenset(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return make_set(vm, true, MT_NAT_FROZENSET___call__, args, nargs, kwnames);
}

/* d.update(pairs) from a list of items that must each be a pair. */
static int update_pairs(mt_vm *vm, mt_value d, mt_value items) {
  for (uint32_t k = 0; k < mt_list_len(vm, items); k++) {
    mt_value p = mt_list_items(vm, items)[k];
    mt_value pair = mt_native_items(vm, p);
    if (pair == MT_EXC || pair == MT_NULL) {
      mt_exc_clear(vm);
      mt_raise(vm, MT_T_TYPE_ERROR, "cannot convert dictionary update sequence element #%u to a sequence", k);
      return -1;
    }
    if (mt_list_len(vm, pair) != 2) {
      mt_raise(vm, MT_T_VALUE_ERROR, "dictionary update sequence element #%u has length %u; 2 is required", k,
               mt_list_len(vm, pair));
      return -1;
    }
    if (mt_dict_set(vm, d, mt_list_items(vm, pair)[0], mt_list_items(vm, pair)[1])) return -1;
  }
  return 0;
}

mt_value mt_bi_dict(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_count(vm, "dict", nargs, 0, 1)) return MT_EXC;
  mt_value d;
  if (nargs == 1 && mt_is_ref_type(args[0], MT_T_DICT)) {
    d = mt_dict_copy(vm, args[0]);
  } else {
    d = mt_dict_new(vm);
    if (d != MT_EXC && nargs == 1) {
      mt_value items = mt_native_items(vm, args[0]);
      if (items == MT_NULL) return mt_native_redo(vm, MT_NAT_DICT___call__, args, nargs, kwnames, 0);
      if (items == MT_EXC || update_pairs(vm, d, items)) return MT_EXC;
    }
  }
  if (d == MT_EXC) return MT_EXC;
  uint32_t nkw = mt_kw_count(vm, kwnames);
  for (uint32_t k = 0; k < nkw; k++)
    if (mt_dict_set(vm, d, mt_kw_name(vm, kwnames, k), args[nargs + k])) return MT_EXC;
  return d;
}

/* ---- range, enumerate, zip ---- */

static int range_arg(mt_vm *vm, mt_value v) {
  if (is_int(v)) return 0;
  mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v);
  return -1;
}

mt_value mt_bi_range(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "range", kwnames) || mt_args_count(vm, "range", nargs, 1, 3)) return MT_EXC;
  for (uint32_t k = 0; k < nargs; k++)
    if (range_arg(vm, args[k])) return MT_EXC;
  if (nargs == 1) return mt_range_new(vm, mt_small(0), args[0], mt_small(1));
  return mt_range_new(vm, args[0], args[1], nargs == 3 ? args[2] : mt_small(1));
}

static const uint16_t enum_names[] = {MT_N_iterable, MT_N_start};
static const mt_argspec enum_spec = {"enumerate", enum_names, 2, 0, 2, 0};

mt_value mt_bi_enumerate(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  mt_value a[2];
  if (mt_args_parse(vm, &enum_spec, args, nargs, kwnames, a)) return MT_EXC;
  if (a[0] == MT_NULL) {
    if (mt_kw_count(vm, kwnames))
      return mt_raise(vm, MT_T_TYPE_ERROR, "'%S' is an invalid keyword argument for enumerate()",
                      mt_kw_name(vm, kwnames, 0));
    return mt_raise(vm, MT_T_TYPE_ERROR, "enumerate() missing required argument 'iterable'");
  }
  mt_value start = a[1] == MT_NULL ? mt_small(0) : a[1];
  if (!is_int(start))
    return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", start);
  if (mt_is_bool(start)) start = mt_small(start == MT_TRUE);
  mt_value it = mt_iter_new(vm, a[0]);
  return it == MT_EXC ? MT_EXC : mt_iter_enumerate(vm, it, start);
}

mt_value mt_bi_zip(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  uint32_t nkw = mt_kw_count(vm, kwnames);
  bool strict = false;
  if (nkw > 1) return mt_raise(vm, MT_T_TYPE_ERROR, "zip() takes at most 1 keyword argument (%u given)", nkw);
  if (nkw == 1) {
    mt_value kw = mt_kw_name(vm, kwnames, 0);
    if (!mt_kw_is(vm, kw, MT_N_strict))
      return mt_raise(vm, MT_T_TYPE_ERROR, "'%S' is an invalid keyword argument for zip()", kw);
    strict = mt_ops_truth(vm, args[nargs]);
  }
  mt_value its = mt_tuple_new(vm, nargs);
  if (its == MT_EXC) return MT_EXC;
  for (uint32_t k = 0; k < nargs; k++) {
    mt_value it = mt_iter_new(vm, args[k]);
    if (it == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, its)[k] = it;
  }
  return mt_iter_zip(vm, its, strict);
}

mt_value mt_bi_map(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "map", kwnames)) return MT_EXC;
  if (nargs < 2) return mt_raise(vm, MT_T_TYPE_ERROR, "map() must have at least two arguments.");
  mt_value its = mt_tuple_new(vm, nargs - 1);
  if (its == MT_EXC) return MT_EXC;
  for (uint32_t k = 1; k < nargs; k++) {
    mt_value it = mt_iter_new(vm, args[k]);
    if (it == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, its)[k - 1] = it;
  }
  return mt_iter_map(vm, args[0], its);
}

mt_value mt_bi_filter(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "filter", kwnames) || mt_args_count(vm, "filter", nargs, 2, 2)) return MT_EXC;
  mt_value it = mt_iter_new(vm, args[1]);
  return it == MT_EXC ? MT_EXC : mt_iter_filter(vm, args[0], it);
}

mt_value mt_bi_slice(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "slice", kwnames) || mt_args_count(vm, "slice", nargs, 1, 3)) return MT_EXC;
  if (nargs == 1) return mt_slice_new(vm, MT_NONE, args[0], MT_NONE);
  return mt_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : MT_NONE);
}
