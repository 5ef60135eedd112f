/*
** num_methods.c: the methods of int (bool inherits them) and float as
** natives (native.h), with CPython 3.11's argument handling and messages.
** The data attributes (real, imag, numerator, denominator) are attr.c's.
*/
#include <math.h>

#include "bytes.h"
#include "exc.h"
#include "floating.h"
#include "int.h"
#include "iterate.h"
#include "native.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* bool's methods work on the int it stands for. */
static mt_value as_int(mt_value v) { return mt_is_bool(v) ? mt_small(v == MT_TRUE) : v; }

/* ---- int ---- */

mt_value mt_m_int_bit_length(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "int.bit_length", nargs - 1, kwnames)) return MT_EXC;
  return mt_int_from_u64(vm, mt_int_bit_length(vm, args[0]));
}

mt_value mt_m_int_bit_count(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "int.bit_count", nargs - 1, kwnames)) return MT_EXC;
  return mt_int_from_u64(vm, mt_int_bit_count(vm, args[0]));
}

mt_value mt_m_int_conjugate(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "int.conjugate", nargs - 1, kwnames)) return MT_EXC;
  return as_int(args[0]);
}

mt_value mt_m_int_as_integer_ratio(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "int.as_integer_ratio", nargs - 1, kwnames)) return MT_EXC;
  mt_value pair[2] = {as_int(args[0]), mt_small(1)};
  return mt_tuple_from(vm, pair, 2);
}

/* The byteorder argument: 'big' (default) or 'little'. */
static int byteorder(mt_vm *vm, const char *fname, mt_value v, bool *little) {
  *little = false;
  if (v == MT_NULL) return 0;
  if (!mt_is_str(v)) {
    mt_arg_bad(vm, fname, 0, "byteorder", "str", v);
    return -1;
  }
  mt_strview s = mt_str_obj_view(vm, v);
  if (s.len == 6 && memcmp(s.p, "little", 6) == 0) *little = true;
  else if (s.len != 3 || memcmp(s.p, "big", 3) != 0) {
    mt_raise(vm, MT_T_VALUE_ERROR, "byteorder must be either 'little' or 'big'");
    return -1;
  }
  return 0;
}

/* The signed argument: any object, by its truth. */
static bool truth(mt_vm *vm, mt_value v) { return v != MT_NULL && mt_ops_truth(vm, v); }

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
mt_value mt_m_int_to_bytes(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_length, MT_N_byteorder, MT_N_signed};
  static const mt_argspec spec = {"to_bytes", names, 3, 0, 2, 0};
  mt_value a[3];
  int64_t length = 1;
  bool little;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a) ||
      (a[0] != MT_NULL && mt_arg_index(vm, a[0], &length)) || byteorder(vm, "to_bytes", a[1], &little))
    return MT_EXC;
  if (length < 0) return mt_raise(vm, MT_T_VALUE_ERROR, "length argument must be non-negative");
  if ((uint64_t)length > mt_heap_room(vm)) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r = mt_bytes_alloc(vm, (size_t)length);
  if (r == MT_EXC) return MT_EXC;
  if (mt_int_to_bytes(vm, args[0], mt_bytes_data(vm, r), (size_t)length, little, truth(vm, a[2])))
    return MT_EXC;
  return r;
}

/* The bytes argument of int.from_bytes: a bytes, or an iterable of ints
** in range(256) (what bytes(x) would make of it). */
static mt_value bytes_arg(mt_vm *vm, mt_value v) {
  if (mt_is_ref_type(v, MT_T_BYTES)) return v;
  if (mt_is_str(v) || !mt_iterate_is_iterable(vm, v))
    return mt_raise(vm, MT_T_TYPE_ERROR, "cannot convert '%T' object to bytes", v);
  mt_value seq = mt_iterate_list(vm, v);
  if (seq == MT_NULL) return mt_iterate_vm_only(vm, v);
  return seq == MT_EXC ? MT_EXC : mt_bytes_from_ints(vm, seq);
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): a class
** method (args[0] is the class). */
mt_value mt_m_int_from_bytes(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_bytes, MT_N_byteorder, MT_N_signed};
  static const mt_argspec spec = {"from_bytes", names, 3, 0, 2, 1};
  mt_value a[3];
  bool little;
  if (mt_args_parse(vm, &spec, args + 1, nargs - 1, kwnames, a) || byteorder(vm, "from_bytes", a[1], &little))
    return MT_EXC;
  if (nargs > 1 && mt_iterate_needs_vm(vm, a[0]))
    return mt_native_redo(vm, MT_NAT_INT_from_bytes, args, nargs, kwnames, 1);
  mt_value b = bytes_arg(vm, a[0]);
  if (b == MT_EXC) return MT_EXC;
  return mt_int_from_bytes(vm, mt_bytes_data(vm, b), mt_bytes_len(vm, b), little, truth(vm, a[2]));
}

/* ---- float ---- */

/* The exception for a floating.h error code. */
static mt_value float_fail(mt_vm *vm, int rc) {
  const char *msg;
  static const uint32_t types[] = {
      [MT_FLOAT_ZERODIVISION] = MT_T_ZERO_DIVISION_ERROR,
      [MT_FLOAT_OVERFLOW] = MT_T_OVERFLOW_ERROR,
      [MT_FLOAT_VALUE] = MT_T_VALUE_ERROR,
      [MT_FLOAT_MEMORY] = MT_T_MEMORY_ERROR,
  };
  mt_float_exc kind = mt_float_error(rc, &msg);
  if (kind == MT_FLOAT_MEMORY) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  return mt_raise(vm, types[kind], "%s", msg);
}

mt_value mt_m_float_is_integer(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "float.is_integer", nargs - 1, kwnames)) return MT_EXC;
  return mt_bool(mt_float_is_integer(mt_as_float(args[0])));
}

mt_value mt_m_float_conjugate(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "float.conjugate", nargs - 1, kwnames)) return MT_EXC;
  return args[0];
}

/* x.as_integer_ratio(): (mant << e, 1) or (mant, 1 << -e). */
mt_value mt_m_float_as_integer_ratio(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "float.as_integer_ratio", nargs - 1, kwnames)) return MT_EXC;
  int64_t mant;
  int32_t e;
  int rc = mt_float_integer_ratio(mt_as_float(args[0]), &mant, &e);
  if (rc) return float_fail(vm, rc);
  mt_value pair[2] = {mt_int_from_i64(vm, mant), mt_small(1)};
  if (pair[0] == MT_EXC) return MT_EXC;
  mt_value shift = mt_small(e < 0 ? -(int64_t)e : e);
  pair[e < 0] = mt_int_lshift(vm, pair[e < 0], shift);
  return pair[e < 0] == MT_EXC ? MT_EXC : mt_tuple_from(vm, pair, 2);
}

mt_value mt_m_float_hex(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "float.hex", nargs - 1, kwnames)) return MT_EXC;
  mt_buf b = MT_BUF_INIT;
  int rc = mt_float_to_hex(&b, mt_as_float(args[0]));
  mt_value r = rc ? float_fail(vm, rc) : mt_str_obj_new(vm, b.data, b.len);
  mt_buf_free(&b);
  return r;
}

/* float.fromhex(string): a class method (args[0] is the class). */
mt_value mt_m_float_fromhex(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "float.fromhex", nargs - 1, kwnames)) return MT_EXC;
  if (!mt_is_str(args[1])) return mt_raise(vm, MT_T_TYPE_ERROR, "bad argument type for built-in operation");
  mt_strview s = mt_str_obj_view(vm, args[1]);
  double x;
  int rc = mt_float_from_hex(s.p, s.len, &x);
  return rc ? float_fail(vm, rc) : mt_float(x);
}
