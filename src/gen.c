/*
** gen.c: the generator protocol: next/send/throw/close on a generator's
** frame, the methods generator.send, .throw and .close, yield-from
** delegation, and PEP 479 (gen.h).
**
** CPython's genobject.c is the model, check for check: the same states
** refuse the same operations with the same messages, and a delegating
** generator forwards send and throw to a sub-generator and closes it
** before it is closed itself (PEP 380). Where CPython calls into the
** sub-generator, this links its frame and lets the VM run it.
*/
#include "gen.h"

#include "call.h"
#include "drive.h"
#include "exc.h"
#include "native.h"
#include "opcodes.h"
#include "tuple.h"

typedef enum { GS_DONE, GS_RUNNING, GS_CREATED, GS_AT_YIELD, GS_AT_YIELDFROM } gen_state;

static mt_frame *frame_of(mt_vm *vm, mt_value gen) { return MT_OBJ(vm, mt_frame, MT_OBJ(vm, mt_iter, gen)->a); }

/* Where generator gen is; *ins receives the YIELD or YIELDFROM it is
** suspended at. */
static gen_state state_of(mt_vm *vm, mt_value gen, mt_instr *ins) {
  if (MT_OBJ(vm, mt_iter, gen)->a == MT_NULL) return GS_DONE;
  mt_frame *f = frame_of(vm, gen);
  if (f->flags & MT_FRAME_DONE) return GS_DONE;
  if (f->flags & MT_FRAME_RUNNING) return GS_RUNNING;
  if (f->pc == 0) return GS_CREATED;
  const mt_instr *code = MT_OBJ(vm, mt_code, f->code)->code;
  *ins = code[f->pc - 1];
  if (mt_instr_op(*ins) == MT_OP_YIELD) return GS_AT_YIELD;
  *ins = code[f->pc];
  mt_assert(mt_instr_op(*ins) == MT_OP_YIELDFROM);
  return GS_AT_YIELDFROM;
}

/* A finished (or never started, now abandoned) generator drops its frame. */
static void finish(mt_vm *vm, mt_value gen) { MT_OBJ(vm, mt_iter, gen)->a = MT_NULL; }

static mt_value already_executing(mt_vm *vm) {
  return mt_raise(vm, MT_T_VALUE_ERROR, "generator already executing");
}

/* Link gen's frame on top of the chain, running. MT_NULL or MT_EXC. */
static mt_value link(mt_vm *vm, mt_value gen) {
  mt_heap *h = mt_hdr(vm);
  if (h->depth >= h->max_depth) return mt_raise(vm, MT_T_RECURSION_ERROR, "maximum recursion depth exceeded");
  mt_frame *f = frame_of(vm, gen);
  f->back = *mt_root(vm, MT_ROOT_FRAME);
  f->flags |= MT_FRAME_RUNNING;
  *mt_root(vm, MT_ROOT_FRAME) = MT_OBJ(vm, mt_iter, gen)->a;
  h->depth++;
  return MT_NULL;
}

mt_value mt_gen_resume(mt_vm *vm, mt_value gen, mt_value sent) {
  mt_instr ins = 0;
  switch (state_of(vm, gen, &ins)) {
  case GS_DONE: finish(vm, gen); return MT_STOP;
  case GS_RUNNING: return already_executing(vm);
  case GS_CREATED:
    if (sent != MT_NONE)
      return mt_raise(vm, MT_T_TYPE_ERROR, "can't send non-None value to a just-started generator");
    break;
  case GS_AT_YIELD: frame_of(vm, gen)->regs[mt_instr_a(ins)] = sent; break;
  case GS_AT_YIELDFROM: frame_of(vm, gen)->regs[mt_instr_b(ins) + 1] = sent; break;
  }
  return link(vm, gen);
}

/* Resume gen to raise exc where it is suspended. thrown: as throw() does,
** leaving exc's __context__ alone (the VM raises it when the frame is
** next on top, vm.c); else as close() does, raised here and now. A
** generator that has not started gets it before its first instruction,
** outside any try block (vm.c unwind): that finishes it, a StopIteration
** becoming RuntimeError. */
static mt_value throw_in(mt_vm *vm, mt_value gen, mt_value exc, bool thrown) {
  mt_instr ins = 0;
  gen_state s = state_of(vm, gen, &ins);
  if (s == GS_RUNNING) return already_executing(vm);
  if (s == GS_DONE) {
    finish(vm, gen);
    return mt_raise_value(vm, exc);
  }
  if (link(vm, gen) == MT_EXC) return MT_EXC;
  if (s == GS_CREATED || (s == GS_AT_YIELD && !thrown)) return mt_raise_value(vm, exc);
  mt_frame *f = frame_of(vm, gen);
  f->regs[s == GS_AT_YIELD ? mt_instr_a(ins) : mt_instr_b(ins) + 1] = exc;
  f->flags |= MT_FRAME_THROW;
  return MT_NULL;
}

mt_value mt_gen_throw(mt_vm *vm, mt_value gen, mt_value exc) { return throw_in(vm, gen, exc, true); }

/* state of the GEN_CLOSE continuation: the exception to raise once the
** generator has finished, or None to return None. */
enum { GC_AFTER, GC_NSTATE };

mt_value mt_gen_close(mt_vm *vm, mt_value gen, mt_value after) {
  mt_instr ins = 0;
  switch (state_of(vm, gen, &ins)) {
  case GS_RUNNING: return already_executing(vm);
  case GS_DONE:
  case GS_CREATED: finish(vm, gen); return after == MT_NULL ? MT_NONE : mt_raise_value(vm, after);
  default: break;
  }
  mt_value args = mt_tuple_new(vm, 0);
  mt_value exit = args == MT_EXC ? MT_EXC : mt_exc_new(vm, MT_T_GENERATOR_EXIT, args);
  mt_value *st = exit == MT_EXC ? NULL : mt_native_frame(vm, MT_CONT_GEN_CLOSE, GC_NSTATE);
  if (!st) return MT_EXC;
  st[GC_AFTER] = after == MT_NULL ? MT_NONE : after;
  mt_native_catch(vm);
  return throw_in(vm, gen, exit, false);
}

/* The generator being closed yielded (a value), returned (MT_STOP) or
** raised (MT_EXC, pending): GeneratorExit and StopIteration mean it
** finished as asked. */
mt_value mt_cont_gen_close(mt_vm *vm, mt_value *st, mt_value result) {
  if (result == MT_EXC) {
    if (!mt_exc_matches(vm, MT_T_GENERATOR_EXIT) && !mt_exc_matches(vm, MT_T_STOP_ITERATION)) return MT_EXC;
    mt_exc_clear(vm);
  } else if (result != MT_STOP) {
    return mt_raise(vm, MT_T_RUNTIME_ERROR, "generator ignored GeneratorExit");
  }
  return st[GC_AFTER] == MT_NONE ? MT_NONE : mt_raise_value(vm, st[GC_AFTER]);
}

const char *mt_cont_gen_close_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  mt_value a = st[GC_AFTER];
  bool exc = mt_is_ref(a) && mt_type_is_exc(mt_ref_type(a));
  return nstate == GC_NSTATE && (a == MT_NONE || exc) ? NULL : "bad generator close() state";
}

mt_value mt_gen_delegate(mt_vm *vm, mt_value frame, uint32_t b) {
  mt_frame *f = MT_OBJ(vm, mt_frame, frame);
  mt_value d = f->regs[b], payload = f->regs[b + 1];
  bool throwing = (f->flags & MT_FRAME_THROW) != 0;
  f->flags &= ~MT_FRAME_THROW;
  f->regs[b + 1] = MT_NONE;
  bool sub = mt_is_ref_type(d, MT_T_GENERATOR);
  if (throwing) {
    /* The iterators that are not generators have no close() or throw():
    ** the exception is raised here (CPython's throw_here). */
    if (!sub) return mt_raise_value(vm, payload);
    if (mt_type_issubclass(mt_exc_type(vm, payload), MT_T_GENERATOR_EXIT)) return mt_gen_close(vm, d, payload);
    return mt_gen_throw(vm, d, payload);
  }
  if (payload == MT_NONE) return mt_drive_next(vm, d);
  if (sub) return mt_gen_resume(vm, d, payload);
  return mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "'%T' object has no attribute 'send'", d);
}

mt_value mt_gen_return_value(mt_vm *vm, mt_value it) {
  if (!mt_is_ref_type(it, MT_T_GENERATOR)) return MT_NONE;
  mt_value fv = MT_OBJ(vm, mt_iter, it)->a;
  if (fv == MT_NULL) return MT_NONE;
  mt_frame *f = MT_OBJ(vm, mt_frame, fv);
  return (f->flags & MT_FRAME_DONE) && f->nregs ? f->regs[0] : MT_NONE;
}

mt_value mt_gen_stop(mt_vm *vm, mt_value value) {
  mt_value args = value == MT_NONE ? mt_tuple_new(vm, 0) : mt_tuple_from(vm, &value, 1);
  return args == MT_EXC ? MT_EXC : mt_raise_args(vm, MT_T_STOP_ITERATION, args);
}

mt_value mt_gen_escape(mt_vm *vm, mt_value exc) {
  if (!mt_is_ref(exc) || !mt_type_issubclass(mt_exc_type(vm, exc), MT_T_STOP_ITERATION)) return exc;
  mt_raise(vm, MT_T_RUNTIME_ERROR, "generator raised StopIteration");
  mt_value e = mt_exc_normalize(vm);
  if (e == MT_EXC) return mt_exc_pending(vm);
  mt_exc_set_cause(vm, e, exc);
  mt_exc_set_context(vm, e, exc);
  return e;
}

/* ---- the methods ---- */

/* state of the GEN_SEND continuation (send and throw): the generator. */
enum { GSEND_GEN, GSEND_NSTATE };

/* Open the GEN_SEND frame that turns gen's next yield into the method's
** result and its return into StopIteration. */
static bool send_frame(mt_vm *vm, mt_value gen) {
  mt_value *st = mt_native_frame(vm, MT_CONT_GEN_SEND, GSEND_NSTATE);
  if (!st) return false;
  st[GSEND_GEN] = gen;
  return true;
}

mt_value mt_cont_gen_send(mt_vm *vm, mt_value *st, mt_value result) {
  if (result != MT_STOP) return result;
  return mt_gen_stop(vm, mt_gen_return_value(vm, st[GSEND_GEN]));
}

const char *mt_cont_gen_send_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  return nstate == GSEND_NSTATE && mt_is_ref_type(st[GSEND_GEN], MT_T_GENERATOR) ? NULL : "bad generator send() state";
}

mt_value mt_m_generator_send(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "generator.send", kwnames) || mt_args_one(vm, "generator.send", nargs - 1, kwnames))
    return MT_EXC;
  mt_instr ins = 0;
  if (state_of(vm, args[0], &ins) == GS_DONE) {
    finish(vm, args[0]);
    return mt_gen_stop(vm, MT_NONE);
  }
  if (!send_frame(vm, args[0])) return MT_EXC;
  return mt_gen_resume(vm, args[0], args[1]);
}

/* throw's arguments as one exception instance (CPython's _gen_throw):
** a class instantiated with the value (a tuple is its arguments, an
** instance of the class is used as is), or an instance with no value. */
static mt_value thrown_exception(mt_vm *vm, mt_value typ, mt_value val, mt_value tb) {
  if (tb != MT_NONE) return mt_raise(vm, MT_T_TYPE_ERROR, "throw() third argument must be a traceback object");
  if (mt_is_type(typ) && mt_type_is_exc(mt_type_of_value(typ))) {
    uint32_t t = mt_type_of_value(typ);
    if (mt_is_ref(val) && mt_type_is_exc(mt_ref_type(val)) && mt_type_issubclass(mt_ref_type(val), t)) return val;
    mt_value a = val == MT_NONE ? mt_tuple_new(vm, 0)
                 : mt_is_ref_type(val, MT_T_TUPLE) ? val
                                                   : mt_tuple_from(vm, &val, 1);
    return a == MT_EXC ? MT_EXC : mt_exc_new(vm, t, a);
  }
  if (mt_is_ref(typ) && mt_type_is_exc(mt_ref_type(typ))) {
    if (val != MT_NONE) return mt_raise(vm, MT_T_TYPE_ERROR, "instance exception may not have a separate value");
    return typ;
  }
  return mt_raise(vm, MT_T_TYPE_ERROR, "exceptions must be classes or instances deriving from BaseException, not %T",
                  typ);
}

mt_value mt_m_generator_throw(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "generator.throw", kwnames) || mt_args_count(vm, "throw", nargs - 1, 1, 3)) return MT_EXC;
  mt_value exc = thrown_exception(vm, args[1], nargs > 2 ? args[2] : MT_NONE, nargs > 3 ? args[3] : MT_NONE);
  if (exc == MT_EXC) return MT_EXC;
  mt_instr ins = 0;
  gen_state s = state_of(vm, args[0], &ins);
  if (s == GS_DONE || s == GS_CREATED || s == GS_RUNNING) return mt_gen_throw(vm, args[0], exc);
  if (!send_frame(vm, args[0])) return MT_EXC;
  return mt_gen_throw(vm, args[0], exc);
}

mt_value mt_m_generator_close(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_none(vm, "generator.close", nargs - 1, kwnames)) return MT_EXC;
  return mt_gen_close(vm, args[0], MT_NULL);
}
