/* Criterion tests for the collector: survival, cycles, constant memory. */
#include <criterion/criterion.h>

#include "dict.h"
#include "gc.h"
#include "heap_support.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "tuple.h"
#include "verify.h"

TestSuite(gc, .init = open_vm, .fini = close_vm);

static mt_value globals(void) { return *mt_root(V, MT_ROOT_GLOBALS); }

static void put(const char *name, mt_value v) {
  cr_assert_eq(mt_dict_set(V, globals(), str(name), v), 0);
}

static mt_value get(const char *name) {
  mt_value v = mt_dict_get(V, globals(), str(name));
  cr_assert(v != MT_NULL && v != MT_EXC);
  return v;
}

static uint32_t used(void) { return heap_bytes(V); }

static void verify_ok(void) {
  mt_verify_error err;
  int r = mt_verify_heap(V, &err);
  cr_assert_eq(r, 0, "verify: %s at %u", err.what, err.at);
}

/* Garbage between live objects, so compaction must move them. */
static void garbage(int n) {
  for (int i = 0; i < n; i++) {
    mt_value l = mt_list_new(V, 4);
    cr_assert_neq(l, MT_EXC);
    mt_list_append(V, l, str("garbage string, long enough to occupy space"));
  }
}

Test(gc, live_objects_survive_compaction) {
  garbage(50);
  mt_value l = mt_list_new(V, 0);
  put("l", l);
  for (int i = 0; i < 100; i++) {
    garbage(3);
    mt_value items[2] = {mt_small(i), mt_str_obj_repeat(V, str("ab"), i)};
    mt_value t = mt_tuple_from(V, items, 2);
    cr_assert_eq(mt_list_append(V, get("l"), t), 0);
  }
  mt_value d = mt_dict_new(V);
  put("d", d);
  for (int i = 0; i < 200; i++) {
    garbage(1);
    cr_assert_eq(mt_dict_set(V, get("d"), mt_int_from_i64(V, INT64_C(1) << 62 | i), mt_float(i * 0.5)), 0);
  }
  mt_value s = mt_set_new(V, false);
  put("s", s);
  for (int i = 0; i < 50; i++) mt_set_add(V, get("s"), mt_small(i * 7));
  const char *before_l = strdup(repr_of(get("l")));
  const char *before_d = strdup(repr_of(get("d")));
  const char *before_s = strdup(repr_of(get("s")));
  uint32_t before = used();
  cr_assert_eq(mt_gc_collect(V), 0);
  cr_assert_lt(used(), before);
  verify_ok();
  /* a second collection has nothing to do */
  uint32_t after = used();
  cr_assert_eq(mt_gc_collect(V), 0);
  cr_assert_eq(used(), after);
  cr_assert_str_eq(repr_of(get("l")), before_l);
  cr_assert_str_eq(repr_of(get("d")), before_d);
  cr_assert_str_eq(repr_of(get("s")), before_s);
  cr_assert_eq(mt_dict_get(V, get("d"), mt_int_from_i64(V, INT64_C(1) << 62 | 17)), mt_float(8.5));
  cr_assert_eq(mt_set_contains(V, get("s"), mt_small(49 * 7)), 1);
  free((void *)before_l);
  free((void *)before_d);
  free((void *)before_s);
}

Test(gc, unreachable_cycles_are_freed) {
  cr_assert_eq(mt_gc_collect(V), 0);
  uint32_t base = used();
  for (int i = 0; i < 100; i++) {
    mt_value a = mt_list_new(V, 0), b = mt_dict_new(V);
    mt_list_append(V, a, b);
    mt_list_append(V, a, a);
    mt_dict_set(V, b, str("back"), a);
  }
  cr_assert_gt(used(), base);
  cr_assert_eq(mt_gc_collect(V), 0);
  cr_assert_eq(used(), base);
  verify_ok();
}

Test(gc, constant_memory_over_many_allocations) {
  cr_assert_eq(mt_dict_set(V, globals(), mt_name(MT_N_value), MT_NONE), 0);
  cr_assert_eq(mt_gc_collect(V), 0);
  uint32_t base = used(), peak = 0;
  int n = SAFEPOINT_LOOPS(1000000);
  for (int i = 0; i < n; i++) {
    mt_value items[2] = {mt_small(i), MT_NONE};
    mt_value t = mt_tuple_from(V, items, 2);
    cr_assert_neq(t, MT_EXC);
    cr_assert_eq(mt_dict_set(V, globals(), mt_name(MT_N_value), t), 0);
    mt_gc_safepoint(V);
    if (used() > peak) peak = used();
  }
  cr_assert_leq(peak, base + 2 * MT_GC_MIN_STEP, "peak %u, base %u", peak, base);
  cr_assert_gt(mt_hdr(V)->gc_count, 10);
  cr_assert_eq(mt_gc_collect(V), 0);
  cr_assert_eq(used(), base + mt_tuple_size(2));
  cr_assert_eq(mt_tuple_items(V, mt_dict_get(V, globals(), mt_name(MT_N_value)))[0], mt_small(n - 1));
}

/* A chain far deeper than the mark stack: marking must fall back to
** rescanning, not recursion. */
Test(gc, deep_chain_overflows_the_mark_stack) {
  mt_value head = mt_list_new(V, 1);
  put("head", head);
  for (int i = 0; i < 200000; i++) {
    mt_value next = mt_list_new(V, 1);
    cr_assert_neq(next, MT_EXC);
    mt_list_append(V, next, get("head"));
    put("head", next);
    if (i % 1000 == 0) garbage(1);
  }
  cr_assert_eq(mt_gc_collect(V), 0);
  verify_ok();
  uint32_t n = 0;
  for (mt_value l = get("head"); mt_list_len(V, l); l = mt_list_items(V, l)[0]) n++;
  cr_assert_eq(n, 200000);
}

Test(gc, identity_hashes_survive_moves) {
  mt_value d = mt_dict_new(V);
  put("d", d);
  for (int i = 0; i < 100; i++) {
    garbage(2);
    mt_value e = mt_exc_new(V, MT_T_VALUE_ERROR, mt_tuple_new(V, 0));
    cr_assert_eq(mt_dict_set(V, get("d"), e, mt_small(i)), 0);
  }
  cr_assert_eq(mt_gc_collect(V), 0);
  uint32_t pos = 0;
  mt_value k, v;
  while (mt_dict_next(V, get("d"), &pos, &k, &v)) cr_assert_eq(mt_dict_get(V, get("d"), k), v);
}

Test(gc, trigger_leaves_headroom_under_a_small_cap) {
  mt_heap_close(V);
  mt_limits lim = {.max_memory = 1 << 20};
  cr_assert_eq(mt_heap_open(V, NULL, &lim, 7), 0);
  for (int i = 0; i < SAFEPOINT_LOOPS(200000); i++) {
    mt_value s = mt_str_obj_repeat(V, str("xyz"), 50);
    cr_assert_neq(s, MT_EXC, "MemoryError at iteration %d", i);
    cr_assert_eq(mt_dict_set(V, globals(), mt_name(MT_N_value), s), 0);
    mt_gc_safepoint(V);
  }
  cr_assert_leq((uint64_t)used() + mt_heap_workspace(used()), lim.max_memory);
}

#ifdef MT_GC_STRESS
#include <errno.h>
#include <unistd.h>

/* Stress mode: a collection moves every object to another offset in a new
** mapping, and the old mapping cannot be read any more (write(2) from it
** fails with EFAULT instead of faulting this test). */
Test(gc, stress_mode_moves_everything_and_poisons_the_old_arena) {
  mt_value l = mt_list_new(V, 0);
  put("l", l);
  uint8_t *old_base = V->base;
  uint32_t old_off = mt_ref_off(get("l"));
  mt_list *stale = MT_OBJ(V, mt_list, get("l"));
  mt_gc_safepoint(V);
  cr_assert_neq(V->base, old_base);
  cr_assert_neq(mt_ref_off(get("l")), old_off);
  int fd[2];
  cr_assert_eq(pipe(fd), 0);
  errno = 0;
  cr_assert_eq(write(fd[1], stale, sizeof *stale), -1);
  cr_assert_eq(errno, EFAULT);
  close(fd[0]);
  close(fd[1]);
  verify_ok();
}
#endif
