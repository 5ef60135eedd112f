/* Criterion tests for the arena, the pool, interpreter creation and the
** memory / allocation limits. */
#include <criterion/criterion.h>

#include "dict.h"
#include "gc.h"
#include "heap_support.h"
#include "list.h"
#include "sb.h"
#include "tuple.h"
#include "verify.h"

static void verify_ok(mt_vm *vm) {
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(vm, &err), 0, "%s at %u", err.what, err.at);
}

Test(arena, fresh_interpreter_is_small) {
  mt_vm vm = {0};
  cr_assert_eq(mt_heap_open(&vm, NULL, NULL, 1), 0);
  uint32_t used = mt_hdr(&vm)->used;
  cr_assert_lt(used, 16 * 1024, "fresh arena uses %u bytes", used);
  mt_value b = *mt_root(&vm, MT_ROOT_BUILTINS);
  cr_assert_eq(mt_dict_get(&vm, b, mt_name(MT_N_ValueError)), mt_type_value(MT_T_VALUE_ERROR));
  cr_assert_eq(mt_dict_get(&vm, b, mt_name(MT_N_IOError)), mt_type_value(MT_T_OS_ERROR));
  cr_assert_eq(mt_dict_get(&vm, b, mt_name(MT_N_list)), mt_type_value(MT_T_LIST));
  cr_assert_eq(mt_dict_get(&vm, b, mt_name(MT_N_NoneType)), MT_NULL);
  verify_ok(&vm);
  mt_heap_close(&vm);
}

/* After its image is built, a pool serves interpreters without mapping
** memory (one mapping for the image, one for the interpreters). */
Test(arena, pool_reuses_arenas_without_mapping) {
  mt_arena_pool pool;
  mt_arena_pool_init(&pool, 42);
  for (int i = 0; i < 200; i++) {
    mt_vm vm = {0};
    cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
    mt_value l = mt_list_new(&vm, 100);
    cr_assert_neq(l, MT_EXC);
    mt_heap_close(&vm);
  }
  cr_assert_eq(pool.maps, 2);
  mt_arena_pool_drain(&pool);
  cr_assert_eq(pool.count, 0);
  cr_assert_eq(pool.image_len, 0);
}

/* Interpreters opened from a pool image are copies of a freshly built
** one with the image's seed; the seed changes after a bounded number of
** opens, and two pools have different seeds. */
Test(arena, pool_image_is_a_fresh_interpreter) {
  mt_arena_pool pool, other;
  mt_arena_pool_init(&pool, 42);
  mt_arena_pool_init(&other, 43);
  mt_vm vm = {0}, built = {0}, vm2 = {0};
  cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
  uint64_t seed = mt_hdr(&vm)->seed;
  cr_assert_eq(mt_heap_open(&built, NULL, NULL, seed), 0);
  cr_assert_eq(mt_hdr(&vm)->used, mt_hdr(&built)->used);
  cr_assert_eq(memcmp(vm.base, built.base, mt_hdr(&vm)->used), 0);
  verify_ok(&vm);
  mt_value b = *mt_root(&vm, MT_ROOT_BUILTINS);
  cr_assert_eq(mt_dict_get(&vm, b, mt_str_obj_cstr(&vm, "KeyError")), mt_type_value(MT_T_KEY_ERROR));
  cr_assert_eq(mt_heap_open(&vm2, &other, NULL, 0), 0);
  cr_assert_neq(mt_hdr(&vm2)->seed, seed);
  mt_heap_close(&vm2);
  mt_heap_close(&built);
  mt_heap_close(&vm);
  bool changed = false;
  for (int i = 0; i < 1000 && !changed; i++) {
    cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
    changed = mt_hdr(&vm)->seed != seed;
    mt_heap_close(&vm);
  }
  cr_assert(changed);
  mt_arena_pool_drain(&pool);
  mt_arena_pool_drain(&other);
}

/* The image carries no limits: each interpreter gets its own. */
Test(arena, pool_image_takes_the_callers_limits) {
  mt_arena_pool pool;
  mt_arena_pool_init(&pool, 5);
  mt_vm vm = {0};
  mt_limits lim = {.max_memory = 256 << 10, .max_recursion_depth = 50};
  cr_assert_eq(mt_heap_open(&vm, &pool, &lim, 0), 0);
  cr_assert_eq(mt_hdr(&vm)->max_memory, 256 << 10);
  cr_assert_eq(mt_hdr(&vm)->max_depth, 50);
  mt_heap_close(&vm);
  cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
  cr_assert_eq(mt_hdr(&vm)->max_depth, 1000);
  mt_heap_close(&vm);
  lim.max_memory = 1024;
  cr_assert_eq(mt_heap_open(&vm, &pool, &lim, 0), -1);
  mt_arena_pool_drain(&pool);
}

/* A reused arena is zero past the header the new interpreter wrote. */
Test(arena, reused_arena_is_clean) {
  mt_arena_pool pool;
  mt_arena_pool_init(&pool, 1);
  mt_vm vm = {0};
  cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
  for (int i = 0; i < 1000; i++) mt_list_append(&vm, mt_list_new(&vm, 0), mt_small(i));
  mt_heap_close(&vm);
  cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
  uint32_t used = mt_hdr(&vm)->used;
  for (uint64_t i = used; i < vm.arena.committed; i++) cr_assert_eq(vm.base[i], 0, "byte %llu", (unsigned long long)i);
  mt_heap_close(&vm);
  mt_arena_pool_drain(&pool);
}

/* Closing in two steps (scrub without the pool, then file it away, as a
** runtime's interpreters do around the runtime's lock) leaves the arena as
** clean as a one-step close: a small heap (zeroed) and one past
** MT_ARENA_KEEP (its pages handed back). */
static void check_scrubbed_reuse(uint32_t items) {
  mt_arena_pool pool;
  mt_arena_pool_init(&pool, 1);
  mt_vm vm = {0};
  cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
  mt_value l = mt_list_new(&vm, 0);
  *mt_root(&vm, MT_ROOT_RESULT) = l;
  for (uint32_t i = 0; i < items; i++) cr_assert_eq(mt_list_append(&vm, *mt_root(&vm, MT_ROOT_RESULT), mt_small(i)), 0);
  bool big = mt_hdr(&vm)->used > MT_ARENA_KEEP;
  cr_assert_eq(big, items > 100000, "used %u", mt_hdr(&vm)->used);
  mt_heap_scrub(&vm);
  mt_heap_close(&vm);
  uint64_t maps = pool.maps;
  cr_assert_eq(mt_heap_open(&vm, &pool, NULL, 0), 0);
  cr_assert_eq(pool.maps, maps, "the arena was reused");
  uint32_t used = mt_hdr(&vm)->used;
  for (uint64_t i = used; i < vm.arena.committed; i++) cr_assert_eq(vm.base[i], 0, "byte %llu", (unsigned long long)i);
  mt_heap_close(&vm);
  mt_arena_pool_drain(&pool);
}

Test(arena, scrubbed_small_arena_is_clean) { check_scrubbed_reuse(1000); }

Test(arena, scrubbed_large_arena_is_clean) { check_scrubbed_reuse(300000); }

Test(arena, memory_cap_while_growing_a_list) {
  mt_vm vm = {0};
  mt_limits lim = {.max_memory = 256 << 10};
  cr_assert_eq(mt_heap_open(&vm, NULL, &lim, 3), 0);
  mt_value l = mt_list_new(&vm, 0);
  mt_dict_set(&vm, *mt_root(&vm, MT_ROOT_GLOBALS), mt_name(MT_N_value), l);
  int i = 0;
  while (mt_list_append(&vm, l, mt_small(i)) == 0) i++;
  cr_assert_eq(mt_exc_pending(&vm), mt_type_value(MT_T_MEMORY_ERROR));
  mt_exc_clear(&vm);
  cr_assert_eq(mt_list_len(&vm, l), (uint32_t)i);
  cr_assert_eq(mt_list_items(&vm, l)[i - 1], mt_small(i - 1));
  cr_assert_leq((uint64_t)mt_hdr(&vm)->used + mt_heap_workspace(mt_hdr(&vm)->used), lim.max_memory);
  verify_ok(&vm);
  /* the collector can always run at the cap, and frees what was dropped */
  mt_list_clear(&vm, l);
  cr_assert_eq(mt_gc_collect(&vm), 0);
  cr_assert_eq(mt_list_append(&vm, l, mt_small(1)), 0);
  mt_heap_close(&vm);
}

Test(arena, memory_cap_while_growing_a_dict_and_a_str) {
  mt_vm vm = {0};
  mt_limits lim = {.max_memory = 256 << 10};
  cr_assert_eq(mt_heap_open(&vm, NULL, &lim, 3), 0);
  mt_value d = mt_dict_new(&vm);
  int i = 0;
  while (mt_dict_set(&vm, d, mt_small(i), MT_NONE) == 0) i++;
  cr_assert_eq(mt_exc_pending(&vm), mt_type_value(MT_T_MEMORY_ERROR));
  mt_exc_clear(&vm);
  cr_assert_eq(mt_dict_len(&vm, d), (uint32_t)i);
  cr_assert_eq(mt_dict_get(&vm, d, mt_small(i - 1)), MT_NONE);
  cr_assert_eq(mt_dict_get(&vm, d, mt_small(i)), MT_NULL);
  verify_ok(&vm);
  mt_dict_clear(&vm, d);
  cr_assert_eq(mt_gc_collect(&vm), 0);
  mt_sb sb;
  cr_assert_eq(mt_sb_init(&vm, &sb, 16), 0);
  int r = 0;
  while ((r = mt_sb_puts(&vm, &sb, "0123456789abcdef")) == 0) {}
  cr_assert_eq(r, -1);
  cr_assert_eq(mt_exc_pending(&vm), mt_type_value(MT_T_MEMORY_ERROR));
  mt_exc_clear(&vm);
  verify_ok(&vm);
  mt_heap_close(&vm);
}

Test(arena, allocation_count_cap) {
  mt_vm vm = {0};
  mt_limits lim = {.max_allocations = 100};
  cr_assert_eq(mt_heap_open(&vm, NULL, &lim, 3), 0);
  uint64_t before = mt_hdr(&vm)->allocs;
  int n = 0;
  while (mt_tuple_new(&vm, 1) != MT_EXC) n++;
  cr_assert_eq((uint64_t)n, 100 - before);
  cr_assert_eq(mt_exc_pending(&vm), mt_type_value(MT_T_MEMORY_ERROR));
  mt_heap_close(&vm);
}

Test(arena, cap_too_small_for_an_interpreter_fails_cleanly) {
  mt_vm vm = {0};
  mt_limits lim = {.max_memory = 1024};
  cr_assert_eq(mt_heap_open(&vm, NULL, &lim, 3), -1);
}

Test(arena, grow_and_shrink_in_place) {
  mt_vm vm = {0};
  cr_assert_eq(mt_heap_open(&vm, NULL, NULL, 3), 0);
  uint32_t a = mt_heap_alloc(&vm, MT_T_BUF, 64);
  cr_assert(mt_heap_grow(&vm, a, 128));
  cr_assert_eq(mt_obj_at(&vm, a)->size, 128);
  cr_assert_eq(mt_hdr(&vm)->used, a + 128);
  uint32_t b = mt_heap_alloc(&vm, MT_T_BUF, 32);
  cr_assert_not(mt_heap_grow(&vm, a, 256));
  mt_heap_shrink(&vm, a, 64);
  cr_assert_eq(mt_obj_at(&vm, a)->size, 64);
  cr_assert_eq(mt_obj_at(&vm, a + 64)->type, MT_T_FILLER);
  cr_assert_eq(mt_obj_at(&vm, a + 64)->size, 64);
  mt_heap_shrink(&vm, b, 16);
  cr_assert_eq(mt_hdr(&vm)->used, b + 16);
  verify_ok(&vm);
  mt_heap_close(&vm);
}
