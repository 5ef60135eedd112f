/*
** syntax_error.c: first-error-wins reporting for the front end.
*/
#include "syntax_error.h"

#include <stdarg.h>
#include <stdio.h>

void mt_syntax_error_set(mt_syntax_error *e, mt_syntax_error_kind kind, uint32_t line,
                         uint32_t col, const char *fmt, ...) {
  if (e->kind != MT_SE_NONE) return;
  e->kind = kind;
  e->line = line;
  e->col = col;
  e->end_line = 0;
  e->end_col = 0;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
}

const char *mt_syntax_error_name(mt_syntax_error_kind kind) {
  static const char *const names[] = {
#define X(name, pyname) pyname,
      MT_SYNTAX_ERROR_KINDS(X)
#undef X
  };
  return (unsigned)kind < MT_ARRAY_LEN(names) ? names[kind] : "SyntaxError";
}
