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
**  4. Objects keep their order (and, outside stress mode, only move down),
**     so a reference to an older object stays a reference to a lower
**     address (traceback chains rely on it).
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
**
** Stress mode (meson -Dgc_stress=true defines MT_GC_STRESS) is for finding
** stale pointers and values in C code: every safe point collects, and
** every collection copies the heap into a fresh mapping instead of sliding
** it in place. The old mapping becomes inaccessible (PROT_NONE) and stays
** reserved for the next MT_GC_STRESS_KEEP collections, so a raw pointer
** kept across a collection faults (ASan reports where) instead of reading
** an old copy. The heap also starts with a filler alternating between 8
** and 16 bytes, so every object changes offset at every collection: a
** stale value reads the wrong bytes, and storing one into the heap fails
** the verification that debug builds run after each collection.
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
  uint32_t *stack;    /* offsets of marked objects not yet scanned, from
                      ** the bottom; the log from the top (see mark) */
  uint32_t sp, cap;
  uint32_t nlog;      /* objects in the log */
  bool logging;       /* the log holds every marked object with values */
  bool overflow;
  uint32_t shift;     /* added to every forward address (stress mode) */
} gc;

static bool marked(const gc *g, uint32_t off) {
  return (g->bits[off >> 9] >> ((off >> 3) & 63)) & 1;
}

/* Set the bits of words [from, to): whole bitmap words at a time. */
static void set_words(uint64_t *bits, uint32_t from, uint32_t to) {
  uint32_t first = from >> 6, last = (to - 1) >> 6;
  uint64_t head = ~UINT64_C(0) << (from & 63), tail = ~UINT64_C(0) >> (63 - ((to - 1) & 63));
  if (first == last) {
    bits[first] |= head & tail;
    return;
  }
  bits[first] |= head;
  for (uint32_t w = first + 1; w < last; w++) bits[w] = ~UINT64_C(0);
  bits[last] |= tail;
}

/* Objects of these layouts hold no values: marked, never scanned. */
static bool is_leaf(const mt_obj *o) {
  switch (mt_type_layout(o->type)) {
  case MT_L_NONE:
  case MT_L_BIGINT:
  case MT_L_STR:
  case MT_L_BYTES:
  case MT_L_BUF:
  case MT_L_FILLER: return true;
  default: return false;
  }
}

/* Mark the object v refers to; one with values is pushed to be scanned
** and logged for the update phase. The log fills the mark stack's space
** from the other end: when the two meet, the log is dropped (the update
** phase then walks the whole heap) and its room goes to the stack. */
static void mark(gc *g, mt_value v) {
  if (!mt_is_ref(v)) return;
  uint32_t off = mt_ref_off(v);
  if (marked(g, off)) return;
  mt_obj *o = (mt_obj *)(g->base + off);
  set_words(g->bits, off >> 3, (off + o->size) >> 3);
  if (is_leaf(o)) return;
  if (g->logging && g->sp + g->nlog + 1 < g->cap) {
    g->stack[g->cap - 1 - g->nlog++] = off;
  } else {
    g->logging = false;
    g->nlog = 0;
  }
  if (g->sp < g->cap - g->nlog) g->stack[g->sp++] = off;
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

/* The end of the run of live words starting at off: the first dead word
** after it, or used. */
static uint32_t next_dead(const gc *g, uint32_t off) {
  uint32_t w = off >> 3, nwords = g->used >> 3;
  while (w < nwords) {
    uint64_t bits = ~g->bits[w >> 6] >> (w & 63);
    if (bits) {
      w += (uint32_t)__builtin_ctzll(bits);
      return w < nwords ? w << 3 : g->used;
    }
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

/* The forwarding phases count bits: with the CPU's popcnt instruction
** where it has one (an ifunc picks the clone at load time), so the binary
** still runs on any x86-64. */
#if defined(__x86_64__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#endif
#endif
#ifndef POPCOUNT_CLONES
#define POPCOUNT_CLONES
#endif

POPCOUNT_CLONES static void compute_blocks(gc *g) {
  uint32_t n = (g->used + 511) >> 9, live = 0;
  for (uint32_t b = 0; b < n; b++) {
    g->block[b] = live;
    live += (uint32_t)__builtin_popcountll(g->bits[b]);
  }
  g->block[n] = live;
}

static inline __attribute__((always_inline)) uint32_t forward(const gc *g, uint32_t off) {
  uint32_t b = off >> 9, bit = (off >> 3) & 63;
  uint64_t below = g->bits[b] & ((UINT64_C(1) << bit) - 1);
  return 8 * (g->block[b] + (uint32_t)__builtin_popcountll(below)) + g->shift;
}

static inline __attribute__((always_inline)) void update(const gc *g, mt_value *v) {
  if (mt_is_ref(*v)) *v = mt_ref_moved(*v, forward(g, mt_ref_off(*v)));
}

static inline __attribute__((always_inline)) void update_object(const gc *g, uint32_t off) {
  mt_obj *o = (mt_obj *)(g->base + off);
  mt_span s = mt_obj_span(o);
  mt_value *v = (mt_value *)((uint8_t *)o + s.at);
  for (uint32_t i = 0; i < s.count; i++, v += s.stride)
    for (uint32_t w = 0; w < s.width; w++) update(g, &v[w]);
}

/* Rewrite the references in the roots and the live objects: the logged
** ones when the log is complete (objects without values are not even
** read), else every live object in address order. */
POPCOUNT_CLONES static void update_all(gc *g) {
  mt_heap *h = (mt_heap *)g->base;
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) update(g, &h->roots[r]);
  if (g->logging) {
    for (uint32_t k = 0; k < g->nlog; k++) update_object(g, g->stack[g->cap - 1 - k]);
    return;
  }
  for (uint32_t off = next_live(g, MT_HEAP_FIRST); off < g->used; off = after(g, off)) update_object(g, off);
}

/* Copy the live objects to their forward addresses from dst (the arena
** itself, sliding down in address order, or a fresh one), a run of
** adjacent live objects at a time: the bitmap gives the runs, no header
** is read. Returns the new used. */
POPCOUNT_CLONES static uint32_t move_all(gc *g, uint8_t *dst) {
  uint32_t to = MT_HEAP_FIRST + g->shift;
  for (uint32_t off = next_live(g, MT_HEAP_FIRST); off < g->used;) {
    uint32_t end = next_dead(g, off);
    to = forward(g, off);
    if (dst + to != g->base + off) memmove(dst + to, g->base + off, end - off);
    to += end - off;
    off = next_live(g, end);
  }
  return to;
}

#ifdef MT_GC_STRESS
/* Retire the current arena: inaccessible, reserved until
** MT_GC_STRESS_KEEP more collections have happened. */
static void retire(mt_vm *vm) {
  mt_arena *slot = &vm->retired[vm->retired_next++ % MT_GC_STRESS_KEEP];
  mt_arena_unmap(slot);
  *slot = vm->arena;
  mt_arena_poison(slot);
}

/* Copy the header and the live objects into a fresh mapping, behind a
** filler of 8 or 16 bytes (the other size than last time), and retire the
** old arena. Returns the new used, or 0 when no mapping could be had
** (nothing changed then). */
static uint32_t move_to_fresh_arena(gc *g) {
  mt_vm *vm = g->vm;
  mt_arena fresh;
  uint32_t pad = mt_hdr(vm)->gc_count & 1 ? 16 : 8;
  /* When nothing is garbage the moved heap is pad bytes longer: commit
  ** room for it and the verifier's workspace, not just the old commit. */
  uint64_t need = (uint64_t)g->used + pad;
  need += mt_heap_workspace(need);
  if (mt_arena_acquire(NULL, vm->arena.reserved, &fresh)) return 0;
  if (mt_arena_commit(&fresh, need > vm->arena.committed ? need : vm->arena.committed)) {
    mt_arena_unmap(&fresh);
    return 0;
  }
  g->shift = pad;
  update_all(g);
  memcpy(fresh.base, g->base, MT_HEAP_FIRST);
  mt_obj *filler = (mt_obj *)(fresh.base + MT_HEAP_FIRST);
  filler->size = pad;
  filler->type = MT_T_FILLER;
  uint32_t to = move_all(g, fresh.base);
  retire(vm);
  vm->arena = fresh;
  vm->base = fresh.base;
  return to;
}
#endif

void mt_gc_forget(mt_vm *vm) {
#ifdef MT_GC_STRESS
  for (uint32_t i = 0; i < MT_GC_STRESS_KEEP; i++) mt_arena_unmap(&vm->retired[i]);
#else
  (void)vm;
#endif
}

int mt_gc_collect(mt_vm *vm) {
  mt_heap *h = mt_hdr(vm);
  uint32_t used = h->used;
  uint64_t ws = mt_heap_workspace(used);
  if (mt_arena_commit(&vm->arena, used + ws)) return -1;
  mt_heap_refresh(vm);
  gc g = {.vm = vm, .base = vm->base, .used = used, .logging = true};
  uint32_t nbits = (used + 511) >> 9;
  g.bits = (uint64_t *)(vm->base + used);
  g.block = (uint32_t *)(g.bits + nbits);
  g.stack = g.block + nbits + 1;
  g.cap = (uint32_t)((vm->base + used + ws - (uint8_t *)g.stack) / 4);
  mark_all(&g);
  compute_blocks(&g);
  uint32_t live = 0;
#ifdef MT_GC_STRESS
  live = move_to_fresh_arena(&g);
#endif
  if (!live) {
    update_all(&g);
    live = move_all(&g, vm->base);
    memset(vm->base + live, 0, used + ws - live);
  }
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
  uint64_t step = 2 * live > MT_GC_MIN_STEP ? 2 * live : MT_GC_MIN_STEP;
  if (step > headroom / 2) step = headroom / 2;
  h->live = (uint32_t)live;
  h->gc_trigger = (uint32_t)(live + step);
}
