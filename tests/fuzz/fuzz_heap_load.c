/*
** fuzz_heap_load.c: arbitrary bytes as an arena image. mt_heap_load must
** reject it with a reason or accept it, never crash; an accepted image must
** then be usable: repr of every root and of the globals' entries, hashing,
** comparing, iterating, a collection, and the heap must verify again.
**
** Input: one mode byte, then the image. Mode bit 0 sets the header's used
** to the image's length (rounded down to 8) first, so mutations that change
** the length still reach the object checks; bit 1 loads it under a memory
** limit just above the image (the other bits give 8-byte steps of
** headroom), so the exercise runs into MemoryError at varying points and
** the collector must still run (its workspace is reserved). Seeds:
** gen_seeds' images.
*/
#include "compare.h"
#include "dict.h"
#include "exc.h"
#include "fuzz.h"
#include "gc.h"
#include "hash.h"
#include "heap.h"
#include "iter.h"
#include "repr.h"
#include "set.h"
#include "verify.h"

#define MAX_INPUT (256u << 10)

/* Arenas are reused across inputs through a pool, as an embedder would. */
static mt_arena_pool pool;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  mt_arena_pool_init(&pool, 1);
  return 0;
}

/* Things an embedder or the VM does with values of a loaded heap. The
** object layer never collects inside these, so values in locals stay valid. */
static void use_value(mt_vm *vm, mt_value v) {
  int64_t h;
  mt_repr_str(vm, v);
  mt_exc_clear(vm);
  mt_hash_value(vm, v, &h);
  mt_exc_clear(vm);
  mt_cmp_eq(vm, v, v);
  mt_exc_clear(vm);
  if (mt_iter_is_native(vm, v))
    for (int i = 0; i < 3; i++) mt_iter_next(vm, v);
  if (mt_is_ref_type(v, MT_T_SET)) mt_set_contains(vm, v, mt_small(3));
  if (mt_is_ref_type(v, MT_T_DICT)) mt_dict_get(vm, v, mt_small(1000));
  mt_exc_clear(vm);
}

static void exercise(mt_vm *vm) {
  mt_value roots[MT_ROOT_COUNT];
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) roots[r] = *mt_root(vm, r);
  mt_exc_clear(vm);
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) {
    if (roots[r] == MT_NULL) continue;
    mt_repr(vm, roots[r]);
    mt_exc_clear(vm);
  }
  mt_value g = *mt_root(vm, MT_ROOT_GLOBALS), k, v;
  uint32_t pos = 0;
  while (mt_dict_next(vm, g, &pos, &k, &v)) {
    mt_dict_get(vm, g, k);
    mt_exc_clear(vm);
    use_value(vm, v);
  }
  *mt_root(vm, MT_ROOT_EXC) = roots[MT_ROOT_EXC];
  fuzz_check(mt_gc_collect(vm) == 0, "collection failed");
  mt_verify_error err;
  fuzz_check(mt_verify_heap(vm, &err) == 0, "heap invalid after a collection: at %u: %s", err.at, err.what);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > MAX_INPUT) return 0;
  uint8_t mode = data[0];
  size_t len = size - 1;
  if (mode & 1) len &= ~(size_t)7;
  uint8_t *image = (uint8_t *)fuzz_copy(data + 1, len, MAX_INPUT);
  if (!image) return 0;
  if ((mode & 1) && len >= MT_HEAP_FIRST) {
    uint32_t used = (uint32_t)len;
    memcpy(image + offsetof(mt_heap, used), &used, sizeof used);
  }
  mt_vm vm = {0};
  mt_verify_error err = {0};
  mt_limits limits = {.max_memory = 64u << 20};
  if (mode & 2) limits.max_memory = len + mt_heap_workspace(len) + 8u * (mode >> 2);
  if (mt_heap_load(&vm, &pool, image, len, &limits, &err) == 0) {
    exercise(&vm);
    mt_heap_close(&vm);
  } else {
    fuzz_check(err.what[0], "image rejected without a reason");
    fuzz_check(vm.base == NULL, "a rejected image left an arena");
  }
  free(image);
  return 0;
}
