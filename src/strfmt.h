/*
** strfmt.h: str % args and bytes % args (printf-style formatting) for
** the VM's % operator.
** str.format and str.format_map are natives (native.h) in strfmt.c.
*/
#ifndef MT_STRFMT_H
#define MT_STRFMT_H

#include "heap.h"

/* fmt % args for a str or bytes fmt: a tuple supplies the arguments in
** order, a mapping (dict, and whatever else has __getitem__) the %(key)s
** ones, any other value is the one argument. For bytes, %s and %b take
** bytes, %r and %a give ascii(), %c an int in range(256) or one byte.
** CPython 3.11's messages ("not all arguments converted during string
** formatting", "... during bytes formatting", ...). */
MT_INTERNAL mt_value mt_strfmt_mod(mt_vm *vm, mt_value fmt, mt_value args);

#endif
