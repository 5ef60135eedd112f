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
#include "fuzz.h"
#include "heap.h"
#include "heap_exercise.h"
#include "verify.h"

#define MAX_INPUT (256u << 10)

/* Arenas are reused across inputs through a pool, as an embedder would. */
static mt_arena_pool pool;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  mt_arena_pool_init(&pool, 1);
  return 0;
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
    fuzz_heap_exercise(&vm);
    mt_heap_close(&vm);
  } else {
    fuzz_check(err.what[0], "image rejected without a reason");
    fuzz_check(vm.base == NULL, "a rejected image left an arena");
  }
  free(image);
  return 0;
}
