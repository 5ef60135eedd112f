/*
** vm.h: the virtual machine: the dispatch loop over register bytecode
** (opcodes.h) whose whole state is in the arena.
**
** Python-to-Python calls never recurse on the C stack: a call pushes an
** arena frame and the loop continues in it (Lua's `goto startfunc`), a
** return pops it. Natives that need Python calls go through native frames
** (native.h). So the C stack holds nothing between instructions, and the
** loop can stop at any backward jump or call and be resumed later, in this
** process or (after a snapshot) in another one.
**
** Budget: every backward jump, call and return costs one tick; when the
** budget given to mt_vm_run runs out, it returns MT_VM_PAUSED with the
** state saved, and the next mt_vm_run continues exactly there. The
** collector runs at the same points (gc.h safe points).
*/
#ifndef MT_VM_H
#define MT_VM_H

#include "heap.h"

typedef enum {
  MT_VM_DONE,   /* the bottom frame returned: its value is the RESULT root */
  MT_VM_ERROR,  /* an exception left the bottom frame: it is pending (exc.h) */
  MT_VM_PAUSED, /* the budget ran out; mt_vm_run again to continue */
} mt_vm_status;

/* Make a freshly opened heap (mt_heap_open) ready for the VM: register
** the native-function table. */
MT_INTERNAL void mt_vm_init(mt_vm *vm);

/* Set up a run of code object `code` (a module body) in the GLOBALS root:
** __name__ and __doc__ are bound there unless the host bound them, and
** the code's frame becomes the bottom one. Returns 0 or -1 (MemoryError). */
MT_INTERNAL int mt_vm_start(mt_vm *vm, mt_value code);

/* Run until the bottom frame returns, an exception escapes it, or budget
** ticks are used up (UINT64_MAX: no limit). */
MT_INTERNAL mt_vm_status mt_vm_run(mt_vm *vm, uint64_t budget);

/* Raise exc in a paused run, as if the instruction about to run raised it
** (how the host delivers a time limit). The next mt_vm_run unwinds it. */
MT_INTERNAL void mt_vm_throw(mt_vm *vm, mt_value exc);

/* Is the interpreter in the middle of a run (paused)? */
static inline bool mt_vm_running(mt_vm *vm) { return *mt_root(vm, MT_ROOT_FRAME) != MT_NULL; }

/* Abandon a paused run: drop its frames. */
MT_INTERNAL void mt_vm_reset(mt_vm *vm);

#endif
