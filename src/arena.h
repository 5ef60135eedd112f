/*
** arena.h: the memory behind an interpreter. An arena is one reserved
** range of address space (mmap PROT_NONE) whose prefix is committed
** (made read-write) as the heap grows. It is the only memory Python objects
** live in, and the only place in the object layer that talks to the OS.
**
** Invariant kept by the arena's users: the bytes in [used, committed) are
** zero. Fresh mappings are zero; the collector zeroes what it vacates;
** releasing an arena to a pool zeroes [0, used). So every allocation starts
** zeroed, and no byte of one interpreter can show up in the next one's
** objects or snapshots.
**
** An arena pool caches released arenas so that starting an interpreter
** costs no system call. The pool is an object the embedder owns (one per
** thread, or guarded by the embedder's lock): there is no global state.
** It also hands out hash seeds from a generator seeded once, again
** without a system call per interpreter, and keeps the image of a fresh
** interpreter that heap.c copies into each new arena (mt_heap_open).
*/
#ifndef MT_ARENA_H
#define MT_ARENA_H

#include "common.h"

/* Offsets are 32-bit, so an arena never exceeds this. */
#define MT_ARENA_MAX (UINT64_C(0xFFFF0000))
/* Smallest reservation: keeps pooled arenas interchangeable. */
#define MT_ARENA_MIN_RESERVE (UINT64_C(16) << 20)
/* Commit granularity. */
#define MT_ARENA_COMMIT_STEP (UINT64_C(64) << 10)
/* Released arenas keep at most this much committed memory. */
#define MT_ARENA_KEEP (UINT64_C(1) << 20)
#define MT_ARENA_POOL_SLOTS 8
/* mt_arena_prefault works from this size on. */
#define MT_ARENA_PREFAULT_MIN (UINT64_C(1) << 20)

typedef struct mt_arena {
  uint8_t *base;
  uint64_t reserved;
  uint64_t committed;
} mt_arena;

typedef struct mt_arena_pool {
  mt_arena slots[MT_ARENA_POOL_SLOTS];
  uint32_t count;
  uint64_t seed_state;
  uint64_t maps;  /* arenas created with mmap (reuse shows as no change) */
  /* A fresh interpreter's state, built and used by heap.c: image holds
  ** image_used bytes of it, of which the first image_len are not all zero
  ** (0: no image yet); image_opens counts the interpreters opened from it. */
  mt_arena image;
  uint32_t image_len;
  uint32_t image_used;
  uint32_t image_opens;
} mt_arena_pool;

/* Set up an empty pool. seed 0 draws the seed generator's state from the
** OS (once); any other value makes the seeds reproducible. */
MT_INTERNAL void mt_arena_pool_init(mt_arena_pool *pool, uint64_t seed);
/* Unmap every cached arena and the image. */
MT_INTERNAL void mt_arena_pool_drain(mt_arena_pool *pool);
/* The next per-interpreter hash seed. */
MT_INTERNAL uint64_t mt_arena_pool_seed(mt_arena_pool *pool);

/* Get an arena of at least `reserve` bytes of address space: a cached one
** from pool (may be NULL) or a new mapping. Returns 0 or -1 (no memory). */
MT_INTERNAL int mt_arena_acquire(mt_arena_pool *pool, uint64_t reserve, mt_arena *a);
/* Give an arena back: zeroed and cached in pool if there is room, else
** unmapped. used is how much of it the interpreter wrote (0 once
** mt_arena_scrub has zeroed it). */
MT_INTERNAL void mt_arena_release(mt_arena_pool *pool, mt_arena *a, uint64_t used);
/* Zero the first used bytes of a, or for a large used give its pages back
** to the OS and keep MT_ARENA_KEEP bytes committed. It touches no pool, so
** a runtime's interpreters scrub before taking the runtime's lock. */
MT_INTERNAL void mt_arena_scrub(mt_arena *a, uint64_t used);
/* Make [0, need) read-write. Returns 0 or -1 (over the reservation, or the
** OS refused). */
MT_INTERNAL int mt_arena_commit(mt_arena *a, uint64_t need);
/* About to write [0, len) (committed) of a: for large len, map its pages
** in one call instead of one fault per page. */
MT_INTERNAL void mt_arena_prefault(mt_arena *a, uint64_t len);
/* Make an arena's memory inaccessible and give back its uncommitted
** address space; the committed range stays reserved, so no new mapping
** lands there while a stays around (the collector's stress mode). */
MT_INTERNAL void mt_arena_poison(mt_arena *a);
/* Unmap an arena (no-op when a holds none). */
MT_INTERNAL void mt_arena_unmap(mt_arena *a);

#endif
