/* Criterion tests for list, tuple, str and bytes operations: slicing,
** insertion, indexing of non-ASCII text (expectations from CPython 3.11). */
#include <criterion/criterion.h>

#include "bytes.h"
#include "heap_support.h"
#include "list.h"
#include "slice.h"
#include "tuple.h"

TestSuite(seq, .init = open_vm, .fini = close_vm);

static mt_value ints(int n) {
  mt_value l = mt_list_new(V, 0);
  for (int i = 1; i <= n; i++) mt_list_append(V, l, mt_small(i));
  return l;
}

static mt_value list_slice(mt_value l, mt_value start, mt_value stop, mt_value step) {
  mt_slice_bounds b;
  cr_assert_eq(mt_slice_resolve(V, start, stop, step, mt_list_len(V, l), &b), 0);
  return mt_list_slice(V, l, b.start, b.step, (uint32_t)b.n);
}

static mt_value str_slice(mt_value s, mt_value start, mt_value stop, mt_value step) {
  mt_slice_bounds b;
  cr_assert_eq(mt_slice_resolve(V, start, stop, step, mt_str_obj_view(V, s).cplen, &b), 0);
  return mt_str_obj_slice(V, s, b.start, b.step, (uint32_t)b.n);
}

Test(seq, list_slices) {
  mt_value l = ints(5);
  cr_assert_str_eq(repr_of(list_slice(l, MT_NONE, MT_NONE, mt_small(2))), "[1, 3, 5]");
  cr_assert_str_eq(repr_of(list_slice(l, MT_NONE, MT_NONE, mt_small(-1))), "[5, 4, 3, 2, 1]");
  cr_assert_str_eq(repr_of(list_slice(l, mt_small(-2), MT_NONE, MT_NONE)), "[4, 5]");
  cr_assert_str_eq(repr_of(list_slice(l, mt_small(1), mt_small(4), mt_small(2))), "[2, 4]");
  cr_assert_str_eq(repr_of(list_slice(l, mt_small(10), mt_small(-10), mt_small(-3))), "[5, 2]");
  mt_slice_bounds b;
  cr_assert_eq(mt_slice_resolve(V, MT_NONE, MT_NONE, mt_small(0), 5, &b), -1);
  cr_assert_str_eq(take_exc_message(), "slice step cannot be zero");
  cr_assert_eq(mt_slice_resolve(V, str("a"), MT_NONE, MT_NONE, 5, &b), -1);
  cr_assert_str_eq(take_exc_message(), "slice indices must be integers or None or have an __index__ method");
}

Test(seq, list_insert_pop_remove) {
  mt_value l = ints(5);
  mt_list_insert(V, l, -1, mt_small(9));
  cr_assert_str_eq(repr_of(l), "[1, 2, 3, 4, 9, 5]");
  mt_list_insert(V, l, 100, mt_small(7));
  mt_list_insert(V, l, -100, mt_small(0));
  cr_assert_eq(mt_list_pop(V, l, -1), mt_small(7));
  cr_assert_eq(mt_list_pop(V, l, 0), mt_small(0));
  cr_assert_str_eq(repr_of(l), "[1, 2, 3, 4, 9, 5]");
  cr_assert_eq(mt_list_pop(V, l, 6), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "pop index out of range");
  cr_assert_eq(mt_list_pop(V, mt_list_new(V, 0), -1), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "pop from empty list");
  cr_assert_eq(mt_list_remove(V, l, mt_float(9.0)), 0);
  cr_assert_eq(mt_list_index(V, l, mt_small(5)), 4);
  cr_assert_eq(mt_list_index(V, l, mt_small(42)), -1);
  cr_assert_str_eq(take_exc_message(), "42 is not in list");
  cr_assert_eq(mt_list_remove(V, l, mt_small(42)), -1);
  cr_assert_str_eq(take_exc_message(), "list.remove(x): x not in list");
  mt_list_reverse(V, l);
  cr_assert_str_eq(repr_of(l), "[5, 4, 3, 2, 1]");
  cr_assert_eq(mt_list_extend(V, l, l), 0);
  cr_assert_str_eq(repr_of(l), "[5, 4, 3, 2, 1, 5, 4, 3, 2, 1]");
}

Test(seq, non_ascii_str_indexing) {
  mt_value s = str("h\xc3\xa9llo w\xc3\xb6rld");
  cr_assert_eq(mt_str_obj_view(V, s).cplen, 11);
  cr_assert_str_eq(text(mt_str_obj_char(V, s, 1)), "\xc3\xa9");
  cr_assert_str_eq(text(mt_str_obj_char(V, s, 10)), "d");
  cr_assert_str_eq(text(str_slice(s, MT_NONE, MT_NONE, mt_small(-1))), "dlr\xc3\xb6w oll\xc3\xa9h");
  cr_assert_str_eq(text(str_slice(s, mt_small(2), mt_small(9), mt_small(3))), "l r");
  /* long enough for the sparse index */
  mt_value e = mt_str_obj_repeat(V, str("\xc3\xa9"), 200);
  mt_value long_s = mt_str_obj_concat(V, e, str("abc"));
  cr_assert_str_eq(text(mt_str_obj_char(V, long_s, 199)), "\xc3\xa9");
  cr_assert_str_eq(text(mt_str_obj_char(V, long_s, 200)), "a");
  mt_value tail = str_slice(long_s, mt_small(150), mt_small(203), MT_NONE);
  cr_assert_eq(mt_str_obj_view(V, tail).cplen, 53);
  cr_assert_str_eq(text(str_slice(tail, mt_small(-3), MT_NONE, MT_NONE)), "abc");
  cr_assert_eq(mt_str_obj_offset(V, long_s, 203), 403);
}

Test(seq, short_strs_are_static) {
  cr_assert(mt_is_name(str("")));
  cr_assert(mt_is_name(str("x")));
  cr_assert(mt_is_name(mt_str_obj_char(V, str("abc"), 1)));
  cr_assert(mt_is_ref(str("\xc3\xa9")));
  mt_value heap = mt_str_obj_concat(V, str("ke"), str("ys"));
  cr_assert(mt_is_ref(heap));
  cr_assert_eq(mt_str_obj_intern(V, heap), mt_name(MT_N_keys));
  mt_value other = mt_str_obj_concat(V, str("zq"), str("zq"));
  mt_value i1 = mt_str_obj_intern(V, other);
  mt_value i2 = mt_str_obj_intern(V, mt_str_obj_concat(V, str("zqz"), str("q")));
  cr_assert_eq(i1, i2);
  cr_assert_eq(i1, other);
}

Test(seq, tuples_and_bytes) {
  mt_value items[3] = {mt_small(1), str("a"), MT_NONE};
  mt_value t = mt_tuple_from(V, items, 3);
  cr_assert_str_eq(repr_of(mt_tuple_concat(V, t, mt_tuple_slice(V, t, 1, 2))), "(1, 'a', None, 'a')");
  mt_value b = mt_bytes_new(V, "abc", 3);
  cr_assert_str_eq(repr_of(mt_bytes_concat(V, b, mt_bytes_repeat(V, b, 2))), "b'abcabcabc'");
  cr_assert_str_eq(repr_of(mt_bytes_slice(V, b, 2, -1, 3)), "b'cba'");
  cr_assert_str_eq(repr_of(mt_bytes_repeat(V, b, -1)), "b''");
}
