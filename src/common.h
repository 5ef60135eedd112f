/*
** common.h: definitions every module of the core shares.
*/
#ifndef MT_COMMON_H
#define MT_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Internal cross-module functions: hidden from the shared-object namespace
** (the NIF .so shares the BEAM's), like Lua's LUAI_FUNC. The project builds
** with -fvisibility=hidden; this marks the intent at each declaration. */
#define MT_INTERNAL __attribute__((visibility("hidden"))) extern

#define MT_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#define MT_LIKELY(x) __builtin_expect(!!(x), 1)
#define MT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define MT_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* calloc(n, size) through malloc. glibc's calloc bypasses the per-thread
** cache, so each small zeroed block of a compile or a run cost a full
** allocation, and freeing those blocks filled the cache that malloc then
** never emptied (later frees took the slow path). The empty asm hides the
** pointer's origin: GCC and clang would fuse malloc + memset into calloc. */
static inline void *mt_zalloc(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size) return NULL;
  void *p = malloc(n * size);
  __asm__("" : "+r"(p));
  if (p) memset(p, 0, n * size);
  return p;
}

#ifdef NDEBUG
#define mt_assert(cond) ((void)0)
#else
#include <assert.h>
#define mt_assert(cond) assert(cond)
#endif

#endif
