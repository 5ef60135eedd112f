/*
** func.h: code objects, functions, closure cells, bound methods and
** frames: the objects the compiler and the VM build (layouts in object.h).
*/
#ifndef MT_FUNC_H
#define MT_FUNC_H

#include "heap.h"

/* A well-formed code object of ninstr (> 0) RETURNNONE instructions and
** one register, every value field valid: names "", empty tuples and
** bytes, a line table covering the code. Tests build on it. */
MT_INTERNAL mt_value mt_func_code_new(mt_vm *vm, uint32_t ninstr);
static inline mt_code *mt_func_code(mt_vm *vm, mt_value c) { return MT_OBJ(vm, mt_code, c); }

/* The docstring of code (its K[0] when the DOC flag is set), or None. */
MT_INTERNAL mt_value mt_func_docstring(mt_vm *vm, mt_value code);
/* A function over code running in globals; name and qualname are strs.
** Defaults, keyword defaults, closure and __dict__ start empty (MT_NULL);
** __doc__ is the code's docstring, __module__ "__main__". */
MT_INTERNAL mt_value mt_func_new(mt_vm *vm, mt_value code, mt_value globals, mt_value name,
                                 mt_value qualname);
/* A cell holding v (MT_NULL: empty). */
MT_INTERNAL mt_value mt_func_cell_new(mt_vm *vm, mt_value v);
/* func bound to self: a method for a Python function, a
** builtin_function_or_method for a native. */
MT_INTERNAL mt_value mt_func_bind(mt_vm *vm, mt_value func, mt_value self);
/* The getset (member: member) descriptor of class owner for the data
** attribute with static name `name`. */
MT_INTERNAL mt_value mt_func_descriptor(mt_vm *vm, bool member, uint32_t owner, uint32_t name);
/* A frame for code with nregs registers (at least code's nregs), every
** register MT_NULL, pc 0. */
MT_INTERNAL mt_value mt_func_frame_new(mt_vm *vm, mt_value code, mt_value func, mt_value globals,
                                       mt_value back, uint32_t nregs);

#endif
