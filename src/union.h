/*
** union.h: X | Y of classes (PEP 604, CPython's types.UnionType), as
** isinstance(v, int | str) and annotations use them. A union is a heap
** object of type UNION_TYPE with the TUPLE layout: its member classes in
** order of appearance, without repeats, None stored as NoneType.
*/
#ifndef MT_UNION_H
#define MT_UNION_H

#include "heap.h"
#include "sb.h"

/* Can v be an operand of a union: a class, None or a union? */
MT_INTERNAL bool mt_union_operand(mt_value v);
/* a | b where both are operands and one is a class or a union: the union
** of their members, or the one class when there is only one (int | int
** is int). Returns MT_EXC on MemoryError. */
MT_INTERNAL mt_value mt_union_new(mt_vm *vm, mt_value a, mt_value b);
/* repr(u): "int | str | None". Returns 0 or -1. */
MT_INTERNAL int mt_union_repr_into(mt_vm *vm, mt_sb *sb, mt_value u);
/* u == w for two unions: the same members in any order. */
MT_INTERNAL bool mt_union_eq(mt_vm *vm, mt_value u, mt_value w);

#endif
