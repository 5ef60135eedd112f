/*
** utf8.c: strict UTF-8 decoding with CPython's error ranges.
*/
#include "utf8.h"

#include <stdio.h>

static bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

/* The valid range of the second byte after lead byte c (RFC 3629 table). */
static bool second_ok(uint8_t c, uint8_t b) {
  switch (c) {
    case 0xE0: return b >= 0xA0 && b <= 0xBF;
    case 0xED: return b >= 0x80 && b <= 0x9F;
    case 0xF0: return b >= 0x90 && b <= 0xBF;
    case 0xF4: return b >= 0x80 && b <= 0x8F;
    default: return is_cont(b);
  }
}

mt_utf8_step mt_utf8_decode(const uint8_t *s, size_t n) {
  mt_utf8_step r = {MT_UTF8_OK, 1, s[0]};
  uint8_t c = s[0];
  if (c < 0x80) return r;
  uint32_t need;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
    r.cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    r.cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    r.cp = c & 0x07;
  } else {
    r.status = MT_UTF8_BAD_START;
    return r;
  }
  /* Like CPython, check the bytes that are there before complaining about
  ** the ones that are missing. */
  for (uint32_t i = 1; i < need; i++) {
    if (i >= n) {
      r.status = MT_UTF8_TRUNCATED;
      r.len = i;
      return r;
    }
    if (i == 1 ? !second_ok(c, s[1]) : !is_cont(s[i])) {
      r.status = MT_UTF8_BAD_CONTINUATION;
      r.len = i;
      return r;
    }
    r.cp = (r.cp << 6) | (s[i] & 0x3F);
  }
  r.len = need;
  return r;
}

void mt_utf8_describe(char *out, size_t cap, uint8_t first, uint32_t pos, mt_utf8_step step) {
  static const char *const reasons[] = {
#define X(name, text) text,
      MT_UTF8_STATUSES(X)
#undef X
  };
  const char *why = reasons[step.status];
  if (step.len == 1)
    snprintf(out, cap, "'utf-8' codec can't decode byte 0x%02x in position %u: %s", first, pos,
             why);
  else
    snprintf(out, cap, "'utf-8' codec can't decode bytes in position %u-%u: %s", pos,
             pos + step.len - 1, why);
}
