/* Criterion tests for the value word (value.h) and value typing. */
#include <criterion/criterion.h>
#include <math.h>

#include "object.h"
#include "value.h"

Test(value, floats_are_themselves) {
  double xs[] = {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, INFINITY, -INFINITY, 5e-324};
  for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
    mt_value v = mt_float(xs[i]);
    cr_assert(mt_is_float(v));
    cr_assert(!mt_is_small(v) && !mt_is_ref(v) && !mt_is_const(v));
    cr_assert_eq(memcmp(&xs[i], &v, 8), 0);
  }
}

Test(value, every_nan_is_canonical) {
  double n1 = NAN, n2 = -NAN, n3 = 0.0 / 0.0;
  uint64_t bits = UINT64_C(0xFFF8000000000001);
  double n4;
  memcpy(&n4, &bits, 8);
  cr_assert_eq(mt_float(n1), MT_CANON_NAN);
  cr_assert_eq(mt_float(n2), MT_CANON_NAN);
  cr_assert_eq(mt_float(n3), MT_CANON_NAN);
  cr_assert_eq(mt_float(n4), MT_CANON_NAN);
  cr_assert(mt_is_float(MT_CANON_NAN));
  cr_assert(isnan(mt_as_float(MT_CANON_NAN)));
}

Test(value, small_int_range_round_trips) {
  int64_t xs[] = {0, 1, -1, 42, -42, MT_SMALL_MAX, MT_SMALL_MIN, (INT64_C(1) << 40) + 3};
  for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
    mt_value v = mt_small(xs[i]);
    cr_assert(mt_is_small(v) && !mt_is_float(v));
    cr_assert_eq(mt_as_small(v), xs[i]);
  }
  cr_assert(mt_small_fits(MT_SMALL_MAX) && !mt_small_fits(MT_SMALL_MAX + 1));
  cr_assert(mt_small_fits(MT_SMALL_MIN) && !mt_small_fits(MT_SMALL_MIN - 1));
  cr_assert_eq(MT_SMALL_MAX, (INT64_C(1) << 47) - 1);
}

Test(value, small_add_sub_detect_overflow) {
  mt_value r;
  cr_assert(mt_small_add(mt_small(2), mt_small(3), &r));
  cr_assert_eq(mt_as_small(r), 5);
  cr_assert(mt_small_add(mt_small(-7), mt_small(3), &r));
  cr_assert_eq(mt_as_small(r), -4);
  cr_assert(mt_small_add(mt_small(MT_SMALL_MAX - 1), mt_small(1), &r));
  cr_assert_eq(mt_as_small(r), MT_SMALL_MAX);
  cr_assert_not(mt_small_add(mt_small(MT_SMALL_MAX), mt_small(1), &r));
  cr_assert_not(mt_small_add(mt_small(MT_SMALL_MIN), mt_small(-1), &r));
  cr_assert(mt_small_sub(mt_small(MT_SMALL_MIN + 1), mt_small(1), &r));
  cr_assert_eq(mt_as_small(r), MT_SMALL_MIN);
  cr_assert_not(mt_small_sub(mt_small(MT_SMALL_MIN), mt_small(1), &r));
  cr_assert_not(mt_small_sub(mt_small(0), mt_small(MT_SMALL_MIN), &r));
}

Test(value, small_mul_detects_overflow) {
  mt_value r;
  cr_assert(mt_small_mul(mt_small(-6), mt_small(7), &r));
  cr_assert_eq(mt_as_small(r), -42);
  cr_assert(mt_small_mul(mt_small(1 << 23), mt_small(1 << 23), &r));
  cr_assert_eq(mt_as_small(r), INT64_C(1) << 46);
  cr_assert_not(mt_small_mul(mt_small(1 << 24), mt_small(1 << 23), &r));
  cr_assert(mt_small_mul(mt_small(-(INT64_C(1) << 24)), mt_small(1 << 23), &r));
  cr_assert_eq(mt_as_small(r), MT_SMALL_MIN);
  cr_assert_not(mt_small_mul(mt_small(MT_SMALL_MIN), mt_small(-1), &r));
  cr_assert(mt_small_mul(mt_small(MT_SMALL_MAX), mt_small(0), &r));
  cr_assert_eq(mt_as_small(r), 0);
}

Test(value, constants_and_bools) {
  cr_assert(mt_is_bool(MT_TRUE) && mt_is_bool(MT_FALSE));
  cr_assert(!mt_is_bool(MT_NONE) && !mt_is_bool(mt_small(1)) && !mt_is_bool(MT_NULL));
  cr_assert_eq(mt_bool(true), MT_TRUE);
  cr_assert_eq(mt_bool(false), MT_FALSE);
  mt_value cs[] = {MT_NONE, MT_TRUE, MT_FALSE, MT_ELLIPSIS, MT_NOTIMPL, MT_NULL, MT_EXC, MT_STOP, MT_DUMMY};
  for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++) {
    cr_assert(mt_is_const(cs[i]) && !mt_is_float(cs[i]));
    for (size_t j = 0; j < i; j++) cr_assert_neq(cs[i], cs[j]);
  }
}

Test(value, refs_carry_offset_and_type) {
  mt_value v = mt_ref(MT_T_LIST, 0x1238);
  cr_assert(mt_is_ref(v) && !mt_is_float(v));
  cr_assert_eq(mt_ref_off(v), 0x1238);
  cr_assert_eq(mt_ref_type(v), MT_T_LIST);
  cr_assert(mt_is_ref_type(v, MT_T_LIST));
  cr_assert_not(mt_is_ref_type(v, MT_T_TUPLE));
  mt_value w = mt_ref_moved(v, 0x40);
  cr_assert_eq(mt_ref_off(w), 0x40);
  cr_assert(mt_is_ref_type(w, MT_T_LIST));
  mt_value top = mt_ref(MT_TYPE_COUNT - 1, UINT32_C(0xFFFFFFF8));
  cr_assert_eq(mt_ref_off(top), UINT32_C(0xFFFFFFF8));
  cr_assert_eq(mt_ref_type(top), MT_TYPE_COUNT - 1);
}

Test(value, python_type_of_each_kind) {
  cr_assert_eq(mt_obj_type(mt_float(1.0)), MT_T_FLOAT);
  cr_assert_eq(mt_obj_type(mt_small(3)), MT_T_INT);
  cr_assert_eq(mt_obj_type(MT_TRUE), MT_T_BOOL);
  cr_assert_eq(mt_obj_type(MT_NONE), MT_T_NONE);
  cr_assert_eq(mt_obj_type(MT_ELLIPSIS), MT_T_ELLIPSIS);
  cr_assert_eq(mt_obj_type(MT_NOTIMPL), MT_T_NOTIMPL);
  cr_assert_eq(mt_obj_type(mt_name(MT_N_append)), MT_T_STR);
  cr_assert_eq(mt_obj_type(mt_type_value(MT_T_INT)), MT_T_TYPE);
  cr_assert_eq(mt_obj_type(mt_native(3)), MT_T_BUILTIN_FN);
  cr_assert_eq(mt_obj_type(mt_ref(MT_T_DICT, 64)), MT_T_DICT);
}

Test(value, exception_tree) {
  cr_assert(mt_type_issubclass(MT_T_ZERO_DIVISION_ERROR, MT_T_ARITHMETIC_ERROR));
  cr_assert(mt_type_issubclass(MT_T_ZERO_DIVISION_ERROR, MT_T_EXCEPTION));
  cr_assert(mt_type_issubclass(MT_T_KEY_ERROR, MT_T_LOOKUP_ERROR));
  cr_assert(mt_type_issubclass(MT_T_UNBOUND_LOCAL_ERROR, MT_T_NAME_ERROR));
  cr_assert(mt_type_issubclass(MT_T_FILE_NOT_FOUND_ERROR, MT_T_OS_ERROR));
  cr_assert(mt_type_issubclass(MT_T_RECURSION_ERROR, MT_T_RUNTIME_ERROR));
  cr_assert(mt_type_issubclass(MT_T_TAB_ERROR, MT_T_SYNTAX_ERROR));
  cr_assert(mt_type_issubclass(MT_T_UNICODE_DECODE_ERROR, MT_T_VALUE_ERROR));
  cr_assert(mt_type_issubclass(MT_T_EXCEPTION_GROUP, MT_T_EXCEPTION));
  cr_assert(mt_type_issubclass(MT_T_EXCEPTION_GROUP, MT_T_BASE_EXCEPTION_GROUP));
  cr_assert(mt_type_issubclass(MT_T_BOOL, MT_T_INT));
  cr_assert(mt_type_issubclass(MT_T_LIST, MT_T_OBJECT));
  cr_assert_not(mt_type_issubclass(MT_T_KEY_ERROR, MT_T_INDEX_ERROR));
  cr_assert_not(mt_type_issubclass(MT_T_SYSTEM_EXIT, MT_T_EXCEPTION));
  cr_assert_not(mt_type_issubclass(MT_T_BASE_EXCEPTION_GROUP, MT_T_EXCEPTION));
  cr_assert_not(mt_type_issubclass(MT_T_INT, MT_T_BOOL));
  cr_assert_str_eq(mt_type_name(MT_T_ZERO_DIVISION_ERROR), "ZeroDivisionError");
  cr_assert_str_eq(mt_type_name(MT_T_STR_ASCII_ITER), "str_ascii_iterator");
}

Test(value, name_table_is_sorted_and_found) {
  for (uint32_t i = 1; i < MT_NAME_COUNT; i++) {
    size_t a = mt_name_len[i - 1], b = mt_name_len[i];
    int c = memcmp(mt_name_text[i - 1], mt_name_text[i], a < b ? a : b);
    cr_assert(c < 0 || (c == 0 && a < b), "names %u and %u out of order", i - 1, i);
  }
  for (uint32_t i = 0; i < MT_NAME_COUNT; i++)
    cr_assert_eq(mt_name_find(mt_name_text[i], mt_name_len[i]), (int32_t)i);
  cr_assert_eq(mt_name_find("append", 6), MT_N_append);
  cr_assert_eq(mt_name_find("appendx", 7), -1);
  cr_assert_eq(mt_name_find("", 0), MT_N_empty);
  for (uint32_t c = 0; c < 128; c++) {
    cr_assert_eq(mt_name_len[mt_name_ascii[c]], 1);
    cr_assert_eq((uint8_t)mt_name_text[mt_name_ascii[c]][0], c);
  }
}
