/* Criterion tests for ints through the object layer (small/big
** boundaries, arithmetic, parsing, hashing); expectations from CPython. */
#include <criterion/criterion.h>

#include "hash.h"
#include "heap_support.h"
#include "int.h"
#include "set.h"
#include "tuple.h"

TestSuite(int, .init = open_vm, .fini = close_vm);

static mt_value pow2(int e) { return mt_int_pow(V, mt_small(2), mt_small(e)); }

static mt_value parse(const char *s, int base) {
  mt_value v = mt_int_parse(V, str(s), base);
  cr_assert_neq(v, MT_EXC);
  return v;
}

static int64_t hash_of(mt_value v) {
  int64_t h;
  cr_assert_eq(mt_hash_value(V, v, &h), 0);
  return h;
}

Test(int, small_big_boundary) {
  mt_value r = mt_int_add(V, mt_small(MT_SMALL_MAX), mt_small(1));
  cr_assert(mt_is_ref_type(r, MT_T_INT));
  cr_assert_str_eq(repr_of(r), "140737488355328");
  mt_value back = mt_int_sub(V, r, mt_small(1));
  cr_assert(mt_is_small(back));
  cr_assert_eq(mt_as_small(back), MT_SMALL_MAX);
  cr_assert(mt_is_small(mt_int_sub(V, mt_small(MT_SMALL_MIN), mt_small(0))));
  cr_assert(mt_is_ref(mt_int_sub(V, mt_small(MT_SMALL_MIN), mt_small(1))));
  cr_assert(mt_is_ref(mt_int_mul(V, mt_small(1 << 24), mt_small(1 << 24))));
  cr_assert(mt_is_ref(mt_int_floordiv(V, mt_small(MT_SMALL_MIN), mt_small(-1))));
  cr_assert_eq(mt_int_add(V, MT_TRUE, mt_small(1)), mt_small(2));
}

Test(int, powers_and_factorial) {
  cr_assert_str_eq(repr_of(pow2(1000)),
                   "107150860718626732094842504906000181056140481170553360744375038837035105112493612249319837881569"
                   "585812759467291755314682518714528569231404359845775746985748039345677748242309854210746050623711"
                   "418779541821530464749835819412673987675591655439460770629145711964776865421676604298316526243868"
                   "37205668069376");
  mt_value f = mt_small(1);
  for (int i = 2; i <= 100; i++) f = mt_int_mul(V, f, mt_small(i));
  cr_assert_str_eq(repr_of(f),
                   "933262154439441526816992388562667004907159682643816214685929638952175999932299156089414639761565"
                   "18286253697920827223758251185210916864000000000000000000000000");
  cr_assert_str_eq(repr_of(mt_int_floordiv(V, pow2(1000), pow2(998))), "4");
}

Test(int, floor_division_and_modulo_signs) {
  cr_assert_eq(mt_int_floordiv(V, mt_small(-7), mt_small(2)), mt_small(-4));
  cr_assert_eq(mt_int_mod(V, mt_small(-7), mt_small(2)), mt_small(1));
  cr_assert_eq(mt_int_floordiv(V, mt_small(7), mt_small(-2)), mt_small(-4));
  cr_assert_eq(mt_int_mod(V, mt_small(7), mt_small(-2)), mt_small(-1));
  mt_value m100 = mt_int_neg(V, pow2(100));
  cr_assert_str_eq(repr_of(mt_int_floordiv(V, m100, mt_small(3))), "-422550200076076467165567735126");
  cr_assert_str_eq(repr_of(mt_int_mod(V, m100, mt_small(3))), "2");
  cr_assert_str_eq(repr_of(mt_int_floordiv(V, pow2(100), mt_small(-7))), "-181092942889747057356671886483");
  cr_assert_str_eq(repr_of(mt_int_mod(V, pow2(100), mt_small(-7))), "-5");
  mt_value d = mt_int_add(V, pow2(35), mt_small(1));
  cr_assert_str_eq(repr_of(mt_int_divmod(V, mt_int_neg(V, pow2(70)), d)), "(-34359738368, 34359738368)");
}

Test(int, division_by_zero) {
  cr_assert_eq(mt_int_floordiv(V, mt_small(5), mt_small(0)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "integer division or modulo by zero");
  cr_assert_eq(mt_int_mod(V, pow2(100), mt_small(0)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "integer modulo by zero");
  cr_assert_eq(mt_int_truediv(V, mt_small(1), mt_small(0)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "division by zero");
  cr_assert_eq(mt_int_pow(V, mt_small(0), mt_small(-1)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "0.0 cannot be raised to a negative power");
}

Test(int, negative_powers_are_floats) {
  cr_assert_eq(mt_int_pow(V, mt_small(2), mt_small(-1)), mt_float(0.5));
  cr_assert_eq(mt_int_pow(V, mt_small(-2), mt_small(-2)), mt_float(0.25));
  cr_assert_str_eq(repr_of(mt_int_truediv(V, mt_int_pow(V, mt_small(10), mt_small(20)), mt_small(3))),
                   "3.333333333333333e+19");
  cr_assert_str_eq(repr_of(mt_int_powmod(V, mt_small(3), mt_small(200), mt_small(1000000007))), "136318165");
  cr_assert_eq(mt_int_powmod(V, mt_small(3), mt_small(-1), mt_small(7)), mt_small(5));
}

Test(int, bit_operations) {
  cr_assert_str_eq(repr_of(mt_int_rshift(V, mt_int_neg(V, pow2(100)), mt_small(3))),
                   "-158456325028528675187087900672");
  cr_assert_str_eq(repr_of(mt_int_lshift(V, mt_small(1), mt_small(70))), "1180591620717411303424");
  cr_assert_eq(mt_int_and(V, pow2(100), mt_int_add(V, pow2(99), mt_small(5))), mt_small(0));
  cr_assert_str_eq(repr_of(mt_int_invert(V, pow2(80))), "-1208925819614629174706177");
  cr_assert_str_eq(repr_of(mt_int_or(V, mt_int_neg(V, pow2(80)), mt_small(3))), "-1208925819614629174706173");
  cr_assert_str_eq(repr_of(mt_int_xor(V, pow2(70), mt_small(-1))), "-1180591620717411303425");
  cr_assert_eq(mt_int_lshift(V, mt_small(1), mt_small(-1)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "negative shift count");
}

Test(int, parsing) {
  cr_assert_eq(parse("  12_345 ", 10), mt_small(12345));
  cr_assert_eq(parse("-0x1F", 0), mt_small(-31));
  cr_assert_eq(parse("z", 36), mt_small(35));
  cr_assert_str_eq(repr_of(parse("123456789012345678901234567890", 10)), "123456789012345678901234567890");
  cr_assert_eq(mt_int_parse(V, str("12a"), 10), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "invalid literal for int() with base 10: '12a'");
  mt_value big = mt_str_obj_repeat(V, str("1"), 5000);
  cr_assert_eq(mt_int_parse(V, big, 10), MT_EXC);
  cr_assert_str_eq(take_exc_message(),
                   "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                   "use sys.set_int_max_str_digits() to increase the limit");
  cr_assert_eq(mt_repr(V, mt_int_pow(V, mt_small(10), mt_small(5000))), MT_EXC);
  cr_assert_str_eq(take_exc_message(),
                   "Exceeds the limit (4300 digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit");
}

Test(int, hashes_match_cpython) {
  cr_assert_eq(hash_of(pow2(100)), INT64_C(549755813888));
  cr_assert_eq(hash_of(mt_int_neg(V, pow2(100))), INT64_C(-549755813888));
  cr_assert_eq(hash_of(mt_int_sub(V, pow2(61), mt_small(1))), 0);
  cr_assert_eq(hash_of(pow2(61)), 1);
  cr_assert_eq(hash_of(pow2(64)), 8);
  cr_assert_eq(hash_of(mt_int_sub(V, mt_int_neg(V, pow2(64)), mt_small(5))), -13);
  cr_assert_eq(hash_of(mt_small(-1)), -2);
  cr_assert_eq(hash_of(MT_TRUE), 1);
  cr_assert_eq(hash_of(mt_float(1.5)), INT64_C(1152921504606846977));
  cr_assert_eq(hash_of(mt_float(-1.0)), -2);
  cr_assert_eq(hash_of(mt_float(1e300)), INT64_C(1224995262755759164));
  cr_assert_eq(hash_of(mt_float(2305843009213693952.0)), 1);
  cr_assert_eq(hash_of(mt_float(0.1)), INT64_C(230584300921369408));
  cr_assert_eq(hash_of(mt_float(1.0)), hash_of(mt_small(1)));
}

Test(int, container_hashes_match_cpython) {
  mt_value t123[3] = {mt_small(1), mt_small(2), mt_small(3)};
  cr_assert_eq(hash_of(mt_tuple_from(V, t123, 3)), INT64_C(529344067295497451));
  cr_assert_eq(hash_of(mt_tuple_new(V, 0)), INT64_C(5740354900026072187));
  cr_assert_eq(hash_of(mt_tuple_from(V, t123, 1)), INT64_C(-6644214454873602895));
  mt_value inner[2] = {mt_small(2), mt_float(3.0)};
  mt_value nested[3] = {mt_small(1), mt_tuple_from(V, inner, 2), mt_small(-1)};
  cr_assert_eq(hash_of(mt_tuple_from(V, nested, 3)), INT64_C(-4691468712706788113));
  mt_value f = mt_set_new(V, true);
  for (int i = 0; i < 3; i++) mt_set_add(V, f, t123[i]);
  cr_assert_eq(hash_of(f), INT64_C(-272375401224217160));
  cr_assert_eq(hash_of(mt_set_new(V, true)), INT64_C(133146708735736));
  mt_value g = mt_set_new(V, true);
  mt_set_add(V, g, mt_tuple_from(V, t123, 2));
  mt_set_add(V, g, mt_small(3));
  cr_assert_eq(hash_of(g), INT64_C(4163603532552755580));
}
