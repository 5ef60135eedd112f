/*
** fuzz_snapshot_load.c: arbitrary bytes as a snapshot (snapshot.h).
** mt_snap_load must reject them with a reason or accept them, never crash.
** An accepted snapshot is used like a loaded heap (heap_exercise.h), then
** written again with mt_snap_write, and that snapshot must load.
**
** Input: one mode byte, then the snapshot. Bit 0 makes the snapshot
** header agree with the arena header it carries (seed, used, roots) and
** bit 1 recomputes both checksums, so mutations get past those checks to
** the others and to the heap verifier; bit 2 keeps the snapshot's own
** memory limit instead of 64 MB. Seeds: gen_seeds' snapshots.
*/
#include <xxhash.h>

#include "fuzz.h"
#include "heap_exercise.h"
#include "snapshot.h"

#define MAX_INPUT (256u << 10)

static mt_arena_pool pool;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  mt_arena_pool_init(&pool, 1);
  return 0;
}

/* Apply the mode's repairs to a snapshot of len bytes. */
static void repair(uint8_t mode, uint8_t *snap, size_t len) {
  mt_snap_header s;
  if (len < sizeof s + sizeof(mt_heap)) return;
  memcpy(&s, snap, sizeof s);
  const uint8_t *payload = snap + sizeof s;
  if (mode & 1) {
    mt_heap h;
    memcpy(&h, payload, sizeof h);
    s.seed = h.seed;
    s.arena_used = h.used;
    memcpy(s.roots, h.roots, sizeof s.roots);
  }
  if (mode & 2) {
    s.payload_hash = XXH3_64bits(payload, len - sizeof s);
    s.header_hash = XXH3_64bits(&s, offsetof(mt_snap_header, header_hash));
  }
  memcpy(snap, &s, sizeof s);
}

/* Snapshot a loaded interpreter again (closing it) and load that. */
static void round_trip(mt_vm *vm, const mt_limits *limits) {
  uint64_t size;
  fuzz_check(mt_snap_prepare(vm, &size) == 0, "collection before the snapshot failed");
  uint8_t *again = malloc(size);
  fuzz_check(again && mt_snap_write(vm, again, size) == size, "snapshot of %llu bytes not written",
             (unsigned long long)size);
  mt_heap_close(vm);
  mt_vm copy = {0};
  mt_verify_error err = {0};
  fuzz_check(mt_snap_load(&copy, &pool, again, size, limits, &err) == 0, "snapshot of a loaded one rejected: %s",
             err.what);
  mt_heap_close(&copy);
  free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > MAX_INPUT) return 0;
  uint8_t mode = data[0];
  uint8_t *snap = (uint8_t *)fuzz_copy(data + 1, size - 1, MAX_INPUT);
  if (!snap) return 0;
  repair(mode, snap, size - 1);
  mt_vm vm = {0};
  mt_verify_error err = {0};
  mt_limits limits = {.max_memory = (mode & 4) ? 0 : 64u << 20};
  if (mt_snap_load(&vm, &pool, snap, size - 1, &limits, &err) == 0) {
    fuzz_heap_exercise(&vm);
    round_trip(&vm, &limits);
  } else {
    fuzz_check(err.what[0], "snapshot rejected without a reason");
    fuzz_check(vm.base == NULL, "a rejected snapshot left an arena");
  }
  free(snap);
  return 0;
}
