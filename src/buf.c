/*
** buf.c: growable byte buffer.
*/
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"

/* Grow geometrically so n appends cost O(n); keep one byte for the NUL. */
int mt_buf_reserve(mt_buf *b, size_t extra) {
  if (extra > SIZE_MAX - b->len - 1) return -1;
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  char *p = realloc(b->data, cap);
  if (!p) return -1;
  p[b->len] = '\0'; /* a fresh buffer is NUL-terminated too */
  b->data = p;
  b->cap = cap;
  return 0;
}

int mt_buf_append(mt_buf *b, const void *data, size_t len) {
  if (mt_buf_reserve(b, len)) return -1;
  if (len) memcpy(b->data + b->len, data, len);
  b->len += len;
  b->data[b->len] = '\0';
  return 0;
}

int mt_buf_puts(mt_buf *b, const char *s) { return mt_buf_append(b, s, strlen(s)); }

int mt_buf_putc(mt_buf *b, char c) { return mt_buf_append(b, &c, 1); }

/* Measures with ap, then formats in place with a copy of it. */
int mt_buf_vprintf(mt_buf *b, const char *fmt, va_list ap) {
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n < 0 || mt_buf_reserve(b, (size_t)n)) {
    va_end(again);
    return -1;
  }
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
  va_end(again);
  b->len += (size_t)n;
  return 0;
}

int mt_buf_printf(mt_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int rc = mt_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return rc;
}

int mt_buf_put_utf8(mt_buf *b, uint32_t cp) {
  char s[4];
  return mt_buf_append(b, s, mt_uni_encode_cp(cp, s));
}

void mt_buf_clear(mt_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

void mt_buf_free(mt_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
