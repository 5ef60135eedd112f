/*
** exc.c: exception objects and the pending-exception slot.
*/
#include "exc.h"

#include <stdarg.h>

#include "codeobj.h"
#include "sb.h"
#include "tuple.h"

mt_value mt_raise_value(mt_vm *vm, mt_value exc) {
  *mt_root(vm, MT_ROOT_EXC) = exc;
  return MT_EXC;
}

mt_value mt_raise_type(mt_vm *vm, uint32_t type) { return mt_raise_value(vm, mt_type_value(type)); }

mt_value mt_exc_new(mt_vm *vm, uint32_t type, mt_value args) {
  mt_assert(mt_type_is_exc(type));
  uint32_t off = mt_heap_alloc(vm, type, sizeof(mt_exc));
  if (!off) return MT_EXC;
  mt_exc *e = mt_ptr(vm, off);
  e->args = args;
  e->traceback = e->cause = e->context = e->dict = e->name = e->obj = MT_NULL;
  return mt_ref(type, off);
}

/* The args tuple (message,) of a formatted message. */
static mt_value message_args(mt_vm *vm, const char *fmt, va_list ap) {
  mt_sb sb;
  if (mt_sb_init(vm, &sb, 64) || mt_sb_vformat(vm, &sb, fmt, ap)) return MT_EXC;
  mt_value msg = mt_sb_finish(vm, &sb);
  return msg == MT_EXC ? MT_EXC : mt_tuple_from(vm, &msg, 1);
}

mt_value mt_raise_name(mt_vm *vm, uint32_t type, mt_value name, mt_value obj, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  mt_value args = message_args(vm, fmt, ap);
  va_end(ap);
  mt_value e = args == MT_EXC ? MT_EXC : mt_exc_new(vm, type, args);
  if (e == MT_EXC) return MT_EXC;
  MT_OBJ(vm, mt_exc, e)->name = name;
  MT_OBJ(vm, mt_exc, e)->obj = obj;
  return mt_raise_value(vm, e);
}

mt_value mt_raise_args(mt_vm *vm, uint32_t type, mt_value args) {
  mt_value e = mt_exc_new(vm, type, args);
  return e == MT_EXC ? MT_EXC : mt_raise_value(vm, e);
}

/* Any failure while building the exception leaves MemoryError pending
** instead, which is what CPython reports in that situation too. */
mt_value mt_raise(mt_vm *vm, uint32_t type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  mt_value args = message_args(vm, fmt, ap);
  va_end(ap);
  return args == MT_EXC ? MT_EXC : mt_raise_args(vm, type, args);
}

mt_value mt_raise_key_error(mt_vm *vm, mt_value key) {
  mt_value args = mt_tuple_from(vm, &key, 1);
  return args == MT_EXC ? MT_EXC : mt_raise_args(vm, MT_T_KEY_ERROR, args);
}

mt_value mt_raise_unhashable(mt_vm *vm, mt_value v) {
  return mt_raise(vm, MT_T_TYPE_ERROR, "unhashable type: '%T'", v);
}

uint32_t mt_exc_type(mt_vm *vm, mt_value exc) {
  return mt_is_type(exc) ? mt_type_of_value(exc) : mt_obj_type(exc);
}

bool mt_exc_matches(mt_vm *vm, uint32_t type) {
  mt_value e = mt_exc_pending(vm);
  return e != MT_NULL && mt_type_issubclass(mt_exc_type(vm, e), type);
}

mt_value mt_exc_normalize(mt_vm *vm) {
  mt_value e = mt_exc_pending(vm);
  if (!mt_is_type(e)) return e;
  mt_value args = mt_tuple_new(vm, 0);
  if (args == MT_EXC) return MT_EXC;
  e = mt_exc_new(vm, mt_type_of_value(mt_exc_pending(vm)), args);
  if (e == MT_EXC) return MT_EXC;
  *mt_root(vm, MT_ROOT_EXC) = e;
  return e;
}

int mt_exc_add_traceback(mt_vm *vm, mt_value exc, mt_value code, uint32_t pc) {
  uint32_t off = mt_heap_alloc(vm, MT_T_TRACEBACK, sizeof(mt_tb));
  if (!off) return -1;
  mt_tb *tb = mt_ptr(vm, off);
  mt_exc *e = MT_OBJ(vm, mt_exc, exc);
  tb->pc = pc;
  tb->code = code;
  tb->next = e->traceback;
  e->traceback = mt_ref(MT_T_TRACEBACK, off);
  return 0;
}

uint32_t mt_exc_tb_line(mt_vm *vm, const mt_tb *tb) { return mt_codeobj_line(vm, tb->code, tb->pc); }

void mt_exc_set_cause(mt_vm *vm, mt_value exc, mt_value cause) {
  mt_exc *e = MT_OBJ(vm, mt_exc, exc);
  e->cause = cause;
  e->h.flags |= MT_OF_SUPPRESS_CONTEXT;
}

void mt_exc_set_context(mt_vm *vm, mt_value exc, mt_value context) {
  MT_OBJ(vm, mt_exc, exc)->context = context;
}

int mt_exc_depth_enter(mt_vm *vm, const char *what) {
  if (vm->c_depth >= vm->c_depth_limit) {
    mt_raise(vm, MT_T_RECURSION_ERROR, "maximum recursion depth exceeded%s", what);
    return -1;
  }
  vm->c_depth++;
  return 0;
}
