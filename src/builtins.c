/*
** builtins.c: the builtin functions the VM itself depends on (print, len,
** repr, abs, ...). Each follows native.h's calling convention and checks
** its arguments with CPython 3.11's messages.
*/
#include <math.h>

#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "native.h"
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
    mt_value s = mt_repr_str(vm, args[i]);
    if (s == MT_EXC || (i > 0 && mt_out_write_str(vm, sep)) || mt_out_write_str(vm, s)) return MT_EXC;
  }
  return mt_out_write_str(vm, end) ? MT_EXC : MT_NONE;
}

/* ---- len, repr, abs ---- */

/* len(v) as int64, or -1 with TypeError "object of type 'int' has no
** len()" (or OverflowError for a huge range). */
static int64_t length_of(mt_vm *vm, mt_value v) {
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

mt_value mt_bi_len(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "len", nargs, kwnames)) return MT_EXC;
  int64_t n = length_of(vm, args[0]);
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
