/* Criterion tests for float arithmetic on values (expectations from
** CPython 3.11). */
#include <criterion/criterion.h>

#include "float_obj.h"
#include "heap_support.h"
#include "int.h"

TestSuite(float_obj, .init = open_vm, .fini = close_vm);

Test(float_obj, arithmetic_mixing_ints) {
  cr_assert_eq(mt_float_obj_floordiv(V, mt_float(7.5), mt_small(2)), mt_float(3.0));
  cr_assert_eq(mt_float_obj_mod(V, mt_float(-7.5), mt_small(2)), mt_float(0.5));
  cr_assert_str_eq(repr_of(mt_float_obj_pow(V, mt_small(2), mt_float(0.5))), "1.4142135623730951");
  cr_assert_str_eq(repr_of(mt_float_obj_divmod(V, mt_float(-7.5), mt_small(2))), "(-4.0, 0.5)");
  cr_assert_str_eq(repr_of(mt_float_obj_truediv(V, mt_float(1.0), mt_small(3))), "0.3333333333333333");
  cr_assert_eq(mt_float_obj_add(V, MT_TRUE, mt_float(0.5)), mt_float(1.5));
}

Test(float_obj, errors) {
  cr_assert_eq(mt_float_obj_truediv(V, mt_small(1), mt_float(0.0)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "float division by zero");
  cr_assert_eq(mt_float_obj_mod(V, mt_float(5.0), mt_small(0)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "float modulo");
  mt_value big = mt_int_pow(V, mt_small(10), mt_small(400));
  cr_assert_eq(mt_float_obj_add(V, big, mt_float(1.0)), MT_EXC);
  cr_assert_eq(mt_exc_type(V, mt_exc_pending(V)), MT_T_OVERFLOW_ERROR);
  cr_assert_str_eq(take_exc_message(), "int too large to convert to float");
}

Test(float_obj, parse_and_round) {
  cr_assert_eq(mt_float_obj_parse(V, str("  1_0.5 ")), mt_float(10.5));
  cr_assert_eq(mt_float_obj_parse(V, str("x1")), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "could not convert string to float: 'x1'");
  cr_assert_str_eq(repr_of(mt_float_obj_round(V, mt_float(2.675), mt_small(2))), "2.67");
  cr_assert_eq(mt_float_obj_round(V, mt_float(2.5), MT_NULL), mt_small(2));
  cr_assert_eq(mt_float_obj_round(V, mt_float(-0.5), MT_NONE), mt_small(0));
  cr_assert_str_eq(repr_of(mt_float_obj_round(V, mt_float(1e300), mt_small(-300))), "1e+300");
  cr_assert_str_eq(repr_of(mt_float_obj_round(V, mt_float(1e20), MT_NULL)), "100000000000000000000");
}
