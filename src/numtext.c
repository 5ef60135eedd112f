/*
** numtext.c: the Unicode-to-ASCII mapping CPython applies to number
** literals given as str (_PyUnicode_TransformDecimalAndSpaceToASCII).
*/
#include "numtext.h"

/* First code point (digit zero) of each run of ten Unicode decimal digits
** (Unicode 14.0, as in CPython 3.11's unicodedata), ASCII excluded. */
static const uint32_t digit_zeros[] = {
  0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,
  0xbe6,   0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,
  0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,
  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
  0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
  0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
  0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
  0x1fbf0,
};

/* Non-ASCII code points for which str.isspace() is true. */
static bool unicode_space(uint32_t cp) {
  return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

/* Value 0..9 of a decimal digit, or -1 (binary search above ASCII). */
int mt_numtext_digit(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
  size_t lo = 0, hi = MT_ARRAY_LEN(digit_zeros);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (digit_zeros[mid] + 9 < cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo < MT_ARRAY_LEN(digit_zeros) && cp >= digit_zeros[lo]) return (int)(cp - digit_zeros[lo]);
  return -1;
}

/* Malformed input yields U+FFFD per byte (the object layer only holds
** valid UTF-8). */
uint32_t mt_numtext_decode(const char **p, const char *end) {
  const unsigned char *s = (const unsigned char *)*p;
  size_t avail = (size_t)(end - *p);
  uint32_t c = s[0];
  if (c < 0x80) {
    *p += 1;
    return c;
  }
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || n > avail) {
    *p += 1;
    return 0xFFFD;
  }
  uint32_t cp = c & (0x3F >> (n - 1));
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *p += 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  *p += n;
  return cp;
}

int mt_numtext_next(const char **p, const char *end, bool unicode) {
  unsigned char c = (unsigned char)**p;
  if (c < 0x80) {
    *p += 1;
    return c;
  }
  if (!unicode) {
    *p += 1;
    return MT_NUMTEXT_BAD;
  }
  uint32_t cp = mt_numtext_decode(p, end);
  if (unicode_space(cp)) return ' ';
  int d = mt_numtext_digit(cp);
  return d >= 0 ? '0' + d : MT_NUMTEXT_BAD;
}
