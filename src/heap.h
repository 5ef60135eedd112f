/*
** heap.h: the interpreter state. All of it is in one arena: a header at
** offset 0 followed by objects, so (header + used bytes) IS the state and a
** snapshot is a copy of [0, used).
**
**   0             MT_HEAP_FIRST                         used    committed
**   +-------------+--------+--------+-- ... --+--------+---------+------+
**   | mt_heap     | object | object |         | object | zero    | none |
**   | (header,    |        |        |         |        | (bump   |      |
**   |  roots)     |        |        |         |        |  space) |      |
**   +-------------+--------+--------+-- ... --+--------+---------+------+
**
** Objects are allocated by bumping `used`; the collector (gc.c) slides the
** live ones down. The host-side mt_vm holds the base pointer, the arena and
** the fast-path bound; nothing in the arena ever points to it or into the
** host. References are offsets: derive pointers (mt_ptr, MT_OBJ) from them
** again after anything that can allocate.
**
** Exception convention (everywhere in the object layer and the VM): an
** operation that fails leaves the exception in roots[MT_ROOT_EXC] and
** returns MT_EXC (functions returning a value), -1 (functions returning a
** status) or 0 (functions returning an arena offset). See exc.h.
*/
#ifndef MT_HEAP_H
#define MT_HEAP_H

#include "arena.h"
#include "common.h"
#include "object.h"
#include "value.h"

#define MT_HEAP_MAGIC "\x89MTY\r\n\x1a\n"
#define MT_HEAP_VERSION 1u

/* Roots: every value the collector starts from. The VM adds its own. */
#define MT_ROOTS(X)                                                     \
  X(GLOBALS)  /* the module's globals dict */                           \
  X(BUILTINS) /* the builtins namespace dict */                         \
  X(FRAME)    /* the running (or paused) frame, MT_NULL when idle */    \
  X(EXC)      /* pending exception (instance or type), else MT_NULL */  \
  X(INTERNED) /* the interned-string set, MT_NULL until first use */    \
  X(OUTPUT)   /* captured print output: a BUF, MT_NULL when empty */    \
  X(MODULES)  /* imported modules, MT_NULL until first import */        \
  X(RESULT)   /* the value a finished run produced */

enum {
#define X(name) MT_ROOT_##name,
  MT_ROOTS(X)
#undef X
  MT_ROOT_COUNT
};

typedef struct mt_heap {
  uint8_t magic[8];
  uint32_t version;
  uint32_t header_size;
  uint64_t seed;            /* xxh3 seed of str/bytes hashes */
  uint32_t used;            /* end of the last object */
  uint32_t live;            /* used right after the last collection */
  uint32_t gc_trigger;      /* a safe point collects once used exceeds it */
  uint32_t idhash;          /* last identity hash handed out */
  uint64_t max_memory;      /* cap on used + collector workspace */
  uint64_t allocs;          /* allocations so far */
  uint64_t max_allocations;
  uint64_t gc_count;        /* collections so far (caches key on it) */
  uint32_t max_depth;       /* max_recursion_depth */
  uint32_t depth;           /* Python call depth (the VM's) */
  mt_value roots[MT_ROOT_COUNT];
} mt_heap;

#define MT_HEAP_FIRST ((uint32_t)mt_align8(sizeof(mt_heap)))

/* GC stress mode (meson -Dgc_stress=true, see gc.c): how many arenas a
** collection has moved away from stay reserved and inaccessible. */
#define MT_GC_STRESS_KEEP 16

/* Limits given when an interpreter is created; 0 means the default. */
typedef struct mt_limits {
  uint64_t max_memory;           /* default and maximum: MT_ARENA_MAX */
  uint64_t max_allocations;      /* default: unlimited */
  uint32_t max_recursion_depth;  /* default: 1000, CPython's */
} mt_limits;

/* The host side of an interpreter. Never referenced from the arena. */
typedef struct mt_vm {
  uint8_t *base;        /* == arena.base */
  mt_arena arena;
  mt_arena_pool *pool;  /* where the arena goes back to, may be NULL */
  uint32_t alloc_end;   /* the fast path may bump used up to here */
  uint32_t c_depth;     /* nesting of C-recursive repr/eq/hash */
  uint32_t c_depth_limit;
  uint32_t native_count; /* natives the VM registered (values above: bad) */
  const char *const *native_names; /* their names, for reprs */
#ifdef MT_GC_STRESS
  mt_arena retired[MT_GC_STRESS_KEEP]; /* old arenas, inaccessible (gc.c) */
  uint32_t retired_next;
#endif
} mt_vm;

static inline mt_heap *mt_hdr(mt_vm *vm) { return (mt_heap *)vm->base; }
static inline void *mt_ptr(mt_vm *vm, uint32_t off) { return vm->base + off; }
static inline mt_obj *mt_obj_at(mt_vm *vm, uint32_t off) { return (mt_obj *)(vm->base + off); }
#define MT_OBJ(vm, T, v) ((T *)mt_ptr((vm), mt_ref_off(v)))
static inline mt_value *mt_root(mt_vm *vm, uint32_t r) { return &mt_hdr(vm)->roots[r]; }

/* Scratch space the collector and the verifier need beyond used (mark
** bitmap, block offsets, mark stack). It counts against max_memory, so a
** collection can always run. */
static inline uint64_t mt_heap_workspace(uint64_t used) {
  uint64_t bitmap = mt_align8((used / 8 + 63) / 64 * 8);
  uint64_t blocks = mt_align8((used / 512 + 2) * 4);
  uint64_t stack = mt_align8((256 + used / 256) * 4);
  return bitmap + blocks + stack;
}

/* Create an interpreter: an arena (from pool if it has one), the header,
** the builtins namespace and an empty globals dict. With a pool and seed
** 0 this is a copy of the pool's image of that state, whose seed it takes
** (shared with the other interpreters of the image, see heap.c); otherwise
** the state is built with the given seed (0: a fixed one). Returns 0 or -1.
** vm must be zeroed, or have only native_count and native_names set
** (the VM registers its natives first): those two are kept, every other
** field is initialized here. */
MT_INTERNAL int mt_heap_open(mt_vm *vm, mt_arena_pool *pool, const mt_limits *limits,
                             uint64_t seed);
/* Create an interpreter from the image of another one's arena (its bytes
** [0, used)): copy it into a fresh arena and verify it (verify.h), so an
** image from anywhere is safe to run. The image keeps its seed (its dicts
** stay valid); the limits are the caller's. Returns 0, or -1 when memory
** is short or the image is malformed (*err then says what is wrong). */
struct mt_verify_error;
MT_INTERNAL int mt_heap_load(mt_vm *vm, mt_arena_pool *pool, const void *image, size_t len,
                             const mt_limits *limits, struct mt_verify_error *err);
/* mt_heap_load in steps, for a caller that copies the image itself (the
** snapshot loader hashes it on the way): mt_heap_load_begin gives vm an
** arena for a len-byte image and returns where the bytes go (NULL with
** *err set if len is wrong or does not fit); the caller writes all len of
** them there; mt_heap_load_end checks and verifies them, then empties the
** code objects' inline caches (0, or -1 with *err set and the arena
** released). Give both the same limits. */
MT_INTERNAL uint8_t *mt_heap_load_begin(mt_vm *vm, mt_arena_pool *pool, size_t len,
                                        const mt_limits *limits, struct mt_verify_error *err);
MT_INTERNAL int mt_heap_load_end(mt_vm *vm, size_t len, const mt_limits *limits,
                                 struct mt_verify_error *err);
/* Release the arena (back to the pool, zeroed). */
MT_INTERNAL void mt_heap_close(mt_vm *vm);
/* Zero the arena ahead of mt_heap_close, which then only files it away:
** the part of closing that needs no pool, done outside a runtime's lock.
** The heap is unusable after it (its header is zero) but for closing. */
MT_INTERNAL void mt_heap_scrub(mt_vm *vm);
/* Recompute the fast-path bound after used, the commit or the limits
** changed. */
MT_INTERNAL void mt_heap_refresh(mt_vm *vm);
/* Change max_memory / max_allocations of a live interpreter. */
MT_INTERNAL void mt_heap_set_limits(mt_vm *vm, const mt_limits *limits);

/* How far used may grow under max_memory (leaving the workspace). */
MT_INTERNAL uint64_t mt_heap_used_limit(mt_vm *vm);
/* Bytes one more object could still take: the bound natives pass to the
** algorithms whose result size the program controls (padding, replace,
** join), so that they fail with MemoryError before touching host memory. */
static inline uint64_t mt_heap_room(mt_vm *vm) {
  uint64_t limit = mt_heap_used_limit(vm), used = mt_hdr(vm)->used;
  return limit > used ? limit - used : 0;
}

MT_INTERNAL uint32_t mt_heap_alloc_slow(mt_vm *vm, uint32_t type, uint64_t size);

/* Allocate a zeroed object of the given type and size (rounded up to 8):
** returns its offset, or 0 with MemoryError pending. Never collects. */
static inline uint32_t mt_heap_alloc(mt_vm *vm, uint32_t type, uint64_t size) {
  mt_heap *h = mt_hdr(vm);
  size = mt_align8(size);
  if (MT_UNLIKELY(size > (uint64_t)(vm->alloc_end - h->used) ||
                  h->allocs >= h->max_allocations))
    return mt_heap_alloc_slow(vm, type, size);
  uint32_t off = h->used;
  h->used = off + (uint32_t)size;
  h->allocs++;
  mt_obj *o = mt_obj_at(vm, off);
  mt_assert(*(uint64_t *)o == 0);
  o->size = (uint32_t)size;
  o->type = (uint8_t)type;
  return off;
}

/* Grow the object at off to new_size in place if it is the last one and
** there is room. Returns true if it did (the new bytes are zero). */
MT_INTERNAL bool mt_heap_grow(mt_vm *vm, uint32_t off, uint64_t new_size);
/* Shrink the object at off to new_size (8-aligned, >= 8): the freed tail
** returns to the bump space, or becomes a filler object. */
MT_INTERNAL void mt_heap_shrink(mt_vm *vm, uint32_t off, uint32_t new_size);

/* The identity hash of a heap object (assigned on first use). */
MT_INTERNAL uint32_t mt_heap_idhash(mt_vm *vm, uint32_t off);

#endif
