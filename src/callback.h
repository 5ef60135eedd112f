/*
** callback.h: natives calling callables they were given (key=, map's
** function, ...). A native callable (a builtin function, a builtin
** method bound to its object, a builtin type) is called right here; a
** Python function can only be run by the VM, through a native frame
** (native.h, calling back into Python).
*/
#ifndef MT_CALLBACK_H
#define MT_CALLBACK_H

#include "heap.h"

/* callable(v) */
MT_INTERNAL bool mt_cb_is_callable(mt_vm *vm, mt_value v);

/* callee(*args), nargs <= MT_CB_MAX_ARGS, when callee is a native
** callable: the result, or MT_EXC. MT_NULL (nothing pending) when callee
** is Python code, which only the VM can run. TypeError "'int' object is
** not callable" for anything else. args may point into the arena. */
#define MT_CB_MAX_ARGS 15
MT_INTERNAL mt_value mt_cb_call_native(mt_vm *vm, mt_value callee, const mt_value *args,
                                       uint32_t nargs);

#endif
