/*
** gc.c: bitmap mark-compact collection (the "Compressor" scheme).
**
** Invariants
**  1. Collection happens only in mt_gc_collect, called at VM safe points or
**     explicitly; allocation never collects. Between safe points C code may
**     hold values and pointers in locals without rooting them.
**  2. At a safe point every live value is reachable from the header roots
**     (frames hold the registers). Values in C locals are stale afterwards:
**     objects move, and their references are rewritten.
**  3. Objects tile [MT_HEAP_FIRST, used) in address order; each header gives
**     its size; every reference is a REF value word in the object's span
**     (object.h). Nothing else points into the heap.
**  4. Objects only move down and keep their order, so a reference to an
**     older object stays a reference to a lower address (traceback chains
**     rely on it).
**  5. Bytes in [used, committed) are zero before and after a collection.
**  6. No C recursion and bounded extra memory: the workspace after used
**     (mt_heap_workspace, counted against max_memory) holds a mark bitmap,
**     a block table and a fixed-size mark stack; an overflowing stack sets
**     a flag and the heap is rescanned for marked objects with unmarked
**     children until no overflow happens.
**
** Phases
**  mark     set one bit per live 8-byte word (whole objects) from the roots
**  offsets  block[b] = live words before 512-byte block b (prefix sums), so
**           forward(o) = 8 * (block[o/512] + live words of o's block below o)
**  update   rewrite every reference in the roots and live objects
**  move     memmove live objects to their forward addresses, in order
*/
#include "gc.h"

#include <string.h>

#include "verify.h"

typedef struct gc {
  mt_vm *vm;
  uint8_t *base;
  uint32_t used;
  uint64_t *bits;     /* one bit per 8-byte word of [0, used) */
  uint32_t *block;    /* live words before each 64-word block */
  uint32_t *stack;    /* offsets of marked objects not yet scanned */
  uint32_t sp, cap;
  bool overflow;
} gc;

static bool marked(const gc *g, uint32_t off) {
  return (g->bits[off >> 9] >> ((off >> 3) & 63)) & 1;
}

/* Set the bits of words [from, to). */
static void set_words(uint64_t *bits, uint32_t from, uint32_t to) {
  while (from < to && (from & 63)) {
    bits[from >> 6] |= UINT64_C(1) << (from & 63);
    from++;
  }
  if (to - from >= 64) {
    memset(bits + (from >> 6), 0xFF, ((to - from) >> 6) * 8);
    from += (to - from) & ~UINT32_C(63);
  }
  for (; from < to; from++) bits[from >> 6] |= UINT64_C(1) << (from & 63);
}

static void mark(gc *g, mt_value v) {
  if (!mt_is_ref(v)) return;
  uint32_t off = mt_ref_off(v);
  if (marked(g, off)) return;
  mt_obj *o = (mt_obj *)(g->base + off);
  set_words(g->bits, off >> 3, (off + o->size) >> 3);
  if (mt_obj_span(o).count == 0) return;
  if (g->sp < g->cap) g->stack[g->sp++] = off;
  else g->overflow = true;
}

static void scan(gc *g, uint32_t off) {
  mt_obj *o = (mt_obj *)(g->base + off);
  mt_span s = mt_obj_span(o);
  mt_value *v = (mt_value *)((uint8_t *)o + s.at);
  for (uint32_t i = 0; i < s.count; i++, v += s.stride)
    for (uint32_t w = 0; w < s.width; w++) mark(g, v[w]);
}

/* The first live object at or after off. Every word of a live object is
** marked, so past a dead gap the next set bit is an object's first word:
** dead objects are skipped without reading them. */
static uint32_t next_live(const gc *g, uint32_t off) {
  uint32_t w = off >> 3, nwords = g->used >> 3;
  while (w < nwords) {
    uint64_t bits = g->bits[w >> 6] >> (w & 63);
    if (bits) return (w + (uint32_t)__builtin_ctzll(bits)) << 3;
    w = (w | 63) + 1;
  }
  return g->used;
}

/* The live object after the live object at off. */
static uint32_t after(const gc *g, uint32_t off) {
  off += ((mt_obj *)(g->base + off))->size;
  return off < g->used && marked(g, off) ? off : next_live(g, off);
}

static void drain(gc *g) {
  while (g->sp) scan(g, g->stack[--g->sp]);
}

/* Mark from the roots; after a stack overflow, rescan the heap linearly:
** every marked object gets its children marked again (unmarked ones are
** pushed), until a pass completes without overflowing. */
static void mark_all(gc *g) {
  mt_heap *h = (mt_heap *)g->base;
  set_words(g->bits, 0, MT_HEAP_FIRST >> 3);
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) mark(g, h->roots[r]);
  drain(g);
  while (g->overflow) {
    g->overflow = false;
    for (uint32_t off = next_live(g, MT_HEAP_FIRST); off < g->used; off = after(g, off)) {
      scan(g, off);
      drain(g);
    }
  }
}

static void compute_blocks(gc *g) {
  uint32_t n = (g->used + 511) >> 9, live = 0;
  for (uint32_t b = 0; b < n; b++) {
    g->block[b] = live;
    live += (uint32_t)__builtin_popcountll(g->bits[b]);
  }
  g->block[n] = live;
}

static uint32_t forward(const gc *g, uint32_t off) {
  uint32_t b = off >> 9, bit = (off >> 3) & 63;
  uint64_t below = g->bits[b] & ((UINT64_C(1) << bit) - 1);
  return 8 * (g->block[b] + (uint32_t)__builtin_popcountll(below));
}

static void update(const gc *g, mt_value *v) {
  if (mt_is_ref(*v)) *v = mt_ref_moved(*v, forward(g, mt_ref_off(*v)));
}

static void update_all(gc *g) {
  mt_heap *h = (mt_heap *)g->base;
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) update(g, &h->roots[r]);
  for (uint32_t off = next_live(g, MT_HEAP_FIRST); off < g->used; off = after(g, off)) {
    mt_obj *o = (mt_obj *)(g->base + off);
    mt_span s = mt_obj_span(o);
    mt_value *v = (mt_value *)((uint8_t *)o + s.at);
    for (uint32_t i = 0; i < s.count; i++, v += s.stride)
      for (uint32_t w = 0; w < s.width; w++) update(g, &v[w]);
  }
}

/* Slide live objects down in address order; returns the new used. */
static uint32_t move_all(gc *g) {
  uint32_t to = MT_HEAP_FIRST;
  for (uint32_t off = next_live(g, MT_HEAP_FIRST); off < g->used;) {
    uint32_t size = ((mt_obj *)(g->base + off))->size, next = after(g, off);
    to = forward(g, off);
    if (to != off) memmove(g->base + to, g->base + off, size);
    to += size;
    off = next;
  }
  return to;
}

int mt_gc_collect(mt_vm *vm) {
  mt_heap *h = mt_hdr(vm);
  uint32_t used = h->used;
  uint64_t ws = mt_heap_workspace(used);
  if (mt_arena_commit(&vm->arena, used + ws)) return -1;
  mt_heap_refresh(vm);
  gc g = {.vm = vm, .base = vm->base, .used = used};
  uint32_t nbits = (used + 511) >> 9;
  g.bits = (uint64_t *)(vm->base + used);
  g.block = (uint32_t *)(g.bits + nbits);
  g.stack = g.block + nbits + 1;
  g.cap = (uint32_t)((vm->base + used + ws - (uint8_t *)g.stack) / 4);
  mark_all(&g);
  compute_blocks(&g);
  update_all(&g);
  uint32_t live = move_all(&g);
  memset(vm->base + live, 0, used + ws - live);
  h = mt_hdr(vm);
  h->used = live;
  h->gc_count++;
  mt_gc_reset_trigger(vm);
  mt_heap_refresh(vm);
#ifndef NDEBUG
  mt_verify_error err;
  if (mt_verify_heap(vm, &err)) {
    mt_verify_report(&err);
    mt_assert(!"heap corrupt after collection");
  }
#endif
  return 0;
}

void mt_gc_reset_trigger(mt_vm *vm) {
  mt_heap *h = mt_hdr(vm);
  uint64_t live = h->used, limit = mt_heap_used_limit(vm);
  uint64_t headroom = limit > live ? limit - live : 0;
  uint64_t step = live > MT_GC_MIN_STEP ? live : MT_GC_MIN_STEP;
  if (step > headroom / 2) step = headroom / 2;
  h->live = (uint32_t)live;
  h->gc_trigger = (uint32_t)(live + step);
}
