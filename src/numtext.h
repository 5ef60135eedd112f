/*
** numtext.h: reading the characters of a number literal given as text
** (int(str), float(str)). CPython first maps a str argument to ASCII:
** Unicode whitespace becomes ' ', Unicode decimal digits (category Nd)
** become '0'..'9', and any other non-ASCII character becomes an invalid
** one. Bytes arguments are used as they are. The readers here apply the
** same mapping on the fly, one character at a time, so the parsers need
** no copy of the text.
*/
#ifndef MT_NUMTEXT_H
#define MT_NUMTEXT_H

#include "common.h"

/* Returned for a character that cannot be part of a number literal. */
#define MT_NUMTEXT_BAD '?'

/* Reads one character at *p (p < end), advances *p past it and returns
** its ASCII form. With unicode false, bytes >= 0x80 read as
** MT_NUMTEXT_BAD one by one. */
MT_INTERNAL int mt_numtext_next(const char **p, const char *end, bool unicode);

/* Decodes one UTF-8 code point at *p (p < end) and advances; a malformed
** byte reads as U+FFFD. */
MT_INTERNAL uint32_t mt_numtext_decode(const char **p, const char *end);

/* Decimal value 0..9 of a code point (ASCII or Unicode Nd), else -1. */
MT_INTERNAL int mt_numtext_digit(uint32_t cp);

/* Python's Py_ISSPACE: the ASCII whitespace int() and float() strip. */
static inline bool mt_numtext_space(int c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

#endif
