/*
** bi_num.c: the builtin functions on numbers and characters (bin, oct,
** hex, chr, ord, ascii, divmod, pow, round, hash, id, format) as natives
** (native.h), with CPython 3.11's results and messages.
*/
#include "bytes.h"
#include "exc.h"
#include "float_obj.h"
#include "fmtval.h"
#include "hash.h"
#include "int.h"
#include "native.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

/* ---- bin, oct, hex ---- */

/* An integer argument (its __index__), as bin/oct/hex take it. */
static int index_arg(mt_vm *vm, mt_value v) {
  if (mt_int_is(v)) return 0;
  mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v);
  return -1;
}

static mt_value to_base(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames, const char *fname,
                        int base) {
  if (mt_args_one(vm, fname, nargs, kwnames) || index_arg(vm, args[0])) return MT_EXC;
  mt_limb t;
  mt_buf b = MT_BUF_INIT;
  int rc = mt_big_to_base(&b, mt_int_view(vm, args[0], &t), base, MT_BIG_PREFIX);
  mt_value r = rc ? mt_raise_type(vm, MT_T_MEMORY_ERROR) : mt_str_obj_new_n(vm, b.data, b.len, b.len);
  mt_buf_free(&b);
  return r;
}

mt_value mt_bi_bin(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return to_base(vm, args, nargs, kwnames, "bin", 2);
}

mt_value mt_bi_oct(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return to_base(vm, args, nargs, kwnames, "oct", 8);
}

mt_value mt_bi_hex(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return to_base(vm, args, nargs, kwnames, "hex", 16);
}

/* ---- chr, ord, ascii ---- */

mt_value mt_bi_chr(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  int32_t c;
  if (mt_args_one(vm, "chr", nargs, kwnames) || mt_arg_int(vm, args[0], &c)) return MT_EXC;
  if (c < 0 || (uint32_t)c > MT_UNI_MAX) return mt_raise(vm, MT_T_VALUE_ERROR, "chr() arg not in range(0x110000)");
  char b[4];
  return mt_str_obj_new_n(vm, b, mt_uni_encode_cp((uint32_t)c, b), 1);
}

mt_value mt_bi_ord(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "ord", nargs, kwnames)) return MT_EXC;
  mt_value v = args[0];
  uint64_t len;
  if (mt_is_str(v)) {
    mt_strview s = mt_str_obj_view(vm, v);
    if ((len = s.cplen) == 1) {
      size_t i = 0;
      return mt_small(mt_uni_next(s.p, &i));
    }
  } else if (mt_is_ref_type(v, MT_T_BYTES)) {
    if ((len = mt_bytes_len(vm, v)) == 1) return mt_small(mt_bytes_data(vm, v)[0]);
  } else {
    return mt_raise(vm, MT_T_TYPE_ERROR, "ord() expected string of length 1, but %T found", v);
  }
  return mt_raise(vm, MT_T_TYPE_ERROR, "ord() expected a character, but string of length %llu found",
                  (unsigned long long)len);
}

mt_value mt_bi_ascii(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "ascii", nargs, kwnames)) return MT_EXC;
  return mt_fmtval_ascii(vm, args[0]);
}

/* ---- divmod, pow, round ---- */

static bool is_number(mt_value v) { return mt_int_is(v) || mt_is_float(v); }

mt_value mt_bi_divmod(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "divmod", kwnames) || mt_args_count(vm, "divmod", nargs, 2, 2)) return MT_EXC;
  mt_value a = args[0], b = args[1];
  if (!is_number(a) || !is_number(b))
    return mt_raise(vm, MT_T_TYPE_ERROR, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
  if (mt_is_float(a) || mt_is_float(b)) return mt_float_obj_divmod(vm, a, b);
  return mt_int_divmod(vm, a, b);
}

/* pow(base, exp, mod=None) */
mt_value mt_bi_pow(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_base, MT_N_exp, MT_N_mod};
  static const mt_argspec spec = {"pow", names, 3, 0, 3, 2};
  mt_value a[3];
  if (mt_args_parse(vm, &spec, args, nargs, kwnames, a)) return MT_EXC;
  if (a[2] == MT_NULL || a[2] == MT_NONE) return mt_ops_binary(vm, MT_BIN_POW, a[0], a[1], false);
  if (!mt_int_is(a[0]) || !mt_int_is(a[1]) || !mt_int_is(a[2])) {
    if (is_number(a[0]) && is_number(a[1]) && is_number(a[2]))
      return mt_raise(vm, MT_T_TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers");
    return mt_raise(vm, MT_T_TYPE_ERROR, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a[0],
                    a[1], a[2]);
  }
  return mt_int_powmod(vm, a[0], a[1], a[2]);
}

/* round(x, ndigits) for an int: x itself for ndigits >= 0, else x
** rounded half to even to a multiple of 10**-ndigits (long_round). */
static mt_value round_int(mt_vm *vm, mt_value x, mt_value ndigits) {
  if (mt_int_cmp(vm, ndigits, mt_small(0)) >= 0) return x;
  mt_value p = mt_int_neg(vm, ndigits);
  mt_value pow10 = p == MT_EXC ? MT_EXC : mt_int_pow(vm, mt_small(10), p);
  mt_value qr = pow10 == MT_EXC ? MT_EXC : mt_int_divmod(vm, x, pow10);
  if (qr == MT_EXC) return MT_EXC;
  mt_value q = mt_tuple_items(vm, qr)[0], r = mt_tuple_items(vm, qr)[1];
  /* round up when 2r > pow10, or 2r == pow10 and q is odd */
  mt_value twice = mt_int_add(vm, r, r);
  if (twice == MT_EXC) return MT_EXC;
  int c = mt_int_cmp(vm, twice, pow10);
  mt_limb t;
  mt_big qb = mt_int_view(vm, q, &t);
  bool odd = qb.n && (qb.d[0] & 1);
  if (c > 0 || (c == 0 && odd)) q = mt_int_add(vm, q, mt_small(1));
  return q == MT_EXC ? MT_EXC : mt_int_mul(vm, q, pow10);
}

/* round(number, ndigits=None) */
mt_value mt_bi_round(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_number, MT_N_ndigits};
  static const mt_argspec spec = {"round", names, 2, 0, 2, 1};
  mt_value a[2];
  if (mt_args_parse(vm, &spec, args, nargs, kwnames, a)) return MT_EXC;
  mt_value x = a[0], nd = a[1] == MT_NONE ? MT_NULL : a[1];
  if (!is_number(x)) return mt_raise(vm, MT_T_TYPE_ERROR, "type %T doesn't define __round__ method", x);
  if (nd != MT_NULL && !mt_int_is(nd))
    return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", nd);
  if (mt_is_float(x)) return mt_float_obj_round(vm, x, nd);
  if (mt_is_bool(x)) x = mt_small(x == MT_TRUE);
  return nd == MT_NULL ? x : round_int(vm, x, nd);
}

/* ---- hash, id, format ---- */

mt_value mt_bi_hash(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  int64_t h;
  if (mt_args_one(vm, "hash", nargs, kwnames) || mt_hash_value(vm, args[0], &h)) return MT_EXC;
  return mt_int_from_i64(vm, h);
}

/* id(v): the arena offset of a heap object (what reprs print as its
** address), or a number derived from the value word of an immediate. */
mt_value mt_bi_id(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "id", nargs, kwnames)) return MT_EXC;
  mt_value v = args[0];
  return mt_int_from_u64(vm, mt_is_ref(v) ? mt_ref_off(v) : v >> 1);
}

/* format(value, format_spec='') */
mt_value mt_bi_format(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "format", kwnames) || mt_args_count(vm, "format", nargs, 1, 2)) return MT_EXC;
  mt_value spec = nargs > 1 ? args[1] : mt_name(MT_N_empty);
  if (!mt_is_str(spec)) return mt_arg_bad(vm, "format", 2, NULL, "str", spec);
  return mt_fmtval_format(vm, args[0], spec);
}
