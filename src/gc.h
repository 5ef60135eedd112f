/*
** gc.h: the garbage collector: precise, tracing, sliding (objects keep
** their order and move down, so the used region holds only live bytes).
** It runs only at safe points chosen by the VM or on request, never
** inside an allocation; see the invariants at the top of gc.c.
*/
#ifndef MT_GC_H
#define MT_GC_H

#include "heap.h"

/* Bytes a collection leaves allocatable before the next is due: at least
** this much, at most half the headroom under max_memory. */
#define MT_GC_MIN_STEP (UINT32_C(256) << 10)

/* Collect now. Every live value must be reachable from the header roots:
** values held only in C locals are not updated and become stale.
** Returns 0, or -1 if the collector's workspace could not be committed
** (nothing changed then). */
MT_INTERNAL int mt_gc_collect(mt_vm *vm);

/* Where the VM may collect (backward jumps, calls, returns): collects when
** enough has been allocated since the last collection (in stress mode:
** always, see gc.c). Returns true if it collected: then every pointer
** derived from vm->base, mt_hdr(vm) included, must be derived again (in
** stress mode the whole arena moves). */
static inline bool mt_gc_safepoint(mt_vm *vm) {
#ifdef MT_GC_STRESS
  mt_gc_collect(vm);
  return true;
#else
  if (MT_LIKELY(mt_hdr(vm)->used <= mt_hdr(vm)->gc_trigger)) return false;
  mt_gc_collect(vm);
  return true;
#endif
}

/* Release what the collector holds besides the arena (stress mode's old
** arenas); mt_heap_close calls it. */
MT_INTERNAL void mt_gc_forget(mt_vm *vm);

/* Set the next trigger from the current used size (after a collection or
** a snapshot load): used + max(2 * used, MT_GC_MIN_STEP), capped at half
** the remaining headroom so garbage alone can never reach the memory cap
** between two safe points. Twice the live size: a collection's cost grows
** with the live data, so each costs half as much per allocated byte as with
** a step of one live size, for a heap at most 3x live. */
MT_INTERNAL void mt_gc_reset_trigger(mt_vm *vm);

#endif
