/*
** verify.h: the heap verifier. It checks an arena's header and every
** object in [MT_HEAP_FIRST, used): headers, sizes, type ids, lengths
** against sizes, UTF-8 of str, dict index/entry consistency, set tables,
** code object fields, and every reference (aligned, in bounds, at an
** object start whose type matches the reference's type byte, of a type the
** field allows). Code objects' bytecode is checked as the compiler's
** protos are (proto_verify.h: operands, windows, jumps, EXTRAARG, cells,
** exception and line tables), against their tables' sizes. Frames: a pc
** the VM can resume at (the frames below the top one just after a call),
** generator frames at a yield, running exactly when in the chain, native
** frames with a known continuation, a pending result only on top, and a
** state that continuation's own check accepts (native.h). It runs after
** every collection in debug builds, and it is what a snapshot loader uses
** to reject corrupt or hostile images.
**
** It never trusts the bytes: all arithmetic is overflow-safe, nothing is
** read before the bounds that cover it are checked, each object is visited
** a bounded number of times and there is no recursion, so arbitrary input
** cannot crash it or make it loop. It needs the workspace after used
** (mt_heap_workspace) committed, and leaves it zeroed.
*/
#ifndef MT_VERIFY_H
#define MT_VERIFY_H

#include "heap.h"

typedef struct mt_verify_error {
  uint32_t at;      /* offset of the offending object (0: the header) */
  char what[120];
} mt_verify_error;

/* 0 if the heap is well formed, else -1 with *err describing the first
** problem found. */
MT_INTERNAL int mt_verify_heap(mt_vm *vm, mt_verify_error *err);
/* Print err to stderr (debug builds). */
MT_INTERNAL void mt_verify_report(const mt_verify_error *err);

#endif
