/*
** types.c: the static type table and the subclass test.
*/
#include "types.h"

const mt_type_info mt_types[MT_TYPE_COUNT] = {
#define X(id, name, base, layout, flags) \
  [MT_T_##id] = {MT_N_##name, MT_T_##base, MT_L_##layout, flags},
    MT_TYPES(X)
#undef X
};

/* Walk a's base chain (at most the tree depth, 6). ExceptionGroup is the
** one builtin with two bases: (BaseExceptionGroup, Exception). */
bool mt_type_issubclass(uint32_t a, uint32_t b) {
  if (b == MT_T_OBJECT) return true;
  for (;;) {
    if (a == b) return true;
    if (a == MT_T_EXCEPTION_GROUP && mt_type_issubclass(MT_T_EXCEPTION, b)) return true;
    if (a == MT_T_OBJECT) return false;
    a = mt_types[a].base;
  }
}
