/*
** call.h: Python function objects and their frames: MAKEFUNC's function
** construction, and binding a call's arguments to a new frame's
** parameter registers with CPython 3.11's semantics and messages
** (positional-only, keyword-only, defaults, *args, **kwargs).
**
** Frames live in the arena and chain through `back`; the header's FRAME
** root is the newest. A frame's pc is the index of the instruction it
** resumes at; while a frame has another above it, the instruction at
** pc - 1 is the one that made that call (CALL, CALLMETHOD, CALLEX or
** FORITER): it says where the callee's result goes.
**
** Native frames (mt_native_frame) hold the state of a native waiting for a
** Python call's result: code MT_NULL, flags MT_FRAME_NATIVE | continuation
** index; regs[MT_FRAME_PENDING] and regs[MT_FRAME_PENDING_KIND] a result
** computed without frames, waiting to be handed to the continuation (kind
** MT_PENDING_NONE, _VALUE, _STOP or _EXC (an exception a catching frame
** caught, native.h), a small int); regs[MT_FRAME_STATE..]
** the native's state.
*/
#ifndef MT_CALL_H
#define MT_CALL_H

#include "heap.h"

/* Frame flags. */
#define MT_FRAME_NATIVE UINT32_C(0x80000000)  /* a native frame; low bits: continuation */
#define MT_FRAME_GEN UINT32_C(0x40000000)     /* a generator's frame (owned by it) */
#define MT_FRAME_DONE UINT32_C(0x20000000)    /* a generator's frame that returned */
#define MT_FRAME_RUNNING UINT32_C(0x10000000) /* a generator's frame in the chain */
#define MT_FRAME_THROW UINT32_C(0x08000000)   /* a generator's frame resumed to throw (gen.h) */
#define MT_FRAME_CATCH UINT32_C(0x04000000)   /* a native frame that catches (mt_native_catch) */
#define MT_FRAME_CONT_MASK UINT32_C(0xFFFF)

enum { MT_FRAME_PENDING, MT_FRAME_PENDING_KIND, MT_FRAME_STATE };
enum { MT_PENDING_NONE, MT_PENDING_VALUE, MT_PENDING_STOP, MT_PENDING_EXC };

static inline bool mt_frame_is_native(const mt_frame *f) { return (f->flags & MT_FRAME_NATIVE) != 0; }

/* A function for code object `code` made by the MAKEFUNC at frame f's
** registers: defaults from regs[first..], closure cells from the
** registers its free variables name. Returns the function or MT_EXC. */
MT_INTERNAL mt_value mt_call_make_function(mt_vm *vm, mt_value frame, mt_value code, uint32_t first);

/* Push the frame calling Python function fn: self (unless MT_NULL) then
** args[0..nargs) positionally, then the keyword values args[nargs..]
** named by kwnames (a tuple, or MT_NULL). The frame goes on top of the
** FRAME root. Returns 0, or -1 with TypeError (bad call), RecursionError
** or MemoryError pending. args may point into the arena. */
MT_INTERNAL int mt_call_push(mt_vm *vm, mt_value fn, mt_value self, const mt_value *args,
                             uint32_t nargs, mt_value kwnames);

/* Calling a generator function: the frame, bound like a call's but not
** linked, inside a new generator object (ITER layout, a = the frame or
** MT_NULL once it is finished, b = the function's qualified name).
** Returns the generator or MT_EXC. gen.h resumes it. */
MT_INTERNAL mt_value mt_call_generator(mt_vm *vm, mt_value fn, mt_value self, const mt_value *args,
                                       uint32_t nargs, mt_value kwnames);

/* Push a frame running code object `code` (a module body, no arguments)
** in globals. Returns 0 or -1. */
MT_INTERNAL int mt_call_push_code(mt_vm *vm, mt_value code, mt_value globals);

/* Pop the top frame (a Python or native one): the FRAME root becomes its
** caller. Its memory goes back to the bump space when it is the newest
** object, unless a generator owns it (it is then only unlinked). */
MT_INTERNAL void mt_call_pop(mt_vm *vm);

/* ---- the fast paths of calls and returns (the VM inlines them) ---- */

/* Fill in the frame just allocated at off for code (nregs registers):
** args[0..nargs) in the first registers, the others unbound. */
static inline mt_frame *mt_frame_init(mt_vm *vm, uint32_t off, uint32_t nregs, mt_value fn, mt_value code,
                                      mt_value globals, const mt_value *args, uint32_t nargs) {
  mt_frame *f = mt_ptr(vm, off);
  f->nregs = nregs;
  f->back = *mt_root(vm, MT_ROOT_FRAME);
  f->func = fn;
  f->code = code;
  f->globals = globals;
  f->exc = MT_NULL;
  for (uint32_t i = 0; i < nargs; i++) f->regs[i] = args[i];
  for (uint32_t i = nargs; i < nregs; i++) f->regs[i] = MT_NULL;
  return f;
}

/* Make the frame at off the top one. */
static inline void mt_frame_link(mt_vm *vm, uint32_t off) {
  *mt_root(vm, MT_ROOT_FRAME) = mt_ref(MT_T_FRAME, off);
  mt_hdr(vm)->depth++;
}

/* mt_call_push's common case: fn (a Python function, not a generator
** function, without free variables) given exactly its positional
** parameters and nothing else. Returns 1 when the frame is pushed, 0 when
** the call needs mt_call_push (other shapes, RecursionError), -1 with
** MemoryError pending. */
static inline int mt_call_push_plain(mt_vm *vm, mt_value fnv, const mt_value *args, uint32_t nargs) {
  const mt_function *fn = MT_OBJ(vm, mt_function, fnv);
  const mt_code *c = MT_OBJ(vm, mt_code, fn->code);
  const mt_heap *h = mt_hdr(vm);
  if (nargs != c->nparams || nargs != c->argcount || c->nfree || h->depth >= h->max_depth) return 0;
  uint32_t off = mt_heap_alloc(vm, MT_T_FRAME, mt_frame_size(c->nregs));
  if (!off) return -1;
  mt_frame_init(vm, off, c->nregs, fnv, fn->code, fn->globals, args, nargs);
  mt_frame_link(vm, off);
  return 1;
}

/* mt_call_pop for a frame that no generator owns (f is the top frame). */
static inline void mt_call_pop_plain(mt_vm *vm, mt_frame *f) {
  mt_heap *h = mt_hdr(vm);
  uint32_t off = (uint32_t)((uint8_t *)f - vm->base), size = f->h.size;
  *mt_root(vm, MT_ROOT_FRAME) = f->back;
  h->depth--;
  if (off + size != h->used) return;
  /* Back to the bump space, zeroed by word (frames are small). */
  uint64_t *w = (uint64_t *)f;
  for (uint32_t k = 0; k < size / 8; k++) w[k] = 0;
  h->used = off;
}

#endif
