/*
** float_obj.c: float arithmetic over values.
*/
#include "float_obj.h"

#include "exc.h"
#include "floating.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* The operand as a double: floats as they are, ints converted. */
static int as_double(mt_vm *vm, mt_value v, double *d) {
  if (mt_is_float(v)) {
    *d = mt_as_float(v);
    return 0;
  }
  mt_value f = mt_int_to_float(vm, v);
  if (f == MT_EXC) return -1;
  *d = mt_as_float(f);
  return 0;
}

static const uint32_t exc_type[] = {
    [MT_FLOAT_ZERODIVISION] = MT_T_ZERO_DIVISION_ERROR,
    [MT_FLOAT_OVERFLOW] = MT_T_OVERFLOW_ERROR,
    [MT_FLOAT_VALUE] = MT_T_VALUE_ERROR,
    [MT_FLOAT_MEMORY] = MT_T_MEMORY_ERROR,
};

static mt_value fail(mt_vm *vm, int code) {
  const char *msg;
  mt_float_exc kind = mt_float_error(code, &msg);
  if (kind == MT_FLOAT_MEMORY) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  return mt_raise(vm, exc_type[kind], "%s", msg);
}

typedef int (*op_fn)(double, double, double *);

static int f_add(double a, double b, double *r) {
  *r = a + b;
  return MT_FLOAT_OK;
}
static int f_sub(double a, double b, double *r) {
  *r = a - b;
  return MT_FLOAT_OK;
}
static int f_mul(double a, double b, double *r) {
  *r = a * b;
  return MT_FLOAT_OK;
}

static mt_value binop(mt_vm *vm, mt_value a, mt_value b, op_fn op) {
  double x, y, r;
  if (as_double(vm, a, &x) || as_double(vm, b, &y)) return MT_EXC;
  int rc = op(x, y, &r);
  return rc ? fail(vm, rc) : mt_float(r);
}

mt_value mt_float_obj_add(mt_vm *vm, mt_value a, mt_value b) { return binop(vm, a, b, f_add); }
mt_value mt_float_obj_sub(mt_vm *vm, mt_value a, mt_value b) { return binop(vm, a, b, f_sub); }
mt_value mt_float_obj_mul(mt_vm *vm, mt_value a, mt_value b) { return binop(vm, a, b, f_mul); }
mt_value mt_float_obj_truediv(mt_vm *vm, mt_value a, mt_value b) { return binop(vm, a, b, mt_float_div); }
mt_value mt_float_obj_floordiv(mt_vm *vm, mt_value a, mt_value b) {
  return binop(vm, a, b, mt_float_floordiv);
}
mt_value mt_float_obj_mod(mt_vm *vm, mt_value a, mt_value b) { return binop(vm, a, b, mt_float_mod); }
mt_value mt_float_obj_pow(mt_vm *vm, mt_value a, mt_value b) { return binop(vm, a, b, mt_float_pow); }

mt_value mt_float_obj_divmod(mt_vm *vm, mt_value a, mt_value b) {
  double x, y, q, r;
  if (as_double(vm, a, &x) || as_double(vm, b, &y)) return MT_EXC;
  int rc = mt_float_divmod(x, y, &q, &r);
  if (rc) return fail(vm, rc);
  mt_value items[2] = {mt_float(q), mt_float(r)};
  return mt_tuple_from(vm, items, 2);
}

mt_value mt_float_obj_parse(mt_vm *vm, mt_value text) {
  double d;
  int rc;
  if (mt_is_ref_type(text, MT_T_BYTES)) {
    mt_bytes *b = MT_OBJ(vm, mt_bytes, text);
    rc = mt_float_parse((const char *)b->data, b->len, false, &d);
  } else {
    mt_strview x = mt_str_obj_view(vm, text);
    rc = mt_float_parse(x.p, x.len, true, &d);
  }
  if (rc == MT_FLOAT_ESYNTAX) {
    const char *msg;
    mt_float_error(rc, &msg);
    return mt_raise(vm, MT_T_VALUE_ERROR, "%s: %R", msg, text);
  }
  return rc ? fail(vm, rc) : mt_float(d);
}

mt_value mt_float_obj_round(mt_vm *vm, mt_value x, mt_value ndigits) {
  double d = mt_as_float(x), r;
  if (ndigits == MT_NULL || ndigits == MT_NONE) return mt_int_from_double(vm, mt_float_round_half_even(d));
  int64_t n;
  if (!mt_int_to_i64(vm, ndigits, &n)) n = mt_int_cmp(vm, ndigits, mt_small(0)) < 0 ? INT64_MIN : INT64_MAX;
  int rc = mt_float_round(d, n, &r);
  return rc ? fail(vm, rc) : mt_float(r);
}
