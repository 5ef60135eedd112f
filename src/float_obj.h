/*
** float_obj.h: float values (always immediates, value.h) in Python
** arithmetic. Each binary operation takes a float and a float or int in
** either order (an int operand is converted exactly, or OverflowError);
** the numeric rules are floating.h's (CPython's floatobject.c).
*/
#ifndef MT_FLOAT_OBJ_H
#define MT_FLOAT_OBJ_H

#include "heap.h"

#define MT_FLOAT_BINOPS(X) \
  X(add)                   \
  X(sub)                   \
  X(mul)                   \
  X(truediv)               \
  X(floordiv)              \
  X(mod)                   \
  X(pow)

#define X(op) MT_INTERNAL mt_value mt_float_obj_##op(mt_vm *vm, mt_value a, mt_value b);
MT_FLOAT_BINOPS(X)
#undef X

/* divmod(a, b) as a tuple of floats. */
MT_INTERNAL mt_value mt_float_obj_divmod(mt_vm *vm, mt_value a, mt_value b);
/* float(text) for a str or bytes value: ValueError
** "could not convert string to float: 'x'". */
MT_INTERNAL mt_value mt_float_obj_parse(mt_vm *vm, mt_value text);
/* round(x) (an int) or round(x, ndigits) (a float). */
MT_INTERNAL mt_value mt_float_obj_round(mt_vm *vm, mt_value x, mt_value ndigits);

#endif
