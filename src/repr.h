/*
** repr.h: repr() and str() of every builtin value, byte for byte as
** CPython 3.11 prints them. Containers that contain themselves print
** [...], {...}, (...); heap object addresses are arena offsets.
*/
#ifndef MT_REPR_H
#define MT_REPR_H

#include "heap.h"
#include "sb.h"

MT_INTERNAL int mt_repr_into(mt_vm *vm, mt_sb *sb, mt_value v);
MT_INTERNAL int mt_repr_str_into(mt_vm *vm, mt_sb *sb, mt_value v);
/* repr(v) / str(v) as a str value, or MT_EXC. */
MT_INTERNAL mt_value mt_repr(mt_vm *vm, mt_value v);
MT_INTERNAL mt_value mt_repr_str(mt_vm *vm, mt_value v);

#endif
