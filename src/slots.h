/*
** slots.h: the special methods of the builtin types called by name:
** x.__len__(), "ab".__contains__("a"), it.__next__(), (1).__add__(2),
** int.__add__(1, 2), [].__hash__ (None), ... Each is a row of one table
** that maps the name to the operation the interpreter already has (len(),
** the + operator, ==, ...), with CPython 3.11's results: a number's
** arithmetic and any type's comparisons return NotImplemented for an
** operand of a type they do not handle ((1).__add__(1.0),
** [1].__eq__(3)).
**
** ---- The table ----
**
** MT_SLOTS(X, P) lists every special method once, sorted by name, as
** X(P, NAME, KIND, ARG, GROUPS):
**   NAME    the method's MT_N_* suffix (names.h)
**   KIND    how it is computed (slots.c): BIN (operator ARG on self and
**           the argument), RBIN (the reflected operator), IBIN (the
**           augmented operator), CMP (comparison ARG), UN (unary operator
**           ARG), FN (native ARG called with self and the arguments), RFN
**           (native ARG with the argument then self), CONTAINS, GETITEM,
**           SETITEM, DELITEM
**   GROUPS  the protocol groups (MT_SG_*) that define it; a type has the
**           method when one of its classes has one of these groups
** P is passed through to X, so native.h can list each slot as a native
** method of object (X(OBJECT, NAME, mt_slot_NAME)).
**
** As natives they are methods of object that mt_native_method only finds
** on types that define them. Bound to an instance they are builtin
** methods; looked up on a class they are bound to the class that defines
** them (bool.__add__ to int), and a slot native whose self is a class is
** that class's unbound method: it takes the instance as its first
** argument, checked as CPython checks a slot wrapper's.
*/
#ifndef MT_SLOTS_H
#define MT_SLOTS_H

#include "heap.h"

/* Protocol groups: which types define which special methods. */
enum {
  MT_SG_OBJECT = 1 << 0,   /* every type: comparisons, hash, repr, str, format */
  MT_SG_CMP = 1 << 1,      /* types with their own comparisons */
  MT_SG_NUM = 1 << 2,      /* int and float arithmetic */
  MT_SG_INT = 1 << 3,      /* int's bit operations and __index__ */
  MT_SG_BOOL = 1 << 4,     /* bool's own &, |, ^ */
  MT_SG_SIZED = 1 << 5,    /* __len__ */
  MT_SG_ITER = 1 << 6,     /* __iter__ */
  MT_SG_NEXT = 1 << 7,     /* iterators' __next__ */
  MT_SG_CONTAINS = 1 << 8, /* __contains__ */
  MT_SG_GETITEM = 1 << 9,  /* __getitem__ */
  MT_SG_SETITEM = 1 << 10, /* __setitem__, __delitem__ */
  MT_SG_CONCAT = 1 << 11,  /* sequences' + and * */
  MT_SG_STRMOD = 1 << 12,  /* str and bytes % */
  MT_SG_LISTOPS = 1 << 13, /* list += and *= */
  MT_SG_SETOPS = 1 << 14,  /* set and frozenset &, |, ^, - */
  MT_SG_ISETOPS = 1 << 15, /* set &=, |=, ^=, -= */
  MT_SG_DICTOPS = 1 << 16, /* dict |, |= */
  MT_SG_REVERSED = 1 << 17,/* __reversed__ */
  MT_SG_TRUTH = 1 << 18,   /* __bool__ of None and range */
};

#define MT_SG_NUMBER (MT_SG_NUM | MT_SG_TRUTH)
#define MT_SG_BITS (MT_SG_INT | MT_SG_BOOL | MT_SG_SETOPS)

#define MT_SLOTS(X, P)                                                          \
  X(P, __abs__, FN, BUILTINS_abs, MT_SG_NUM)                                    \
  X(P, __add__, BIN, MT_BIN_ADD, MT_SG_NUM | MT_SG_CONCAT)                      \
  X(P, __and__, BIN, MT_BIN_BITAND, MT_SG_BITS)                                 \
  X(P, __bool__, FN, BOOL___call__, MT_SG_NUMBER)                               \
  X(P, __contains__, CONTAINS, 0, MT_SG_CONTAINS)                               \
  X(P, __delitem__, DELITEM, 0, MT_SG_SETITEM)                                  \
  X(P, __divmod__, FN, BUILTINS_divmod, MT_SG_NUM)                              \
  X(P, __eq__, CMP, MT_CMP_EQ, MT_SG_OBJECT | MT_SG_CMP)                        \
  X(P, __float__, FN, FLOAT___call__, MT_SG_NUM)                                \
  X(P, __floordiv__, BIN, MT_BIN_FLOORDIV, MT_SG_NUM)                           \
  X(P, __format__, FN, BUILTINS_format, MT_SG_OBJECT)                           \
  X(P, __ge__, CMP, MT_CMP_GE, MT_SG_OBJECT | MT_SG_CMP)                        \
  X(P, __getitem__, GETITEM, 0, MT_SG_GETITEM)                                  \
  X(P, __gt__, CMP, MT_CMP_GT, MT_SG_OBJECT | MT_SG_CMP)                        \
  X(P, __hash__, FN, BUILTINS_hash, MT_SG_OBJECT)                               \
  X(P, __iadd__, IBIN, MT_BIN_ADD, MT_SG_LISTOPS)                               \
  X(P, __iand__, IBIN, MT_BIN_BITAND, MT_SG_ISETOPS)                            \
  X(P, __imul__, IBIN, MT_BIN_MUL, MT_SG_LISTOPS)                               \
  X(P, __index__, FN, INT___call__, MT_SG_INT)                                  \
  X(P, __int__, FN, INT___call__, MT_SG_NUM)                                    \
  X(P, __invert__, UN, 2, MT_SG_INT)                                            \
  X(P, __ior__, IBIN, MT_BIN_BITOR, MT_SG_ISETOPS | MT_SG_DICTOPS)              \
  X(P, __isub__, IBIN, MT_BIN_SUB, MT_SG_ISETOPS)                               \
  X(P, __iter__, FN, BUILTINS_iter, MT_SG_ITER)                                 \
  X(P, __ixor__, IBIN, MT_BIN_BITXOR, MT_SG_ISETOPS)                            \
  X(P, __le__, CMP, MT_CMP_LE, MT_SG_OBJECT | MT_SG_CMP)                        \
  X(P, __len__, FN, BUILTINS_len, MT_SG_SIZED)                                  \
  X(P, __lshift__, BIN, MT_BIN_LSHIFT, MT_SG_INT)                               \
  X(P, __lt__, CMP, MT_CMP_LT, MT_SG_OBJECT | MT_SG_CMP)                        \
  X(P, __mod__, BIN, MT_BIN_MOD, MT_SG_NUM | MT_SG_STRMOD)                      \
  X(P, __mul__, BIN, MT_BIN_MUL, MT_SG_NUM | MT_SG_CONCAT)                      \
  X(P, __ne__, CMP, MT_CMP_NE, MT_SG_OBJECT | MT_SG_CMP)                        \
  X(P, __neg__, UN, 0, MT_SG_NUM)                                               \
  X(P, __next__, FN, BUILTINS_next, MT_SG_NEXT)                                 \
  X(P, __or__, BIN, MT_BIN_BITOR, MT_SG_BITS | MT_SG_DICTOPS)                   \
  X(P, __pos__, UN, 1, MT_SG_NUM)                                               \
  X(P, __pow__, FN, BUILTINS_pow, MT_SG_NUM)                                    \
  X(P, __radd__, RBIN, MT_BIN_ADD, MT_SG_NUM)                                   \
  X(P, __rand__, RBIN, MT_BIN_BITAND, MT_SG_BITS)                               \
  X(P, __rdivmod__, RFN, BUILTINS_divmod, MT_SG_NUM)                            \
  X(P, __repr__, FN, BUILTINS_repr, MT_SG_OBJECT)                               \
  X(P, __reversed__, FN, REVERSED___call__, MT_SG_REVERSED)                     \
  X(P, __rfloordiv__, RBIN, MT_BIN_FLOORDIV, MT_SG_NUM)                         \
  X(P, __rlshift__, RBIN, MT_BIN_LSHIFT, MT_SG_INT)                             \
  X(P, __rmod__, RBIN, MT_BIN_MOD, MT_SG_NUM | MT_SG_STRMOD)                    \
  X(P, __rmul__, RBIN, MT_BIN_MUL, MT_SG_NUM | MT_SG_CONCAT)                    \
  X(P, __ror__, RBIN, MT_BIN_BITOR, MT_SG_BITS | MT_SG_DICTOPS)                 \
  X(P, __round__, FN, BUILTINS_round, MT_SG_NUM)                                \
  X(P, __rpow__, RFN, BUILTINS_pow, MT_SG_NUM)                                  \
  X(P, __rrshift__, RBIN, MT_BIN_RSHIFT, MT_SG_INT)                             \
  X(P, __rshift__, BIN, MT_BIN_RSHIFT, MT_SG_INT)                               \
  X(P, __rsub__, RBIN, MT_BIN_SUB, MT_SG_NUM | MT_SG_SETOPS)                    \
  X(P, __rtruediv__, RBIN, MT_BIN_TRUEDIV, MT_SG_NUM)                           \
  X(P, __rxor__, RBIN, MT_BIN_BITXOR, MT_SG_BITS)                               \
  X(P, __setitem__, SETITEM, 0, MT_SG_SETITEM)                                  \
  X(P, __str__, FN, STR___call__, MT_SG_OBJECT)                                 \
  X(P, __sub__, BIN, MT_BIN_SUB, MT_SG_NUM | MT_SG_SETOPS)                      \
  X(P, __truediv__, BIN, MT_BIN_TRUEDIV, MT_SG_NUM)                             \
  X(P, __trunc__, FN, INT___call__, MT_SG_NUM)                                  \
  X(P, __xor__, BIN, MT_BIN_BITXOR, MT_SG_BITS)

typedef enum {
#define X(p, name, kind, arg, groups) MT_SLOT_##name,
  MT_SLOTS(X, _)
#undef X
  MT_SLOT_COUNT
} mt_slot_id;

/* The slot that native `id` is, or -1 for other natives. */
MT_INTERNAL int32_t mt_slot_of_native(uint32_t id);
/* Do values of type t have slot s? */
MT_INTERNAL bool mt_slot_defined(uint32_t t, uint32_t s);
/* C.<slot s> for a class t that has it: the native bound to the class
** that defines it, which makes it that class's unbound method. */
MT_INTERNAL mt_value mt_slot_unbound(mt_vm *vm, uint32_t t, uint32_t s);

#endif
