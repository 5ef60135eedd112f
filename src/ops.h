/*
** ops.h: Python's operators on the builtin types, as the VM's opcodes need
** them: binary and unary arithmetic, truth, containment, subscription and
** item assignment, with CPython 3.11's results and error messages. The
** VM inlines the small-int and float fast paths and calls here for the
** rest.
*/
#ifndef MT_OPS_H
#define MT_OPS_H

#include "heap.h"

/* X(NAME, symbol): the binary operators in the order of the opcodes
** ADD..BITXOR (opcodes.h). */
#define MT_BINOPS(X) \
  X(ADD, "+")        \
  X(SUB, "-")        \
  X(MUL, "*")        \
  X(TRUEDIV, "/")    \
  X(FLOORDIV, "//")  \
  X(MOD, "%")        \
  X(POW, "**")       \
  X(MATMUL, "@")     \
  X(LSHIFT, "<<")    \
  X(RSHIFT, ">>")    \
  X(BITAND, "&")     \
  X(BITOR, "|")      \
  X(BITXOR, "^")

typedef enum {
#define X(name, sym) MT_BIN_##name,
  MT_BINOPS(X)
#undef X
  MT_BIN_COUNT
} mt_binop;

/* a op b; with inplace, a op= b (lists, sets and dicts change in place
** and return a). Returns the result or MT_EXC. */
MT_INTERNAL mt_value mt_ops_binary(mt_vm *vm, mt_binop op, mt_value a, mt_value b, bool inplace);
MT_INTERNAL mt_value mt_ops_neg(mt_vm *vm, mt_value a);
MT_INTERNAL mt_value mt_ops_pos(mt_vm *vm, mt_value a);
MT_INTERNAL mt_value mt_ops_invert(mt_vm *vm, mt_value a);

/* bool(v): 1 or 0 (never fails for the builtin types). */
MT_INTERNAL int mt_ops_truth(mt_vm *vm, mt_value v);
/* item in container: 1, 0, or -1 with an exception pending; 2 when the
** container is an iterator only the VM can advance (a generator, map with
** a Python function): the VM searches it. */
MT_INTERNAL int mt_ops_contains(mt_vm *vm, mt_value container, mt_value item);

/* c[k], c[k] = v, del c[k]. Setting a list slice returns 1, changing
** nothing, when only the VM can iterate v (a generator): the VM then
** assigns the list of v's items. */
MT_INTERNAL mt_value mt_ops_getitem(mt_vm *vm, mt_value c, mt_value k);
MT_INTERNAL int mt_ops_setitem(mt_vm *vm, mt_value c, mt_value k, mt_value v);
MT_INTERNAL int mt_ops_delitem(mt_vm *vm, mt_value c, mt_value k);

/* len(v) as int64, or -1 with TypeError "object of type 'int' has no
** len()" (or OverflowError for a range too long). */
MT_INTERNAL int64_t mt_ops_len(mt_vm *vm, mt_value v);

/* An index operand (int or bool) as int64: 0; 1 when v is not an int
** (nothing pending); -1 with IndexError "cannot fit 'int' into an
** index-sized integer" for a huge one. */
MT_INTERNAL int mt_ops_index(mt_vm *vm, mt_value v, int64_t *out);

#endif
