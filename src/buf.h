/*
** buf.h: a growable byte buffer for the front end and the host side
** (source text, AST dumps, captured output before it reaches the arena).
** Python objects never live here: they live in the interpreter's arena.
*/
#ifndef MT_BUF_H
#define MT_BUF_H

#include <stdarg.h>

#include "common.h"

typedef struct mt_buf {
  char *data;     /* NUL-terminated when non-NULL */
  size_t len;
  size_t cap;
} mt_buf;

#define MT_BUF_INIT {NULL, 0, 0}

/* Each returns 0, or -1 when memory is exhausted (the buffer is unchanged). */
MT_INTERNAL int mt_buf_reserve(mt_buf *b, size_t extra);
MT_INTERNAL int mt_buf_append(mt_buf *b, const void *data, size_t len);
MT_INTERNAL int mt_buf_puts(mt_buf *b, const char *s);
MT_INTERNAL int mt_buf_putc(mt_buf *b, char c);
MT_INTERNAL int mt_buf_printf(mt_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
MT_INTERNAL int mt_buf_vprintf(mt_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Append the UTF-8 encoding of code point cp (cp <= 0x10FFFF). */
MT_INTERNAL int mt_buf_put_utf8(mt_buf *b, uint32_t cp);
MT_INTERNAL void mt_buf_clear(mt_buf *b);
MT_INTERNAL void mt_buf_free(mt_buf *b);

#endif
