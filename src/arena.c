/*
** arena.c: reserving, committing and pooling arena memory (mmap).
*/
#include "arena.h"

#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>

static uint64_t round_up(uint64_t n, uint64_t step) { return (n + step - 1) / step * step; }

/* Reservations are powers of two from 16 MiB, so pooled arenas fit most
** requests. */
static uint64_t reservation_for(uint64_t want) {
  uint64_t r = MT_ARENA_MIN_RESERVE;
  while (r < want && r < MT_ARENA_MAX) r <<= 1;
  return r > MT_ARENA_MAX ? MT_ARENA_MAX : r;
}

void mt_arena_pool_init(mt_arena_pool *pool, uint64_t seed) {
  memset(pool, 0, sizeof *pool);
  if (seed == 0 && getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed) seed = 0x9E3779B97F4A7C15u;
  pool->seed_state = seed;
}

void mt_arena_pool_drain(mt_arena_pool *pool) {
  for (uint32_t i = 0; i < pool->count; i++) munmap(pool->slots[i].base, pool->slots[i].reserved);
  pool->count = 0;
  if (pool->image.base) munmap(pool->image.base, pool->image.reserved);
  memset(&pool->image, 0, sizeof pool->image);
  pool->image_len = pool->image_used = pool->image_opens = 0;
}

/* splitmix64: a cheap generator whose outputs are well mixed. */
uint64_t mt_arena_pool_seed(mt_arena_pool *pool) {
  uint64_t z = (pool->seed_state += 0x9E3779B97F4A7C15u);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
  return z ^ (z >> 31);
}

/* The smallest cached arena that fits, so small ones serve small needs. */
int mt_arena_acquire(mt_arena_pool *pool, uint64_t reserve, mt_arena *a) {
  if (reserve > MT_ARENA_MAX) return -1;
  if (pool) {
    uint32_t best = pool->count;
    for (uint32_t i = 0; i < pool->count; i++)
      if (pool->slots[i].reserved >= reserve &&
          (best == pool->count || pool->slots[i].reserved < pool->slots[best].reserved))
        best = i;
    if (best < pool->count) {
      *a = pool->slots[best];
      pool->slots[best] = pool->slots[--pool->count];
      return 0;
    }
  }
  uint64_t size = reservation_for(reserve);
  void *p = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return -1;
  a->base = p;
  a->reserved = size;
  a->committed = 0;
  if (pool) pool->maps++;
  return 0;
}

/* Zero what the interpreter wrote (cheap for small arenas; large ones hand
** their pages back to the OS instead). */
void mt_arena_scrub(mt_arena *a, uint64_t used) {
  if (!a->base) return;
  if (used <= MT_ARENA_KEEP) {
    memset(a->base, 0, used);
  } else {
    madvise(a->base, a->committed, MADV_DONTNEED);
    mprotect(a->base + MT_ARENA_KEEP, a->committed - MT_ARENA_KEEP, PROT_NONE);
    a->committed = MT_ARENA_KEEP;
  }
}

/* Scrub what is left to scrub, then cache or unmap. */
void mt_arena_release(mt_arena_pool *pool, mt_arena *a, uint64_t used) {
  if (!a->base) return;
  if (pool && pool->count < MT_ARENA_POOL_SLOTS) {
    mt_arena_scrub(a, used);
    pool->slots[pool->count++] = *a;
  } else {
    munmap(a->base, a->reserved);
  }
  memset(a, 0, sizeof *a);
}

/* Commit geometrically (at least doubling) so a growing heap makes few
** mprotect calls; untouched committed pages cost nothing. */
int mt_arena_commit(mt_arena *a, uint64_t need) {
  if (need <= a->committed) return 0;
  if (need > a->reserved) return -1;
  uint64_t to = round_up(need, MT_ARENA_COMMIT_STEP);
  if (to < 2 * a->committed) to = 2 * a->committed;
  if (to > a->reserved) to = a->reserved;
  if (mprotect(a->base + a->committed, to - a->committed, PROT_READ | PROT_WRITE) != 0) return -1;
  a->committed = to;
  return 0;
}

/* MADV_POPULATE_WRITE (Linux 5.14): where it is missing or refused, the
** pages simply fault in as they are written. */
void mt_arena_prefault(mt_arena *a, uint64_t len) {
#ifdef MADV_POPULATE_WRITE
  if (len >= MT_ARENA_PREFAULT_MIN && len <= a->committed) madvise(a->base, len, MADV_POPULATE_WRITE);
#else
  (void)a;
  (void)len;
#endif
}

void mt_arena_poison(mt_arena *a) {
  mprotect(a->base, a->committed, PROT_NONE);
  if (a->reserved > a->committed) munmap(a->base + a->committed, a->reserved - a->committed);
  a->reserved = a->committed;
}

void mt_arena_unmap(mt_arena *a) {
  if (a->base && a->reserved) munmap(a->base, a->reserved);
  memset(a, 0, sizeof *a);
}
