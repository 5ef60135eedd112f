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
** enough has been allocated since the last collection. */
static inline void mt_gc_safepoint(mt_vm *vm) {
  if (MT_UNLIKELY(mt_hdr(vm)->used > mt_hdr(vm)->gc_trigger)) mt_gc_collect(vm);
}

/* Set the next trigger from the current used size (after a collection or
** a snapshot load): used + max(used, MT_GC_MIN_STEP), capped at half the
** remaining headroom so garbage alone can never reach the memory cap
** between two safe points. */
MT_INTERNAL void mt_gc_reset_trigger(mt_vm *vm);

#endif
