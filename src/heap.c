/*
** heap.c: creating an interpreter's arena state, and the slow paths of
** allocation.
*/
#include "heap.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "verify.h"

#define INITIAL_COMMIT (UINT64_C(64) << 10)
#define DEFAULT_SEED UINT64_C(0x2545F4914F6CDD1D)

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
      mt_dict_set(vm, d, mt_name(MT_N_IOError), mt_type_value(MT_T_OS_ERROR)))
    return -1;
  return 0;
}

static uint32_t builtin_count(void) {
  uint32_t n = 2;
  for (uint32_t t = 0; t < MT_TYPE_COUNT; t++) n += (mt_types[t].flags & MT_TF_BUILTIN) != 0;
  return n;
}

/* Start from a clean host struct, keeping what the VM registered. */
static void reset_vm(mt_vm *vm) {
  uint32_t natives = vm->native_count;
  const char *const *names = vm->native_names;
  memset(vm, 0, sizeof *vm);
  vm->native_count = natives;
  vm->native_names = names;
}

int mt_heap_open(mt_vm *vm, mt_arena_pool *pool, const mt_limits *limits, uint64_t seed) {
  mt_limits lim = limits ? *limits : (mt_limits){0, 0, 0};
  uint64_t cap = lim.max_memory ? lim.max_memory : MT_ARENA_MAX;
  reset_vm(vm);
  if (cap < INITIAL_COMMIT || mt_arena_acquire(pool, cap, &vm->arena)) return -1;
  vm->pool = pool;
  vm->base = vm->arena.base;
  if (mt_arena_commit(&vm->arena, INITIAL_COMMIT)) {
    mt_arena_release(pool, &vm->arena, 0);
    return -1;
  }
  mt_heap *h = mt_hdr(vm);
  memcpy(h->magic, MT_HEAP_MAGIC, 8);
  h->version = MT_HEAP_VERSION;
  h->header_size = MT_HEAP_FIRST;
  h->seed = seed ? seed : pool ? mt_arena_pool_seed(pool) : DEFAULT_SEED;
  h->used = MT_HEAP_FIRST;
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) h->roots[r] = MT_NULL;
  mt_heap_set_limits(vm, &lim);
  mt_value builtins = mt_dict_new_sized(vm, builtin_count());
  mt_value globals = builtins == MT_EXC ? MT_EXC : mt_dict_new(vm);
  if (globals == MT_EXC || fill_builtins(vm, builtins)) {
    mt_heap_close(vm);
    return -1;
  }
  *mt_root(vm, MT_ROOT_BUILTINS) = builtins;
  *mt_root(vm, MT_ROOT_GLOBALS) = globals;
  mt_gc_reset_trigger(vm);
  return 0;
}

static int load_fail(mt_vm *vm, mt_verify_error *err, const char *what) {
  err->at = 0;
  snprintf(err->what, sizeof err->what, "%s", what);
  if (vm->base) mt_arena_release(vm->pool, &vm->arena, mt_hdr(vm)->used);
  vm->base = NULL;
  return -1;
}

int mt_heap_load(mt_vm *vm, mt_arena_pool *pool, const void *image, size_t len,
                 const mt_limits *limits, mt_verify_error *err) {
  mt_limits lim = limits ? *limits : (mt_limits){0, 0, 0};
  uint64_t cap = lim.max_memory ? lim.max_memory : MT_ARENA_MAX;
  reset_vm(vm);
  if (len < MT_HEAP_FIRST || len % 8) return load_fail(vm, err, "image smaller than a header or unaligned");
  if (len > MT_ARENA_MAX || len + mt_heap_workspace(len) > cap || mt_arena_acquire(pool, cap, &vm->arena))
    return load_fail(vm, err, "image does not fit the memory limit");
  vm->pool = pool;
  vm->base = vm->arena.base;
  if (mt_arena_commit(&vm->arena, len + mt_heap_workspace(len))) {
    mt_arena_release(pool, &vm->arena, 0);
    vm->base = NULL;
    return load_fail(vm, err, "image does not fit the memory limit");
  }
  memcpy(vm->base, image, len);
  if (mt_hdr(vm)->used != len) {
    mt_hdr(vm)->used = (uint32_t)len;
    return load_fail(vm, err, "image size differs from its header");
  }
  if (mt_verify_heap(vm, err)) {
    mt_arena_release(pool, &vm->arena, len);
    vm->base = NULL;
    return -1;
  }
  mt_heap_set_limits(vm, &lim);
  mt_gc_reset_trigger(vm);
  return 0;
}

void mt_heap_close(mt_vm *vm) {
  if (!vm->base) return;
  mt_arena_release(vm->pool, &vm->arena, mt_hdr(vm)->used);
  vm->base = NULL;
}
