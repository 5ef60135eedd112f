/*
** syntax_error.h: how the front end (lexer, parser, later the compiler)
** reports the first error it finds, with CPython's exception names and
** positions (line 1-based; col is CPython's 1-based SyntaxError.offset).
*/
#ifndef MT_SYNTAX_ERROR_H
#define MT_SYNTAX_ERROR_H

#include "common.h"

#define MT_SYNTAX_ERROR_KINDS(X) \
  X(NONE, "")                    \
  X(SYNTAX, "SyntaxError")       \
  X(INDENTATION, "IndentationError") \
  X(TAB, "TabError")             \
  X(MEMORY, "MemoryError")

typedef enum {
#define X(name, pyname) MT_SE_##name,
  MT_SYNTAX_ERROR_KINDS(X)
#undef X
} mt_syntax_error_kind;

typedef struct mt_syntax_error {
  mt_syntax_error_kind kind;
  uint32_t line, col;          /* where CPython puts the caret */
  uint32_t end_line, end_col;  /* 0 when CPython gives no range */
  char msg[256]; /* the longest CPython message (the int digit limit) is 221 bytes */
} mt_syntax_error;

/* Record an error unless one is already recorded (first error wins). */
MT_INTERNAL void mt_syntax_error_set(mt_syntax_error *e, mt_syntax_error_kind kind,
                                     uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The Python exception name of a kind, e.g. "IndentationError". */
MT_INTERNAL const char *mt_syntax_error_name(mt_syntax_error_kind kind);

#endif
