/*
** suggest.h: CPython 3.11's "Did you mean" suggestions for uncaught
** NameError and AttributeError (suggest.c).
*/
#ifndef MT_SUGGEST_H
#define MT_SUGGEST_H

#include "heap.h"

/* The name CPython's traceback would suggest for exception exc (only
** exactly NameError and AttributeError raised by the interpreter, which
** sets their name), or MT_NULL. Leaves the pending exception as it was. */
MT_INTERNAL mt_value mt_suggest(mt_vm *vm, mt_value exc);

#endif
