/*
** bench_heap.c: timings of the object layer's hot paths (not a test; run
** build/release/tests/bench_heap). Each figure is the thread's CPU time
** (user and system) per operation, so that other load on the machine
** distorts it less than wall time would.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

#include "dict.h"
#include "gc.h"
#include "heap.h"
#include "list.h"
#include "snapshot.h"
#include "str.h"
#include "tuple.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static void report(const char *what, double seconds, double n) {
  printf("%-44s %8.2f ns\n", what, seconds / n * 1e9);
}

static void report_rate(const char *what, double seconds, uint64_t bytes) {
  printf("%-44s %8.2f GB/s (%.1f ms)\n", what, bytes / seconds * 1e-9, seconds * 1e3);
}

/* Dump and load of a ~50 MB heap: 400k (int, 64-char str, float) tuples
** in a list. */
static void bench_snapshot(mt_arena_pool *pool) {
  mt_vm vm = {0}, copy = {0};
  mt_heap_open(&vm, pool, NULL, 0);
  mt_value l = mt_list_new(&vm, 0);
  mt_dict_set(&vm, *mt_root(&vm, MT_ROOT_GLOBALS), mt_name(MT_N_c_6C), l);
  char text[65];
  for (int i = 0; i < 400000; i++) {
    snprintf(text, sizeof text, "%064d", i);
    mt_value items[3] = {mt_small(i), mt_str_obj_cstr(&vm, text), mt_float(i * 0.25)};
    mt_list_append(&vm, l, mt_tuple_from(&vm, items, 3));
  }
  uint64_t size;
  double t = now();
  mt_snap_prepare(&vm, &size);
  double t_collect = now() - t;
  uint8_t *buf = malloc(size);
  for (uint64_t i = 0; i < size; i += 4096) buf[i] = 0; /* fault the pages in first */
  double best_write = 1e9, best_load = 1e9, best_verify = 1e9;
  mt_verify_error err;
  for (int round = 0; round < 3; round++) {
    t = now();
    mt_snap_write(&vm, buf, size);
    if (now() - t < best_write) best_write = now() - t;
    t = now();
    if (mt_snap_load(&copy, pool, buf, size, NULL, &err)) printf("load failed: %s\n", err.what);
    if (now() - t < best_load) best_load = now() - t;
    t = now();
    mt_verify_heap(&copy, &err);
    if (now() - t < best_verify) best_verify = now() - t;
    mt_heap_close(&copy);
  }
  /* What this machine's memory allows: plain copy and checksum. */
  uint8_t *other = malloc(size);
  for (uint64_t i = 0; i < size; i += 4096) other[i] = 1;
  t = now();
  memcpy(other, buf, size);
  double t_copy = now() - t;
  t = now();
  uint64_t check = XXH3_64bits(buf, size) ^ other[size / 2];
  double t_hash = now() - t;
  free(other);
  printf("snapshot of %.1f MB (best of 3; checksum %016llx)\n", size / 1e6, (unsigned long long)check);
  report_rate("  reference: memcpy", t_copy, size);
  report_rate("  reference: XXH3-64", t_hash, size);
  report_rate("  dump: collection (compacting)", t_collect, size);
  report_rate("  dump: write (checksum + copy)", best_write, size);
  report_rate("  load (checks, checksum, copy, verify)", best_load, size);
  report_rate("  load: of which verify", best_verify, size);
  mt_heap_close(&copy);
  mt_heap_close(&vm);
  free(buf);
}

int main(void) {
  mt_arena_pool pool;
  mt_arena_pool_init(&pool, 1);
  mt_vm vm = {0};
  enum { N = 1000000 };

  /* Best of 5 rounds: the figure is short enough for noise to matter. */
  double t, best = 1e9;
  for (int round = 0; round < 5; round++) {
    t = now();
    for (int i = 0; i < 100000; i++) {
      mt_heap_open(&vm, &pool, NULL, 0);
      mt_heap_close(&vm);
    }
    if (now() - t < best) best = now() - t;
  }
  report("interpreter open+close (pool image)", best, 100000);
  t = now();
  for (int i = 0; i < 100000; i++) {
    mt_heap_open(&vm, &pool, NULL, (uint64_t)i + 1);
    mt_heap_close(&vm);
  }
  report("interpreter open+close (built, own seed)", now() - t, 100000);

  mt_heap_open(&vm, &pool, NULL, 0);
  mt_value g = *mt_root(&vm, MT_ROOT_GLOBALS);
  mt_dict_set(&vm, g, mt_name(MT_N_value), MT_NONE);

  t = now();
  for (int i = 0; i < N; i++) {
    mt_value pair[2] = {mt_small(i), MT_NONE};
    mt_dict_set(&vm, g, mt_name(MT_N_value), mt_tuple_from(&vm, pair, 2));
    mt_gc_safepoint(&vm);
  }
  report("alloc 2-tuple + safepoint (GC amortized)", now() - t, N);
  printf("  collections: %llu, used after: %u bytes\n", (unsigned long long)mt_hdr(&vm)->gc_count,
         mt_hdr(&vm)->used);

  t = now();
  for (int i = 0; i < N; i++) {
    mt_heap_alloc(&vm, MT_T_CELL, sizeof(mt_cell));
    if ((i & 1023) == 0) mt_gc_collect(&vm);
  }
  report("raw mt_heap_alloc (16 bytes)", now() - t, N);
  mt_gc_collect(&vm);

  mt_value d = mt_dict_new(&vm);
  mt_dict_set(&vm, g, mt_name(MT_N_c_64), d);
  t = now();
  for (int i = 0; i < N; i++) mt_dict_set(&vm, d, mt_small(i * 1024), mt_small(i));
  report("dict insert, 1e6 int keys (stride 1024)", now() - t, N);
  t = now();
  int64_t sum = 0;
  for (int r = 0; r < 5; r++)
    for (int i = 0; i < N; i++) sum += mt_as_small(mt_dict_get(&vm, d, mt_small(i * 1024)));
  report("dict lookup, hit, 1e6 int keys", now() - t, 5.0 * N);

  mt_value small = mt_dict_new(&vm);
  mt_dict_set(&vm, g, mt_name(MT_N_items), small);
  const char *names[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
  mt_value keys[8];
  for (int i = 0; i < 8; i++) {
    keys[i] = mt_str_obj_cstr(&vm, names[i]);
    mt_str_obj_hash(&vm, keys[i]);
    mt_dict_set(&vm, small, keys[i], mt_small(i));
  }
  t = now();
  for (int i = 0; i < 10 * N; i++) sum += mt_as_small(mt_dict_get(&vm, small, keys[i & 7]));
  report("dict lookup, 8 str keys (cached hash)", now() - t, 10.0 * N);
  t = now();
  for (int i = 0; i < 10 * N; i++) sum += mt_dict_get(&vm, *mt_root(&vm, MT_ROOT_BUILTINS), mt_name(MT_N_ValueError)) != MT_NULL;
  report("dict lookup, builtins by static name", now() - t, 10.0 * N);

  mt_value l = mt_list_new(&vm, 0);
  mt_dict_set(&vm, g, mt_name(MT_N_c_6C), l);
  t = now();
  for (int i = 0; i < N; i++) mt_list_append(&vm, l, mt_small(i));
  report("list append", now() - t, N);

  mt_gc_collect(&vm);
  uint32_t live = mt_hdr(&vm)->used;
  t = now();
  for (int i = 0; i < 10; i++) mt_gc_collect(&vm);
  printf("%-44s %8.2f ms (live %u KiB)\n", "full collection, nothing to free", (now() - t) / 10 * 1e3, live >> 10);
  printf("(checksum %lld)\n", (long long)sum);
  mt_heap_close(&vm);
  bench_snapshot(&pool);
  mt_arena_pool_drain(&pool);
  return 0;
}
