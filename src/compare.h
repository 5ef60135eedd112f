/*
** compare.h: == and the rich comparisons with CPython 3.11 semantics for
** the builtin types (numbers across int/bool/float, str, bytes, tuple,
** list, dict, set/frozenset, range, slice; identity for the rest).
** Containers compare their items by identity first, as CPython does.
*/
#ifndef MT_COMPARE_H
#define MT_COMPARE_H

#include "heap.h"

#define MT_CMP_OPS(X) \
  X(LT, "<")          \
  X(LE, "<=")         \
  X(EQ, "==")         \
  X(NE, "!=")         \
  X(GT, ">")          \
  X(GE, ">=")

typedef enum {
#define X(name, text) MT_CMP_##name,
  MT_CMP_OPS(X)
#undef X
} mt_cmp_op;

/* a == b: 1, 0, or -1 with an exception pending. */
MT_INTERNAL int mt_cmp_eq(mt_vm *vm, mt_value a, mt_value b);
/* a is b or a == b (how containers compare items). */
MT_INTERNAL int mt_cmp_same(mt_vm *vm, mt_value a, mt_value b);
/* a <op> b as a bool value, or MT_EXC (TypeError for unorderable types). */
MT_INTERNAL mt_value mt_cmp_rich(mt_vm *vm, mt_value a, mt_value b, mt_cmp_op op);

#endif
