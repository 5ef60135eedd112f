/*
** heap.c: creating an interpreter's arena state, and the slow paths of
** allocation.
*/
#include "heap.h"

#include <stdio.h>
#include <string.h>

#include "codeobj.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "verify.h"

#define INITIAL_COMMIT (UINT64_C(64) << 10)
#define DEFAULT_SEED UINT64_C(0x2545F4914F6CDD1D)
/* Interpreters opened from one pool image (see mt_heap_open). */
#define SEED_OPENS 64

/* The largest used such that used + workspace fits max_memory. */
uint64_t mt_heap_used_limit(mt_vm *vm) {
  uint64_t cap = mt_hdr(vm)->max_memory;
  return cap - mt_heap_workspace(cap);
}

void mt_heap_refresh(mt_vm *vm) {
  mt_heap *h = mt_hdr(vm);
  uint64_t end = mt_heap_used_limit(vm);
  if (end > vm->arena.committed) end = vm->arena.committed;
  vm->alloc_end = end < h->used ? h->used : (uint32_t)end;
}

void mt_heap_set_limits(mt_vm *vm, const mt_limits *limits) {
  mt_heap *h = mt_hdr(vm);
  uint64_t cap = limits->max_memory ? limits->max_memory : MT_ARENA_MAX;
  if (cap > vm->arena.reserved) cap = vm->arena.reserved;
  h->max_memory = cap;
  h->max_allocations = limits->max_allocations ? limits->max_allocations : UINT64_MAX;
  h->max_depth = limits->max_recursion_depth ? limits->max_recursion_depth : 1000;
  vm->c_depth_limit = h->max_depth;
  mt_heap_refresh(vm);
}

/* Either limit exceeded is a MemoryError; otherwise commit more of the
** arena and take the fast path again. */
uint32_t mt_heap_alloc_slow(mt_vm *vm, uint32_t type, uint64_t size) {
  mt_heap *h = mt_hdr(vm);
  uint64_t end = (uint64_t)h->used + size;
  if (h->allocs >= h->max_allocations || end > mt_heap_used_limit(vm) ||
      mt_arena_commit(&vm->arena, end)) {
    mt_raise_type(vm, MT_T_MEMORY_ERROR);
    return 0;
  }
  mt_heap_refresh(vm);
  return mt_heap_alloc(vm, type, size);
}

bool mt_heap_grow(mt_vm *vm, uint32_t off, uint64_t new_size) {
  mt_heap *h = mt_hdr(vm);
  mt_obj *o = mt_obj_at(vm, off);
  new_size = mt_align8(new_size);
  if (off + o->size != h->used || new_size < o->size) return false;
  uint64_t end = off + new_size;
  if (end > vm->alloc_end) {
    if (end > mt_heap_used_limit(vm) || mt_arena_commit(&vm->arena, end)) return false;
    mt_heap_refresh(vm);
    o = mt_obj_at(vm, off);
  }
  h->used = (uint32_t)end;
  o->size = (uint32_t)new_size;
  return true;
}

void mt_heap_shrink(mt_vm *vm, uint32_t off, uint32_t new_size) {
  mt_heap *h = mt_hdr(vm);
  mt_obj *o = mt_obj_at(vm, off);
  uint32_t old = o->size;
  mt_assert(new_size % 8 == 0 && new_size <= old);
  if (new_size == old) return;
  uint8_t *tail = (uint8_t *)o + new_size;
  memset(tail, 0, old - new_size);
  if (new_size) o->size = new_size;
  if (off + old == h->used) {
    h->used = off + new_size;
    return;
  }
  mt_obj *filler = (mt_obj *)tail;
  filler->size = old - new_size;
  filler->type = MT_T_FILLER;
}

uint32_t mt_heap_idhash(mt_vm *vm, uint32_t off) {
  mt_obj *o = mt_obj_at(vm, off);
  if (o->aux == 0) {
    mt_heap *h = mt_hdr(vm);
    h->idhash = h->idhash == 0xFFFF ? 1 : h->idhash + 1;
    o->aux = (uint16_t)h->idhash;
  }
  return o->aux;
}

/* builtins: every type flagged MT_TF_BUILTIN under its static name, and
** CPython's aliases of OSError. Keys and values are immediates, so the
** namespace is one dict table. */
static int fill_builtins(mt_vm *vm, mt_value d) {
  for (uint32_t t = 0; t < MT_TYPE_COUNT; t++) {
    if (!(mt_types[t].flags & MT_TF_BUILTIN)) continue;
    if (mt_dict_set(vm, d, mt_name(mt_types[t].name), mt_type_value(t))) return -1;
  }
  if (mt_dict_set(vm, d, mt_name(MT_N_EnvironmentError), mt_type_value(MT_T_OS_ERROR)) ||
      mt_dict_set(vm, d, mt_name(MT_N_IOError), mt_type_value(MT_T_OS_ERROR)) ||
      mt_dict_set(vm, d, mt_name(MT_N_Ellipsis), MT_ELLIPSIS) ||
      mt_dict_set(vm, d, mt_name(MT_N_NotImplemented), MT_NOTIMPL))
    return -1;
  return 0;
}

static uint32_t builtin_count(void) {
  uint32_t n = 4;
  for (uint32_t t = 0; t < MT_TYPE_COUNT; t++) n += (mt_types[t].flags & MT_TF_BUILTIN) != 0;
  return n;
}

static mt_limits limits_or_defaults(const mt_limits *limits) {
  return limits ? *limits : (mt_limits){0, 0, 0};
}

/* Start from a clean host struct, keeping what the VM registered. */
static void reset_vm(mt_vm *vm) {
  uint32_t natives = vm->native_count;
  const char *const *names = vm->native_names;
  memset(vm, 0, sizeof *vm);
  vm->native_count = natives;
  vm->native_names = names;
}

/* Give vm an arena from pool for an interpreter limited by lim, with
** [0, need) committed (at least INITIAL_COMMIT). Returns 0 or -1. */
static int take_arena(mt_vm *vm, mt_arena_pool *pool, const mt_limits *lim, uint64_t need) {
  uint64_t cap = lim->max_memory ? lim->max_memory : MT_ARENA_MAX;
  if (need < INITIAL_COMMIT) need = INITIAL_COMMIT;
  if (need > cap || mt_arena_acquire(pool, cap, &vm->arena)) return -1;
  vm->pool = pool;
  vm->base = vm->arena.base;
  if (mt_arena_commit(&vm->arena, need)) {
    mt_arena_release(pool, &vm->arena, 0);
    vm->base = NULL;
    return -1;
  }
  return 0;
}

/* Build a new interpreter's state from scratch: the header, the builtins
** namespace (under the given seed: its keys' hashes depend on it) and an
** empty globals dict. */
static int build(mt_vm *vm, mt_arena_pool *pool, const mt_limits *lim, uint64_t seed) {
  if (take_arena(vm, pool, lim, INITIAL_COMMIT)) return -1;
  mt_heap *h = mt_hdr(vm);
  memcpy(h->magic, MT_HEAP_MAGIC, 8);
  h->version = MT_HEAP_VERSION;
  h->header_size = MT_HEAP_FIRST;
  h->seed = seed;
  h->used = MT_HEAP_FIRST;
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) h->roots[r] = MT_NULL;
  mt_heap_set_limits(vm, lim);
  /* globals first: the builtins table's unused entries (zero) then end
  ** the heap, and pool_image leaves them out of the image. */
  mt_value globals = mt_dict_new(vm);
  mt_value builtins = globals == MT_EXC ? MT_EXC : mt_dict_new_sized(vm, builtin_count());
  if (builtins == MT_EXC || fill_builtins(vm, builtins)) {
    mt_heap_close(vm);
    return -1;
  }
  *mt_root(vm, MT_ROOT_BUILTINS) = builtins;
  *mt_root(vm, MT_ROOT_GLOBALS) = globals;
  mt_gc_reset_trigger(vm);
  return 0;
}

/* Give a copied image the caller's limits; collections start afresh. */
static void settle(mt_vm *vm, const mt_limits *lim) {
  mt_heap_set_limits(vm, lim);
  mt_gc_reset_trigger(vm);
}

/* Copy an arena image (its first len bytes, 8-aligned, the header first;
** the rest up to its used size must be zero) into a new arena with room
** for the collector's workspace, and give it the caller's limits. The
** image is not checked here. Returns 0 or -1 (memory). */
static int adopt(mt_vm *vm, mt_arena_pool *pool, const void *image, uint64_t len, uint64_t used,
                 const mt_limits *lim) {
  if (take_arena(vm, pool, lim, used + mt_heap_workspace(used))) return -1;
  memcpy(vm->base, image, len);
  settle(vm, lim);
  return 0;
}

/* The pool's image, (re)built when missing or when it has served
** SEED_OPENS interpreters. Returns 0 or -1 (memory). */
static int pool_image(mt_arena_pool *pool) {
  if (pool->image_len && pool->image_opens < SEED_OPENS) return 0;
  if (pool->image_len) mt_arena_release(pool, &pool->image, pool->image_used);
  pool->image_len = pool->image_used = pool->image_opens = 0;
  mt_vm t = {0};
  mt_limits small = {.max_memory = MT_ARENA_MIN_RESERVE};
  if (build(&t, pool, &small, mt_arena_pool_seed(pool))) return -1;
  pool->image = t.arena;
  pool->image_used = mt_hdr(&t)->used;
  pool->image_len = pool->image_used;
  while (((const uint64_t *)t.base)[pool->image_len / 8 - 1] == 0) pool->image_len -= 8;
  return 0;
}

/* Opening from a pool copies the pool's image: a few KB, no hashing.
**
** The hash seed. The builtins dict in the image is laid out by its keys'
** str hashes, which depend on the seed, so an image fixes the seed of the
** interpreters opened from it; rehashing per interpreter would cost about
** as much as building the dict. The choice: interpreters opened from the
** same image share its seed, and the pool rebuilds the image under a
** fresh seed (from its generator) after SEED_OPENS interpreters, about
** 3 us spread over them. This is the seed model snapshots have anyway (a
** dumped runner resumed many times keeps its seed): a seed is secret to
** the host, not unique per interpreter. Sharing is bounded to a window of
** consecutive interpreters of one pool, so collisions found by one guest
** (through hash()) stop working for later ones. An explicit seed, or no
** pool, builds the state from scratch. */
int mt_heap_open(mt_vm *vm, mt_arena_pool *pool, const mt_limits *limits, uint64_t seed) {
  mt_limits lim = limits_or_defaults(limits);
  reset_vm(vm);
  if (!pool || seed) return build(vm, pool, &lim, seed ? seed : DEFAULT_SEED);
  if (pool_image(pool)) return -1;
  pool->image_opens++;
  return adopt(vm, pool, pool->image.base, pool->image_len, pool->image_used, &lim);
}

static int load_fail(mt_vm *vm, mt_verify_error *err, const char *what) {
  err->at = 0;
  snprintf(err->what, sizeof err->what, "%s", what);
  mt_heap_close(vm);
  return -1;
}

uint8_t *mt_heap_load_begin(mt_vm *vm, mt_arena_pool *pool, size_t len, const mt_limits *limits,
                            mt_verify_error *err) {
  mt_limits lim = limits_or_defaults(limits);
  reset_vm(vm);
  if (len < MT_HEAP_FIRST || len % 8) {
    load_fail(vm, err, "image smaller than a header or unaligned");
    return NULL;
  }
  if (len > MT_ARENA_MAX || take_arena(vm, pool, &lim, len + mt_heap_workspace(len))) {
    load_fail(vm, err, "image does not fit the memory limit");
    return NULL;
  }
  mt_arena_prefault(&vm->arena, len);
  return vm->base;
}

int mt_heap_load_end(mt_vm *vm, size_t len, const mt_limits *limits, mt_verify_error *err) {
  mt_limits lim = limits_or_defaults(limits);
  if (mt_hdr(vm)->used != len) {
    mt_hdr(vm)->used = (uint32_t)len;
    return load_fail(vm, err, "image size differs from its header");
  }
  settle(vm, &lim);
  if (mt_verify_heap(vm, err)) {
    mt_heap_close(vm);
    return -1;
  }
  mt_codeobj_reset_all_caches(vm);
  return 0;
}

int mt_heap_load(mt_vm *vm, mt_arena_pool *pool, const void *image, size_t len,
                 const mt_limits *limits, mt_verify_error *err) {
  uint8_t *to = mt_heap_load_begin(vm, pool, len, limits, err);
  if (!to) return -1;
  memcpy(to, image, len);
  return mt_heap_load_end(vm, len, limits, err);
}

void mt_heap_scrub(mt_vm *vm) {
  if (!vm->base) return;
  mt_gc_forget(vm);
  mt_arena_scrub(&vm->arena, mt_hdr(vm)->used);
}

/* After mt_heap_scrub the header reads zero: used is 0, nothing to zero. */
void mt_heap_close(mt_vm *vm) {
  if (!vm->base) return;
  mt_gc_forget(vm);
  mt_arena_release(vm->pool, &vm->arena, mt_hdr(vm)->used);
  vm->base = NULL;
}
