/*
** common.h: definitions every module of the core shares.
*/
#ifndef MT_COMMON_H
#define MT_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Internal cross-module functions: hidden from the shared-object namespace
** (the NIF .so shares the BEAM's), like Lua's LUAI_FUNC. The project builds
** with -fvisibility=hidden; this marks the intent at each declaration. */
#define MT_INTERNAL __attribute__((visibility("hidden"))) extern

#define MT_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#define MT_LIKELY(x) __builtin_expect(!!(x), 1)
#define MT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define MT_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#ifdef NDEBUG
#define mt_assert(cond) ((void)0)
#else
#include <assert.h>
#define mt_assert(cond) assert(cond)
#endif

#endif
