/*
** utf8.h: strict UTF-8 decoding that fails the way CPython's decoder does,
** so the front end can repeat CPython's "(unicode error) 'utf-8' codec
** can't decode ..." messages byte for byte.
*/
#ifndef MT_UTF8_H
#define MT_UTF8_H

#include "common.h"

#define MT_UTF8_STATUSES(X)                          \
  X(OK, "")                                          \
  X(BAD_START, "invalid start byte")                 \
  X(BAD_CONTINUATION, "invalid continuation byte")   \
  X(TRUNCATED, "unexpected end of data")

typedef enum {
#define X(name, text) MT_UTF8_##name,
  MT_UTF8_STATUSES(X)
#undef X
} mt_utf8_status;

/* One decoding step: a code point, or the reason and the number of bytes
** CPython's error names (the start byte plus the valid continuation bytes
** before the problem). */
typedef struct mt_utf8_step {
  mt_utf8_status status;
  uint32_t len;  /* bytes consumed (OK) or named by the error */
  uint32_t cp;
} mt_utf8_step;

/* Decode the code point starting at s[0], with n >= 1 bytes available.
** Surrogates, overlong forms and values past U+10FFFF are errors. */
MT_INTERNAL mt_utf8_step mt_utf8_decode(const uint8_t *s, size_t n);

/* Write CPython's UnicodeDecodeError text for a step that failed on byte
** first at position pos of the decoded buffer, e.g. "'utf-8' codec can't
** decode byte 0xff in position 3: invalid start byte". */
MT_INTERNAL void mt_utf8_describe(char *out, size_t cap, uint8_t first, uint32_t pos,
                                  mt_utf8_step step);

#endif
