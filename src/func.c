/*
** func.c: constructors for code, functions, cells, methods and frames.
*/
#include "func.h"

#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "names.h"
#include "opcodes.h"
#include "tuple.h"

/* One line-table record (proto.h) covering n instructions at line 0. */
static mt_value one_line(mt_vm *vm, uint32_t n) {
  uint8_t rec[9];
  uint32_t k = 0;
  do {
    rec[k++] = (uint8_t)((n & 0x7F) | (n > 0x7F ? 0x80 : 0));
    n >>= 7;
  } while (n);
  memset(rec + k, 0, 4);
  return mt_bytes_new(vm, rec, k + 4);
}

mt_value mt_func_code_new(mt_vm *vm, uint32_t ninstr) {
  if (ninstr == 0 || ninstr > (UINT32_MAX - sizeof(mt_code)) / 4) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value empty_t = mt_tuple_new(vm, 0);
  mt_value empty_b = empty_t == MT_EXC ? MT_EXC : mt_bytes_alloc(vm, 0);
  mt_value lines = empty_b == MT_EXC ? MT_EXC : one_line(vm, ninstr);
  if (lines == MT_EXC) return MT_EXC;
  uint32_t off = mt_heap_alloc(vm, MT_T_CODE, mt_code_size(ninstr));
  if (!off) return MT_EXC;
  mt_code *c = mt_ptr(vm, off);
  c->ninstr = ninstr;
  c->nregs = 1;
  for (uint32_t i = 0; i < ninstr; i++) c->code[i] = MT_OP_RETURNNONE;
  c->name = c->qualname = c->filename = mt_name(MT_N_empty);
  c->consts = c->names = c->varnames = empty_t;
  c->vars = c->exctable = c->cache = empty_b;
  c->linetable = lines;
  return mt_ref(MT_T_CODE, off);
}

mt_value mt_func_docstring(mt_vm *vm, mt_value code) {
  mt_code *c = mt_func_code(vm, code);
  return (c->flags & MT_CO_DOC) ? mt_tuple_items(vm, c->consts)[0] : MT_NONE;
}

mt_value mt_func_new(mt_vm *vm, mt_value code, mt_value globals, mt_value name, mt_value qualname) {
  uint32_t off = mt_heap_alloc(vm, MT_T_FUNCTION, sizeof(mt_function));
  if (!off) return MT_EXC;
  mt_function *f = mt_ptr(vm, off);
  f->code = code;
  f->globals = globals;
  f->name = name;
  f->qualname = qualname;
  f->defaults = f->kwdefaults = f->closure = f->dict = MT_NULL;
  f->module = mt_name(MT_N___main__);
  f->doc = mt_func_docstring(vm, code);
  return mt_ref(MT_T_FUNCTION, off);
}

mt_value mt_func_cell_new(mt_vm *vm, mt_value v) {
  uint32_t off = mt_heap_alloc(vm, MT_T_CELL, sizeof(mt_cell));
  if (!off) return MT_EXC;
  ((mt_cell *)mt_ptr(vm, off))->v = v;
  return mt_ref(MT_T_CELL, off);
}

/* An object of layout METHOD: type, self and func. */
static mt_value method_like(mt_vm *vm, uint32_t type, mt_value self, mt_value func) {
  uint32_t off = mt_heap_alloc(vm, type, sizeof(mt_method));
  if (!off) return MT_EXC;
  mt_method *m = mt_ptr(vm, off);
  m->self = self;
  m->func = func;
  return mt_ref(type, off);
}

mt_value mt_func_bind(mt_vm *vm, mt_value func, mt_value self) {
  return method_like(vm, mt_is_native(func) ? MT_T_BUILTIN_FN : MT_T_METHOD, self, func);
}

mt_value mt_func_descriptor(mt_vm *vm, bool member, uint32_t owner, uint32_t name) {
  return method_like(vm, member ? MT_T_MEMBER_DESCRIPTOR : MT_T_GETSET_DESCRIPTOR, mt_type_value(owner),
                     mt_name(name));
}

mt_value mt_func_frame_new(mt_vm *vm, mt_value code, mt_value func, mt_value globals,
                           mt_value back, uint32_t nregs) {
  if (nregs < mt_func_code(vm, code)->nregs) nregs = mt_func_code(vm, code)->nregs;
  uint32_t off = mt_heap_alloc(vm, MT_T_FRAME, mt_frame_size(nregs));
  if (!off) return MT_EXC;
  mt_frame *f = mt_ptr(vm, off);
  f->nregs = nregs;
  f->back = back;
  f->func = func;
  f->code = code;
  f->globals = globals;
  f->exc = MT_NULL;
  for (uint32_t i = 0; i < nregs; i++) f->regs[i] = MT_NULL;
  return mt_ref(MT_T_FRAME, off);
}
