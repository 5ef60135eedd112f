/*
** format.h: format(value, spec) with the full format-specification
** mini-language of CPython 3.11 ([[fill]align][sign][z][#][0][width]
** [grouping][.precision][type]) for str, int, bool and float, and the
** FORMAT opcode of f-strings ({value!conv:spec}).
*/
#ifndef MT_FORMAT_H
#define MT_FORMAT_H

#include "heap.h"

/* format(v, spec): spec is a str value; an empty spec gives str(v).
** Returns a str, or MT_EXC (ValueError for a bad spec, TypeError for a
** type without a __format__ that takes one). */
MT_INTERNAL mt_value mt_format(mt_vm *vm, mt_value v, mt_value spec);

/* One f-string replacement field: conversion conv (0 none, 1 !s, 2 !r,
** 3 !a), then format with spec (MT_NULL: none). */
MT_INTERNAL mt_value mt_format_field(mt_vm *vm, mt_value v, uint32_t conv, mt_value spec);

#endif
