/*
** gen.h: the generator protocol (PEP 342, PEP 380, PEP 479): resuming a
** generator with a value or an exception, closing it, and the delegation
** of a `yield from` to its sub-iterator.
**
** A generator (call.h) owns a frame that is linked into the frame chain
** while it runs and unlinked while it is suspended. A suspended frame is
** in one of two places:
**
**   at a YIELD       pc is just past it; resuming stores the value sent
**                    in the YIELD's A register; throwing stores the
**                    exception there and sets MT_FRAME_THROW, and the VM
**                    raises it when it enters the frame
**   at a YIELDFROM   pc is on it (it runs again when resumed); resuming
**                    stores the value sent in R[B+1] (None: next()),
**                    throwing stores the exception there and sets
**                    MT_FRAME_THROW, and the YIELDFROM then forwards it
**                    to the delegate in R[B] (mt_gen_delegate)
**
** Nothing here recurses on the C stack: every operation links at most one
** frame and returns; the VM runs it. Results reach native frames through
** the continuations GEN_SEND and GEN_CLOSE (native.h).
*/
#ifndef MT_GEN_H
#define MT_GEN_H

#include "heap.h"

/* next(gen) (sent = None) or gen.send(sent): link its frame on top to run.
** Returns MT_NULL (linked), MT_STOP when it is exhausted, or MT_EXC
** ("generator already executing", "can't send non-None value to a
** just-started generator", RecursionError). */
MT_INTERNAL mt_value mt_gen_resume(mt_vm *vm, mt_value gen, mt_value sent);

/* gen.throw(exc), exc an exception instance: raise it where the generator
** is suspended, its __context__ untouched. Returns MT_NULL (its frame is
** linked and will raise exc, or forward it to its delegate) or MT_EXC (exc
** when the generator is finished or not started, or an error). */
MT_INTERNAL mt_value mt_gen_throw(mt_vm *vm, mt_value gen, mt_value exc);

/* gen.close(): throw GeneratorExit in and wait for the frame to finish,
** in a native frame (GEN_CLOSE) that then returns None, or raises `after`
** instead when it is not MT_NULL (a delegating generator's own exception,
** once its delegate is closed). RuntimeError "generator ignored
** GeneratorExit" when the generator yields. Returns a value, MT_NULL
** (frames pushed) or MT_EXC. */
MT_INTERNAL mt_value mt_gen_close(mt_vm *vm, mt_value gen, mt_value after);

/* One step of the YIELDFROM at the pc of frame `frame`, delegate in R[b]:
** next(delegate), delegate.send(R[b+1]), or forwarding the exception in
** R[b+1] (MT_FRAME_THROW; a GeneratorExit closes the delegate first).
** Returns an item to yield, MT_STOP (the delegate is exhausted: see
** mt_gen_return_value), MT_NULL (frames pushed) or MT_EXC (raised in
** `frame`, or in a frame linked above it). */
MT_INTERNAL mt_value mt_gen_delegate(mt_vm *vm, mt_value frame, uint32_t b);

/* What exhausted iterator `it` returned: a finished generator's return
** value, None for anything else. */
MT_INTERNAL mt_value mt_gen_return_value(mt_vm *vm, mt_value it);

/* Raise StopIteration carrying `value` (no arguments when it is None), as
** a generator's return does. Returns MT_EXC. */
MT_INTERNAL mt_value mt_gen_stop(mt_vm *vm, mt_value value);

/* PEP 479: the exception that leaves a generator's frame when `exc` does:
** RuntimeError("generator raised StopIteration") caused by a
** StopIteration, exc itself otherwise (or when that cannot be made). */
MT_INTERNAL mt_value mt_gen_escape(mt_vm *vm, mt_value exc);

#endif
