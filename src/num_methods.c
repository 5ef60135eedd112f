/*
** num_methods.c: the methods of int (bool inherits them) and float as
** natives (native.h), with CPython 3.11's argument handling and messages,
** and the builtins that dispatch to their __round__ and __divmod__:
** round() and divmod(). The data attributes (real, imag, numerator, denominator) are attr.c's.
*/
#include <math.h>

#include "bytes.h"
#include "exc.h"
#include "float_obj.h"
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
  if (mt_iterate_needs_vm(vm, a[0])) return mt_native_redo(vm, MT_NAT_INT_from_bytes, args, nargs, kwnames, 1);
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

/* ---- round, divmod ---- */

static bool is_int(mt_value v) { return mt_is_small(v) || mt_is_bool(v) || mt_is_ref_type(v, MT_T_INT); }

/* int.__round__ with ndigits < 0: x rounded half to even to a multiple of
** p = 10**-ndigits (CPython's _PyLong_DivmodNear). When x has fewer
** digits than -ndigits, |x| < p / 2 and the result is 0 without
** computing p (whose size the program would control). */
static mt_value int_round_negative(mt_vm *vm, mt_value x, mt_value ndigits) {
  int64_t n;
  if (!mt_int_to_i64(vm, ndigits, &n) || (double)mt_int_bit_length(vm, x) * 0.30103 + 1 < -(double)n)
    return mt_small(0);
  mt_value p = mt_int_pow(vm, mt_small(10), mt_int_from_i64(vm, -n));
  mt_value q = p == MT_EXC ? MT_EXC : mt_int_floordiv(vm, x, p);
  mt_value r = q == MT_EXC ? MT_EXC : mt_int_mod(vm, x, p);
  mt_value twice = r == MT_EXC ? MT_EXC : mt_int_add(vm, r, r);
  mt_value odd = twice == MT_EXC ? MT_EXC : mt_int_and(vm, q, mt_small(1));
  if (odd == MT_EXC) return MT_EXC;
  int c = mt_int_cmp(vm, twice, p);
  if (c > 0 || (c == 0 && odd == mt_small(1))) q = mt_int_add(vm, q, mt_small(1));
  return q == MT_EXC ? MT_EXC : mt_int_mul(vm, q, p);
}

/* round(number, ndigits=None): an int for ints and for floats without
** ndigits, else a float rounded half to even at ndigits decimals. */
mt_value mt_bi_round(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_number, MT_N_ndigits};
  static const mt_argspec spec = {"round", names, 2, 0, 2, 1};
  mt_value a[2];
  if (mt_args_parse(vm, &spec, args, nargs, kwnames, a)) return MT_EXC;
  mt_value x = a[0], nd = a[1] == MT_NULL ? MT_NONE : a[1];
  if (!is_int(x) && !mt_is_float(x))
    return mt_raise(vm, MT_T_TYPE_ERROR, "type %T doesn't define __round__ method", x);
  if (nd != MT_NONE && !is_int(nd))
    return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", nd);
  nd = as_int(nd);
  if (mt_is_float(x)) return mt_float_obj_round(vm, x, nd);
  if (nd == MT_NONE || mt_int_cmp(vm, nd, mt_small(0)) >= 0) return as_int(x);
  return int_round_negative(vm, as_int(x), nd);
}

/* divmod(a, b): (a // b, a % b) of ints, or of floats when either is one. */
mt_value mt_bi_divmod(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "divmod", kwnames) || mt_args_count(vm, "divmod", nargs, 2, 2)) return MT_EXC;
  mt_value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) return mt_int_divmod(vm, as_int(a), as_int(b));
  if ((is_int(a) || mt_is_float(a)) && (is_int(b) || mt_is_float(b)))
    return mt_float_obj_divmod(vm, as_int(a), as_int(b));
  return mt_raise(vm, MT_T_TYPE_ERROR, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
}
