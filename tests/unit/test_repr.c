/* Criterion tests for repr()/str(): expected strings are CPython 3.11's. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>

#include "bytes.h"
#include "dict.h"
#include "func.h"
#include "heap_support.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "tuple.h"
#include "verify.h"

TestSuite(repr, .init = open_vm, .fini = close_vm);

Test(repr, constants) {
  cr_assert_str_eq(repr_of(MT_NONE), "None");
  cr_assert_str_eq(repr_of(MT_TRUE), "True");
  cr_assert_str_eq(repr_of(MT_FALSE), "False");
  cr_assert_str_eq(repr_of(MT_ELLIPSIS), "Ellipsis");
  cr_assert_str_eq(repr_of(MT_NOTIMPL), "NotImplemented");
  cr_assert_str_eq(repr_of(mt_type_value(MT_T_INT)), "<class 'int'>");
  cr_assert_str_eq(repr_of(mt_type_value(MT_T_VALUE_ERROR)), "<class 'ValueError'>");
  cr_assert_str_eq(repr_of(mt_type_value(MT_T_NONE)), "<class 'NoneType'>");
}

Test(repr, floats) {
  static const struct {
    double d;
    const char *s;
  } cases[] = {
      {0.0, "0.0"}, {-0.0, "-0.0"}, {1.5, "1.5"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"},
      {1e-5, "1e-05"}, {0.0001, "0.0001"}, {1.0 / 3, "0.3333333333333333"}, {2.5e-300, "2.5e-300"},
      {1e300, "1e+300"}, {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"},
      {123456789.123, "123456789.123"}, {1e22, "1e+22"}, {5e-324, "5e-324"}, {100.0, "100.0"},
      {1.7976931348623157e308, "1.7976931348623157e+308"}, {0.1, "0.1"}, {-123.456e-10, "-1.23456e-08"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    cr_assert_str_eq(repr_of(mt_float(cases[i].d)), cases[i].s);
}

Test(repr, ints) {
  cr_assert_str_eq(repr_of(mt_small(0)), "0");
  cr_assert_str_eq(repr_of(mt_small(-5)), "-5");
  mt_value two47 = mt_int_lshift(V, mt_small(1), mt_small(47));
  cr_assert(mt_is_ref(two47));
  cr_assert_str_eq(repr_of(two47), "140737488355328");
  cr_assert_str_eq(repr_of(mt_int_sub(V, mt_int_neg(V, two47), mt_small(1))), "-140737488355329");
  cr_assert_str_eq(repr_of(mt_int_pow(V, mt_small(2), mt_small(100))), "1267650600228229401496703205376");
  cr_assert_str_eq(repr_of(mt_int_neg(V, mt_int_pow(V, mt_small(2), mt_small(200)))),
                   "-1606938044258990275541962092341162602522202993782792835301376");
}

Test(repr, strings) {
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"abc", "'abc'"},
      {"it's", "\"it's\""},
      {"both ' and \"", "'both \\' and \"'"},
      {"\n\t\\\r", "'\\n\\t\\\\\\r'"},
      {"\x7f\x1b", "'\\x7f\\x1b'"},
      {"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"},
      {"\xe2\x80\x8b\xc2\xa0\xc2\xad", "'\\u200b\\xa0\\xad'"},
      {"\xf3\xa0\x80\x81", "'\\U000e0001'"},
      {"", "''"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    cr_assert_str_eq(repr_of(str(cases[i].in)), cases[i].out);
  cr_assert_str_eq(repr_of(mt_str_obj_new(V, "\0", 1)), "'\\x00'");
}

Test(repr, bytes) {
  cr_assert_str_eq(repr_of(mt_bytes_new(V, "abc", 3)), "b'abc'");
  cr_assert_str_eq(repr_of(mt_bytes_new(V, "it's", 4)), "b\"it's\"");
  cr_assert_str_eq(repr_of(mt_bytes_new(V, "\0\xff\n\\", 4)), "b'\\x00\\xff\\n\\\\'");
  cr_assert_str_eq(repr_of(mt_bytes_new(V, "both ' and \"", 12)), "b'both \\' and \"'");
}

Test(repr, sequences) {
  mt_value l = mt_list_new(V, 0);
  cr_assert_str_eq(repr_of(l), "[]");
  mt_list_append(V, l, mt_small(1));
  mt_list_append(V, l, str("a"));
  mt_list_append(V, l, MT_NONE);
  cr_assert_str_eq(repr_of(l), "[1, 'a', None]");
  cr_assert_str_eq(repr_of(mt_tuple_new(V, 0)), "()");
  mt_value one = mt_small(1);
  cr_assert_str_eq(repr_of(mt_tuple_from(V, &one, 1)), "(1,)");
  mt_value two[2] = {mt_small(1), mt_float(2.0)};
  cr_assert_str_eq(repr_of(mt_tuple_from(V, two, 2)), "(1, 2.0)");
}

Test(repr, self_reference) {
  mt_value l = mt_list_new(V, 0);
  mt_list_append(V, l, mt_small(1));
  mt_list_append(V, l, l);
  cr_assert_str_eq(repr_of(l), "[1, [...]]");
  cr_assert_str_eq(repr_of(mt_tuple_from(V, &l, 1)), "([1, [...]],)");
}

Test(repr, mappings_and_sets) {
  mt_value d = mt_dict_new(V);
  cr_assert_str_eq(repr_of(d), "{}");
  mt_dict_set(V, d, str("a"), mt_small(1));
  cr_assert_str_eq(repr_of(d), "{'a': 1}");
  cr_assert_str_eq(repr_of(mt_iter_dict_view(V, d, MT_T_DICT_KEYS)), "dict_keys(['a'])");
  cr_assert_str_eq(repr_of(mt_iter_dict_view(V, d, MT_T_DICT_VALUES)), "dict_values([1])");
  mt_value inner = mt_list_from(V, &(mt_value){mt_small(1)}, 1);
  mt_dict_set(V, d, str("a"), inner);
  cr_assert_str_eq(repr_of(mt_iter_dict_view(V, d, MT_T_DICT_ITEMS)), "dict_items([('a', [1])])");
  mt_value s = mt_set_new(V, false);
  cr_assert_str_eq(repr_of(s), "set()");
  mt_set_add(V, s, mt_small(3));
  mt_set_add(V, s, mt_small(1));
  mt_set_add(V, s, mt_small(2));
  cr_assert_str_eq(repr_of(s), "{1, 2, 3}");
  mt_value f = mt_set_new(V, true);
  cr_assert_str_eq(repr_of(f), "frozenset()");
  mt_set_add(V, f, mt_small(2));
  mt_set_add(V, f, mt_small(1));
  cr_assert_str_eq(repr_of(f), "frozenset({1, 2})");
  mt_value key[2] = {mt_small(1), mt_small(2)};
  mt_value e = mt_dict_new(V);
  mt_dict_set(V, e, mt_tuple_from(V, key, 2), mt_set_new(V, true));
  cr_assert_str_eq(repr_of(e), "{(1, 2): frozenset()}");
}

Test(repr, ranges_and_slices) {
  cr_assert_str_eq(repr_of(mt_range_new(V, mt_small(0), mt_small(5), mt_small(1))), "range(0, 5)");
  cr_assert_str_eq(repr_of(mt_range_new(V, mt_small(1), mt_small(5), mt_small(2))), "range(1, 5, 2)");
  cr_assert_str_eq(repr_of(mt_range_new(V, mt_small(-3), mt_small(3), mt_small(-1))), "range(-3, 3, -1)");
  cr_assert_str_eq(repr_of(mt_slice_new(V, mt_small(1), MT_NONE, mt_small(2))), "slice(1, None, 2)");
  cr_assert_str_eq(repr_of(mt_slice_new(V, MT_NONE, MT_NONE, MT_NONE)), "slice(None, None, None)");
  cr_assert_str_eq(repr_of(mt_slice_new(V, mt_small(1), str("a"), mt_float(2.5))), "slice(1, 'a', 2.5)");
}

static mt_value exc(uint32_t type, uint32_t n, mt_value *args) {
  return mt_exc_new(V, type, mt_tuple_from(V, args, n));
}

Test(repr, exceptions) {
  mt_value x = str("x"), a = str("a"), q = str("it's");
  mt_value two[2] = {x, mt_small(1)};
  cr_assert_str_eq(repr_of(exc(MT_T_VALUE_ERROR, 1, &x)), "ValueError('x')");
  cr_assert_str_eq(repr_of(exc(MT_T_VALUE_ERROR, 0, NULL)), "ValueError()");
  cr_assert_str_eq(repr_of(exc(MT_T_VALUE_ERROR, 2, two)), "ValueError('x', 1)");
  cr_assert_str_eq(repr_of(exc(MT_T_KEY_ERROR, 1, &q)), "KeyError(\"it's\")");
  cr_assert_str_eq(text(mt_repr_str(V, exc(MT_T_VALUE_ERROR, 2, two))), "('x', 1)");
  cr_assert_str_eq(text(mt_repr_str(V, exc(MT_T_KEY_ERROR, 1, &a))), "'a'");
  cr_assert_str_eq(text(mt_repr_str(V, exc(MT_T_KEY_ERROR, 0, NULL))), "");
  cr_assert_str_eq(text(mt_repr_str(V, exc(MT_T_VALUE_ERROR, 1, &x))), "x");
}

Test(repr, addressed_objects_use_offsets) {
  mt_value code = mt_func_code_new(V, 1);
  mt_value f = mt_func_new(V, code, *mt_root(V, MT_ROOT_GLOBALS), str("f"), str("f"));
  char want[64];
  snprintf(want, sizeof want, "<function f at 0x%x>", mt_ref_off(f));
  cr_assert_str_eq(repr_of(f), want);
  mt_value it = mt_iter_new(V, mt_list_new(V, 0));
  snprintf(want, sizeof want, "<list_iterator object at 0x%x>", mt_ref_off(it));
  cr_assert_str_eq(repr_of(it), want);
  mt_value cell = mt_func_cell_new(V, MT_NULL);
  snprintf(want, sizeof want, "<cell at 0x%x: empty>", mt_ref_off(cell));
  cr_assert_str_eq(repr_of(cell), want);
}

Test(repr, deep_nesting_raises_recursion_error) {
  mt_value l = mt_list_new(V, 0);
  mt_value head = l;
  for (int i = 0; i < 5000; i++) {
    mt_value next = mt_list_new(V, 0);
    mt_list_append(V, l, next);
    l = next;
  }
  cr_assert_eq(mt_repr(V, head), MT_EXC);
  cr_assert_eq(take_exc(), MT_T_RECURSION_ERROR);
  cr_assert_eq(V->c_depth, 0);
  /* the marks were cleared on the way out (the verifier rejects them) */
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(V, &err), 0, "%s", err.what);
  cr_assert_str_eq(repr_of(l), "[]");
}
