/*
** test_native.c: the native table, argument parsing messages (checked
** against CPython 3.11's), and the VM-critical builtins called directly.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "heap_support.h"
#include "list.h"
#include "native.h"
#include "out.h"
#include "tuple.h"

static void setup(void) {
  open_vm();
  V->native_count = MT_NATIVE_COUNT;
  V->native_names = mt_native_names;
}

TestSuite(native, .init = setup, .fini = close_vm);

static mt_value call(uint32_t id, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return mt_natives[id].fn(V, args, nargs, kwnames);
}

static mt_value kwnames(const char *a, const char *b) {
  mt_value names[2] = {str(a), b ? str(b) : MT_NONE};
  mt_value t = mt_tuple_from(V, names, b ? 2 : 1);
  cr_assert_neq(t, MT_EXC);
  return t;
}

static const char *output(void) {
  uint32_t n;
  const uint8_t *p = mt_out_data(V, &n);
  static char buf[256];
  cr_assert_lt(n, sizeof buf);
  if (n) memcpy(buf, p, n);
  buf[n] = 0;
  return buf;
}

Test(native, table_is_sorted_for_bisection) {
  for (uint32_t i = 1; i < MT_NATIVE_COUNT; i++) {
    const mt_native_info *a = &mt_natives[i - 1], *b = &mt_natives[i];
    uint32_t ka = (a->owner == MT_T_BUILTINS ? 0 : a->owner + 1u) << 16 | a->name;
    uint32_t kb = (b->owner == MT_T_BUILTINS ? 0 : b->owner + 1u) << 16 | b->name;
    cr_assert_lt(ka, kb, "MT_NATIVES out of order at %s (entry %u)", mt_native_names[i], i);
  }
}

Test(native, find) {
  cr_assert_eq(mt_native_find(MT_T_BUILTINS, mt_name(MT_N_len)), MT_NAT_BUILTINS_len);
  cr_assert_eq(mt_native_find(MT_T_BUILTINS, mt_name(MT_N_print)), MT_NAT_BUILTINS_print);
  cr_assert_eq(mt_native_find(MT_T_LIST, mt_name(MT_N_append)), MT_NAT_LIST_append);
  cr_assert_eq(mt_native_find(MT_T_BUILTINS, mt_name(MT_N_append)), -1);
  cr_assert_eq(mt_native_find(MT_T_TUPLE, mt_name(MT_N_append)), -1);
  cr_assert_eq(mt_native_find(MT_T_BUILTINS, str("no such builtin")), -1);
  cr_assert_eq(mt_native_method(MT_T_LIST, mt_name(MT_N_append)), MT_NAT_LIST_append);
  cr_assert_eq(mt_native_method(MT_T_BOOL, mt_name(MT_N_append)), -1);
}

Test(native, fixed_arity_messages) {
  cr_assert_eq(mt_args_one(V, "len", 2, MT_NULL), -1);
  cr_assert_str_eq(take_exc_message(), "len() takes exactly one argument (2 given)");
  cr_assert_eq(mt_args_one(V, "len", 1, kwnames("x", NULL)), -1);
  cr_assert_str_eq(take_exc_message(), "len() takes no keyword arguments");
  cr_assert_eq(mt_args_none(V, "dict.copy", 1, MT_NULL), -1);
  cr_assert_str_eq(take_exc_message(), "dict.copy() takes no arguments (1 given)");
  cr_assert_eq(mt_args_count(V, "sorted", 0, 1, 1), -1);
  cr_assert_str_eq(take_exc_message(), "sorted expected 1 argument, got 0");
  cr_assert_eq(mt_args_count(V, "isinstance", 1, 2, 2), -1);
  cr_assert_str_eq(take_exc_message(), "isinstance expected 2 arguments, got 1");
  cr_assert_eq(mt_args_count(V, "range", 0, 1, 3), -1);
  cr_assert_str_eq(take_exc_message(), "range expected at least 1 argument, got 0");
  cr_assert_eq(mt_args_count(V, "range", 4, 1, 3), -1);
  cr_assert_str_eq(take_exc_message(), "range expected at most 3 arguments, got 4");
  cr_assert_eq(mt_args_count(V, "range", 2, 1, 3), 0);
}

/* str.split(sep=None, maxsplit=-1) and int.from_bytes(bytes,
** byteorder='big', *, signed=False) as Argument Clinic declares them. */
static const uint16_t split_names[] = {MT_N_sep, MT_N_maxsplit};
static const mt_argspec split_spec = {"split", split_names, 2, 0, 2, 0};
static const uint16_t fb_names[] = {MT_N_bytes, MT_N_byteorder, MT_N_signed};
static const mt_argspec fb_spec = {"from_bytes", fb_names, 3, 0, 2, 1};

Test(native, keyword_parsing_messages) {
  mt_value args[4] = {mt_small(1), mt_small(2), mt_small(3), mt_small(4)}, out[3];
  cr_assert_eq(mt_args_parse(V, &split_spec, args, 3, MT_NULL, out), -1);
  cr_assert_str_eq(take_exc_message(), "split() takes at most 2 arguments (3 given)");
  cr_assert_eq(mt_args_parse(V, &split_spec, args, 1, kwnames("sep", NULL), out), -1);
  cr_assert_str_eq(take_exc_message(), "argument for split() given by name ('sep') and position (1)");
  cr_assert_eq(mt_args_parse(V, &split_spec, args, 0, kwnames("x", NULL), out), -1);
  cr_assert_str_eq(take_exc_message(), "'x' is an invalid keyword argument for split()");
  cr_assert_eq(mt_args_parse(V, &fb_spec, args, 0, MT_NULL, out), -1);
  cr_assert_str_eq(take_exc_message(), "from_bytes() missing required argument 'bytes' (pos 1)");
  cr_assert_eq(mt_args_parse(V, &fb_spec, args, 0, kwnames("byteorder", NULL), out), -1);
  cr_assert_str_eq(take_exc_message(), "from_bytes() missing required argument 'bytes' (pos 1)");
  cr_assert_eq(mt_args_parse(V, &fb_spec, args, 3, MT_NULL, out), -1);
  cr_assert_str_eq(take_exc_message(), "from_bytes() takes at most 2 positional arguments (3 given)");
  cr_assert_eq(mt_args_parse(V, &split_spec, args, 0, kwnames("maxsplit", NULL), out), 0);
  cr_assert_eq(out[0], MT_NULL);
  cr_assert_eq(out[1], mt_small(1));
  cr_assert_eq(mt_args_parse(V, &fb_spec, args, 1, kwnames("signed", NULL), out), 0);
  cr_assert_eq(out[0], mt_small(1));
  cr_assert_eq(out[1], MT_NULL);
  cr_assert_eq(out[2], mt_small(2));
}

Test(native, print_to_captured_output) {
  mt_value args[3] = {mt_small(1), str("a b"), MT_NONE};
  cr_assert_eq(call(MT_NAT_BUILTINS_print, args, 3, MT_NULL), MT_NONE);
  cr_assert_str_eq(output(), "1 a b None\n");
  mt_value kw[4] = {mt_small(1), mt_small(2), str(", "), str("!")};
  cr_assert_eq(call(MT_NAT_BUILTINS_print, kw, 2, kwnames("sep", "end")), MT_NONE);
  cr_assert_str_eq(output(), "1 a b None\n1, 2!");
  mt_out_clear(V);
  cr_assert_eq(call(MT_NAT_BUILTINS_print, NULL, 0, MT_NULL), MT_NONE);
  cr_assert_str_eq(output(), "\n");
  mt_value bad[2] = {mt_small(1), mt_small(5)};
  cr_assert_eq(call(MT_NAT_BUILTINS_print, bad, 1, kwnames("sep", NULL)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "sep must be None or a string, not int");
  cr_assert_eq(call(MT_NAT_BUILTINS_print, bad, 1, kwnames("foo", NULL)), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "'foo' is an invalid keyword argument for print()");
}

Test(native, output_grows_across_other_allocations) {
  char line[64];
  size_t total = 0;
  for (int i = 0; i < 2000; i++) {
    int n = snprintf(line, sizeof line, "line %d\n", i);
    cr_assert_eq(mt_out_write(V, line, (size_t)n), 0);
    total += (size_t)n;
    cr_assert_neq(mt_list_new(V, 3), MT_EXC);
  }
  uint32_t len;
  const uint8_t *p = mt_out_data(V, &len);
  cr_assert_eq(len, total);
  cr_assert(memcmp(p, "line 0\nline 1\n", 14) == 0);
  cr_assert(memcmp(p + len - 10, "line 1999\n", 10) == 0);
}

Test(native, len_repr_abs) {
  mt_value items[3] = {mt_small(1), mt_small(2), mt_small(3)};
  mt_value l = mt_list_from(V, items, 3);
  cr_assert_eq(call(MT_NAT_BUILTINS_len, &l, 1, MT_NULL), mt_small(3));
  mt_value s = str("h\xc3\xa9llo");
  cr_assert_eq(call(MT_NAT_BUILTINS_len, &s, 1, MT_NULL), mt_small(5));
  mt_value i = mt_small(7);
  cr_assert_eq(call(MT_NAT_BUILTINS_len, &i, 1, MT_NULL), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "object of type 'int' has no len()");
  cr_assert_str_eq(text(call(MT_NAT_BUILTINS_repr, &s, 1, MT_NULL)), "'h\xc3\xa9llo'");
  mt_value neg[3] = {mt_small(-5), mt_float(-2.5), MT_TRUE};
  cr_assert_eq(call(MT_NAT_BUILTINS_abs, &neg[0], 1, MT_NULL), mt_small(5));
  cr_assert_eq(call(MT_NAT_BUILTINS_abs, &neg[1], 1, MT_NULL), mt_float(2.5));
  cr_assert_eq(call(MT_NAT_BUILTINS_abs, &neg[2], 1, MT_NULL), mt_small(1));
  cr_assert_eq(call(MT_NAT_BUILTINS_abs, &s, 1, MT_NULL), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "bad operand type for abs(): 'str'");
  mt_value app[2] = {l, mt_small(4)};
  cr_assert_eq(call(MT_NAT_LIST_append, app, 2, MT_NULL), MT_NONE);
  cr_assert_str_eq(repr_of(l), "[1, 2, 3, 4]");
  cr_assert_eq(call(MT_NAT_LIST_append, app, 1, MT_NULL), MT_EXC);
  cr_assert_str_eq(take_exc_message(), "list.append() takes exactly one argument (0 given)");
}
