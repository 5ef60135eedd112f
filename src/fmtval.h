/*
** fmtval.h: format(value, spec) for Python values, and the FORMAT opcode
** of f-strings ({value!conv:spec}). The mini-language itself is
** format.h's; this is the object-layer side: which values take which
** family of spec, and the exceptions.
*/
#ifndef MT_FMTVAL_H
#define MT_FMTVAL_H

#include "heap.h"

/* str(v), quick for strs and small ints. */
MT_INTERNAL mt_value mt_fmtval_str(mt_vm *vm, mt_value v);

/* format(v, spec): spec is a str value; an empty spec gives str(v).
** Returns a str, or MT_EXC (ValueError for a bad spec, TypeError for a
** type whose __format__ takes no spec). */
MT_INTERNAL mt_value mt_fmtval_format(mt_vm *vm, mt_value v, mt_value spec);

/* One f-string replacement field: conversion conv (0 none, 1 !s, 2 !r,
** 3 !a), then the spec (MT_NULL: none). */
MT_INTERNAL mt_value mt_fmtval_field(mt_vm *vm, mt_value v, uint32_t conv, mt_value spec);

/* ascii(v): repr(v) with every non-ASCII code point escaped. */
MT_INTERNAL mt_value mt_fmtval_ascii(mt_vm *vm, mt_value v);

#endif
