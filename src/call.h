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

#endif
