/* Criterion tests for dicts: CPython semantics and bucket spreading. */
#include <criterion/criterion.h>
#include <math.h>

#include "dict.h"
#include "heap_support.h"
#include "list.h"
#include "tuple.h"

TestSuite(dict, .init = open_vm, .fini = close_vm);

static mt_value new_dict(void) {
  mt_value d = mt_dict_new(V);
  cr_assert_neq(d, MT_EXC);
  return d;
}

static void set(mt_value d, mt_value k, mt_value v) { cr_assert_eq(mt_dict_set(V, d, k, v), 0); }

Test(dict, set_get_replace) {
  mt_value d = new_dict();
  set(d, str("alpha"), mt_small(1));
  set(d, mt_small(7), str("seven"));
  set(d, str("alpha"), mt_small(2));
  cr_assert_eq(mt_dict_len(V, d), 2);
  cr_assert_eq(mt_dict_get(V, d, str("alpha")), mt_small(2));
  cr_assert_eq(mt_dict_get(V, d, mt_name(MT_N_append)), MT_NULL);
  cr_assert_str_eq(text(mt_dict_get(V, d, mt_small(7))), "seven");
}

Test(dict, numeric_keys_merge_like_python) {
  mt_value d = new_dict();
  set(d, mt_small(1), str("a"));
  set(d, mt_float(1.0), str("b"));
  cr_assert_str_eq(repr_of(d), "{1: 'b'}");
  mt_value e = new_dict();
  set(e, MT_TRUE, str("x"));
  set(e, mt_small(1), str("y"));
  cr_assert_str_eq(repr_of(e), "{True: 'y'}");
  cr_assert_str_eq(text(mt_dict_get(V, e, mt_float(1.0))), "y");
}

Test(dict, static_names_and_heap_strs_are_one_key) {
  mt_value d = new_dict();
  set(d, mt_name(MT_N_append), mt_small(1));
  mt_value heap = mt_str_obj_concat(V, str("app"), str("end"));
  cr_assert(mt_is_ref(heap));
  cr_assert_eq(mt_dict_get(V, d, heap), mt_small(1));
  set(d, heap, mt_small(2));
  cr_assert_eq(mt_dict_len(V, d), 1);
}

Test(dict, insertion_order_with_deletes) {
  mt_value d = new_dict();
  set(d, str("a"), mt_small(1));
  set(d, str("b"), mt_small(2));
  cr_assert_eq(mt_dict_pop(V, d, str("a")), mt_small(1));
  cr_assert_eq(mt_dict_pop(V, d, str("a")), MT_NULL);
  set(d, str("a"), mt_small(3));
  cr_assert_str_eq(repr_of(d), "{'b': 2, 'a': 3}");
}

Test(dict, popitem_is_lifo) {
  mt_value d = new_dict();
  for (int i = 0; i < 10; i++) set(d, mt_small(i), mt_small(i * i));
  cr_assert_str_eq(repr_of(mt_dict_popitem(V, d)), "(9, 81)");
  cr_assert_str_eq(repr_of(mt_dict_popitem(V, d)), "(8, 64)");
  cr_assert_str_eq(repr_of(d), "{0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49}");
  mt_dict_clear(V, d);
  cr_assert_eq(mt_dict_popitem(V, d), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "'popitem(): dictionary is empty'");
}

Test(dict, growth_keeps_everything) {
  mt_value d = new_dict();
  for (int i = 0; i < 5000; i++) set(d, mt_small(i * 3), mt_small(i));
  for (int i = 0; i < 5000; i += 2) cr_assert_eq(mt_dict_pop(V, d, mt_small(i * 3)), mt_small(i));
  for (int i = 0; i < 5000; i++) {
    mt_value v = mt_dict_get(V, d, mt_small(i * 3));
    cr_assert_eq(v, i % 2 ? mt_small(i) : MT_NULL);
  }
  uint32_t pos = 0, n = 0;
  mt_value k, v;
  while (mt_dict_next(V, d, &pos, &k, &v)) {
    cr_assert_eq(mt_as_small(k), 3 * mt_as_small(v));
    cr_assert_eq(mt_as_small(v), 2 * n + 1);
    n++;
  }
  cr_assert_eq(n, 2500);
}

Test(dict, nan_key_found_by_identity) {
  mt_value d = new_dict();
  mt_value nan = mt_float(NAN);
  set(d, nan, mt_small(1));
  cr_assert_eq(mt_dict_get(V, d, nan), mt_small(1));
  cr_assert_eq(mt_dict_get(V, d, mt_float(0.0)), MT_NULL);
}

Test(dict, unhashable_key_raises) {
  mt_value d = new_dict();
  mt_value l = mt_list_new(V, 0);
  cr_assert_eq(mt_dict_set(V, d, l, mt_small(1)), -1);
  cr_assert_str_eq(take_exc_message(), "unhashable type: 'list'");
  cr_assert_eq(mt_dict_get(V, d, new_dict()), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "unhashable type: 'dict'");
}

Test(dict, equality_and_copy) {
  mt_value a = new_dict(), b = new_dict();
  set(a, str("x"), mt_small(1));
  set(a, str("y"), mt_float(2.0));
  set(b, str("y"), mt_small(2));
  set(b, str("x"), MT_TRUE);
  cr_assert_eq(mt_dict_eq(V, a, b), 1);
  set(b, str("x"), mt_small(5));
  cr_assert_eq(mt_dict_eq(V, a, b), 0);
  mt_value c = mt_dict_copy(V, a);
  cr_assert_eq(mt_dict_eq(V, a, c), 1);
  set(c, str("z"), MT_NONE);
  cr_assert_eq(mt_dict_len(V, a), 2);
  cr_assert_str_eq(repr_of(c), "{'x': 1, 'y': 2.0, 'z': None}");
  mt_dict_pop(V, c, str("x"));
  mt_value d = mt_dict_copy(V, c);
  cr_assert_str_eq(repr_of(d), "{'y': 2.0, 'z': None}");
}

Test(dict, self_containing_repr) {
  mt_value d = new_dict();
  set(d, str("self"), d);
  cr_assert_str_eq(repr_of(d), "{'self': {...}}");
}

Test(dict, find_index_is_stable_for_caches) {
  mt_value d = new_dict();
  for (int i = 0; i < 20; i++) set(d, mt_small(i), MT_NONE);
  int64_t h = 13;
  int64_t ix = mt_dict_find(V, d, mt_small(13), h);
  cr_assert_eq(ix, 13);
  set(d, mt_small(13), MT_TRUE);
  cr_assert_eq(mt_dict_find(V, d, mt_small(13), h), ix);
  cr_assert_eq(mt_dict_cached(V, d, (uint32_t)ix, mt_small(13))->value, MT_TRUE);
  mt_dict_pop(V, d, mt_small(13));
  cr_assert_null(mt_dict_cached(V, d, (uint32_t)ix, mt_small(13)));
  set(d, mt_small(13), MT_NONE);
  cr_assert_null(mt_dict_cached(V, d, (uint32_t)ix, mt_small(13)));
  cr_assert_null(mt_dict_cached(V, d, 1000, mt_small(13)));
}

/* Keys in arithmetic progression must spread over the index like random
** keys do (uniform hashing at this load: ~1.54 probes per successful
** lookup). Python's hash(i) == i, so slots taken from the low bits would
** put 20000 multiples of 1024 into 32 home slots of 32768. */
static void check_spread(int64_t step, uint32_t n) {
  mt_value d = new_dict();
  for (uint32_t i = 0; i < n; i++) set(d, mt_small(step * (int64_t)i), MT_NONE);
  mt_dict_stats s = mt_dict_probe_stats(V, d);
  double mean = (double)s.probes / n;
  cr_assert_lt(mean, 1.7, "step %lld: mean probes %.2f", (long long)step, mean);
  cr_assert_lt(s.max_probes, 24u, "step %lld: max probes %u", (long long)step, s.max_probes);
  cr_assert_gt(s.at_home, 3 * n / 5, "step %lld: only %u of %u keys in their first slot", (long long)step,
               s.at_home, n);
}

Test(dict, progressions_spread_over_buckets) {
  int64_t steps[] = {1, 2, 31, 64, 1024, 4096, INT64_C(1) << 20, INT64_C(1) << 32, 1000003};
  for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) check_spread(steps[i], 20000);
}
