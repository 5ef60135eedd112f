/*
** exc.h: raising and inspecting exceptions.
**
** The convention: a failing operation stores the exception in the header
** root MT_ROOT_EXC and returns MT_EXC (or -1, or offset 0; see heap.h).
** The pending value is an exception instance, or just an exception type
** when raising it needs no arguments: a MemoryError is raised without
** allocating anything. mt_exc_normalize turns a pending type into an
** instance when a handler needs one.
*/
#ifndef MT_EXC_H
#define MT_EXC_H

#include "heap.h"

/* Raise type(message): fmt as in mt_sb_format (sb.h). Returns MT_EXC. */
MT_INTERNAL mt_value mt_raise(mt_vm *vm, uint32_t type, const char *fmt, ...);
/* Raise a bare exception type (no arguments). Returns MT_EXC. */
MT_INTERNAL mt_value mt_raise_type(mt_vm *vm, uint32_t type);
/* Raise a NameError or AttributeError (type) with message fmt whose
** name and obj attributes are name and obj (MT_NULL: None): what the
** traceback's "Did you mean" suggestion needs (suggest.h). Returns MT_EXC. */
MT_INTERNAL mt_value mt_raise_name(mt_vm *vm, uint32_t type, mt_value name, mt_value obj, const char *fmt, ...);
/* Raise type(*args) for an args tuple. Returns MT_EXC. */
MT_INTERNAL mt_value mt_raise_args(mt_vm *vm, uint32_t type, mt_value args);
/* Raise an existing exception instance or type. Returns MT_EXC. */
MT_INTERNAL mt_value mt_raise_value(mt_vm *vm, mt_value exc);
/* KeyError(key). Returns MT_EXC. */
MT_INTERNAL mt_value mt_raise_key_error(mt_vm *vm, mt_value key);
/* TypeError("unhashable type: 'list'"). Returns MT_EXC. */
MT_INTERNAL mt_value mt_raise_unhashable(mt_vm *vm, mt_value v);

static inline mt_value mt_exc_pending(mt_vm *vm) { return *mt_root(vm, MT_ROOT_EXC); }
static inline void mt_exc_clear(mt_vm *vm) { *mt_root(vm, MT_ROOT_EXC) = MT_NULL; }
/* The type id of an exception instance or type value. */
MT_INTERNAL uint32_t mt_exc_type(mt_vm *vm, mt_value exc);
/* Is an exception pending whose type is type or a subclass of it? */
MT_INTERNAL bool mt_exc_matches(mt_vm *vm, uint32_t type);

/* A new exception instance type(*args); args is a tuple. */
MT_INTERNAL mt_value mt_exc_new(mt_vm *vm, uint32_t type, mt_value args);
/* The pending exception as an instance (instantiating a bare type). If
** that fails, MemoryError (a type) is pending and MT_EXC is returned. */
MT_INTERNAL mt_value mt_exc_normalize(mt_vm *vm);
/* Prepend a traceback entry (code, pc: the instruction that failed) as
** the exception leaves a frame. Returns 0 or -1. */
MT_INTERNAL int mt_exc_add_traceback(mt_vm *vm, mt_value exc, mt_value code, uint32_t pc);
/* The source line of traceback entry tb. */
MT_INTERNAL uint32_t mt_exc_tb_line(mt_vm *vm, const mt_tb *tb);
/* exc.__cause__ = cause (also sets __suppress_context__), and
** exc.__context__ = context. */
MT_INTERNAL void mt_exc_set_cause(mt_vm *vm, mt_value exc, mt_value cause);
MT_INTERNAL void mt_exc_set_context(mt_vm *vm, mt_value exc, mt_value context);

/* Guard for C-recursive operations over nested containers (repr, ==,
** hash): 0, or -1 with RecursionError("maximum recursion depth exceeded"
** + what) pending. mt_exc_depth_leave undoes a successful enter. */
MT_INTERNAL int mt_exc_depth_enter(mt_vm *vm, const char *what);
static inline void mt_exc_depth_leave(mt_vm *vm) { vm->c_depth--; }

#endif
