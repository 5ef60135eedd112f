/*
** unicode.h: Unicode 14.0 character properties with CPython 3.11's str
** semantics, UTF-8 validation and decoding, and the 'utf-8', 'ascii' and
** 'latin-1' codecs behind str.encode and bytes.decode.
**
** Pure functions over code points and byte buffers: no Python objects, no
** mutable state. Text is UTF-8 without surrogates (what the strict decoder
** accepts); the object layer keeps every str in that form.
*/
#ifndef MT_UNICODE_H
#define MT_UNICODE_H

#include <string.h>

#include "buf.h"
#include "common.h"

#define MT_UNI_MAX 0x10FFFFu

/*
** Character properties, one bit each, in bit order. Each is the answer of
** the named CPython 3.11 str method (or C predicate) for a one-character
** string; gen_unicode_tables.py derives them that way and asserts this order.
*/
#define MT_UNI_PROPS(X)                                                \
  X(ALPHA)          /* str.isalpha: Lu Ll Lt Lm Lo */                  \
  X(DECIMAL)        /* str.isdecimal: has a decimal digit value */     \
  X(DIGIT)          /* str.isdigit: has a digit value */               \
  X(NUMERIC)        /* str.isnumeric: has a numeric value */           \
  X(SPACE)          /* str.isspace: Zs, or bidi class WS, B or S */    \
  X(PRINTABLE)      /* str.isprintable (repr keeps it unescaped) */    \
  X(CASED)          /* _PyUnicode_IsCased (title, final sigma) */      \
  X(CASE_IGNORABLE) /* _PyUnicode_IsCaseIgnorable (final sigma) */     \
  X(LOWER)          /* str.islower of the character */                 \
  X(UPPER)          /* str.isupper of the character */                 \
  X(TITLE)          /* general category Lt */                          \
  X(XID_START)      /* XID_Start (isidentifier also allows '_') */     \
  X(XID_CONTINUE)   /* XID_Continue */                                 \
  X(LINEBREAK)      /* a str.splitlines boundary */

enum mt_uni_prop_bit {
#define MT_UNI_BIT_(name) MT_UNI_BIT_##name,
  MT_UNI_PROPS(MT_UNI_BIT_)
#undef MT_UNI_BIT_
  MT_UNI_NPROPS
};

enum mt_uni_prop {
#define MT_UNI_FLAG_(name) MT_UNI_##name = 1u << MT_UNI_BIT_##name,
  MT_UNI_PROPS(MT_UNI_FLAG_)
#undef MT_UNI_FLAG_
};

/* str.isalnum is the union of four properties. */
#define MT_UNI_ALNUM (MT_UNI_ALPHA | MT_UNI_DECIMAL | MT_UNI_DIGIT | MT_UNI_NUMERIC)

/* The property bits of cp (0 for cp > MT_UNI_MAX). */
MT_INTERNAL uint32_t mt_uni_props(uint32_t cp);

static inline bool mt_uni_is(uint32_t cp, uint32_t mask) { return (mt_uni_props(cp) & mask) != 0; }

/* Decimal value (int() and float() digits) or digit value (str.isdigit),
** 0..9, or -1 when cp has none. */
MT_INTERNAL int mt_uni_decimal(uint32_t cp);
MT_INTERNAL int mt_uni_digit(uint32_t cp);

/* Case mappings. Full mappings give 1 to MT_UNI_CASE_MAX code points
** (U+00DF upper -> "SS", U+FB01 upper -> "FI", U+0130 lower -> "i\u0307"); they are context-free, so
** the final-sigma rule of str.lower is applied by the string layer. The
** simple mapping is CPython's Py_UNICODE_TOUPPER & co.: the first code
** point of the full mapping. */
typedef enum mt_uni_case {
  MT_UNI_TO_UPPER,
  MT_UNI_TO_LOWER,
  MT_UNI_TO_TITLE,
  MT_UNI_TO_FOLD
} mt_uni_case;

#define MT_UNI_CASE_MAX 3

MT_INTERNAL int mt_uni_case_full(uint32_t cp, mt_uni_case which, uint32_t out[MT_UNI_CASE_MAX]);
MT_INTERNAL uint32_t mt_uni_case_simple(uint32_t cp, mt_uni_case which);

/* Bytes of static tables behind the lookups above. */
MT_INTERNAL size_t mt_uni_table_bytes(void);

/*
** UTF-8. Text handed to the decoding helpers below must be valid UTF-8
** (checked once by mt_uni_utf8_check or produced by this code).
*/
static inline bool mt_uni_is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

/* Decode the code point starting at s[*i] and advance *i past it. */
static inline uint32_t mt_uni_next(const char *s, size_t *i) {
  const uint8_t *p = (const uint8_t *)s + *i;
  uint32_t c = p[0];
  if (c < 0x80) {
    *i += 1;
    return c;
  }
  if (c < 0xE0) {
    *i += 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c < 0xF0) {
    *i += 3;
    return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *i += 4;
  return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
}

/* Decode the code point ending just before s[*i] and move *i back to it. */
static inline uint32_t mt_uni_prev(const char *s, size_t *i) {
  size_t j = *i - 1;
  while (mt_uni_is_cont((uint8_t)s[j])) j--;
  *i = j;
  return mt_uni_next(s, &j);
}

/* Write the UTF-8 form of cp (<= MT_UNI_MAX) to out; return its length. */
static inline size_t mt_uni_encode_cp(uint32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static inline size_t mt_uni_cp_len(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Number of code points starting in the 8 bytes at p (bytes that are not
** continuation bytes 10xxxxxx), a word at a time. */
static inline unsigned mt_uni_leads8(const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return 8u - (unsigned)__builtin_popcountll((w >> 7) & ~(w >> 6) & 0x0101010101010101ull);
}

/* Number of code points in the valid UTF-8 s[0..len): its bytes that are
** not continuation bytes (the lexer's column count relies on that for any
** bytes). Inline: callers such as the lexer count a few bytes at a time. */
static inline size_t mt_uni_count(const char *s, size_t len) {
  size_t n = 0, i = 0;
  for (; i + 8 <= len; i += 8) n += mt_uni_leads8(s + i);
  for (; i < len; i++) n += !mt_uni_is_cont((uint8_t)s[i]);
  return n;
}

/* Append the escape repr() and backslashreplace use for c: \xNN up to
** U+00FF, \uNNNN up to U+FFFF, else \UNNNNNNNN (lowercase hex). */
MT_INTERNAL int mt_uni_put_hex_escape(mt_buf *out, uint32_t c);

/*
** Codecs. A failed conversion under errors='strict' (or a handler that
** re-raises) is described by mt_uni_codec_error: what UnicodeDecodeError /
** UnicodeEncodeError carry (encoding, start, end, reason) plus the first
** offending byte or code point for the message.
*/
typedef enum mt_uni_codec {
  MT_UNI_UTF8,
  MT_UNI_ASCII,
  MT_UNI_LATIN1
} mt_uni_codec;

/* The error handlers CPython knows by name; behaviour per codec direction:
**   decode: strict ignore replace backslashreplace; surrogatepass re-raises;
**           xmlcharrefreplace/namereplace -> MT_UNI_EHANDLERTYPE;
**           surrogateescape -> MT_UNI_EUNSUPPORTED (no lone surrogates here)
**   encode: strict ignore replace backslashreplace xmlcharrefreplace;
**           surrogateescape/surrogatepass re-raise (text has no surrogates);
**           namereplace -> MT_UNI_EUNSUPPORTED (not wired yet: uniname.h has the names)
** MT_UNI_ERR_UNKNOWN is only reported once an error actually occurs, as in
** CPython ('a'.encode('ascii', 'bogus') succeeds). */
typedef enum mt_uni_errors {
  MT_UNI_ERR_STRICT,
  MT_UNI_ERR_IGNORE,
  MT_UNI_ERR_REPLACE,
  MT_UNI_ERR_BACKSLASHREPLACE,
  MT_UNI_ERR_XMLCHARREFREPLACE,
  MT_UNI_ERR_NAMEREPLACE,
  MT_UNI_ERR_SURROGATEESCAPE,
  MT_UNI_ERR_SURROGATEPASS,
  MT_UNI_ERR_UNKNOWN
} mt_uni_errors;

/* Results of the conversion functions. */
enum {
  MT_UNI_OK = 0,
  MT_UNI_ENOMEM = -1,        /* MemoryError */
  MT_UNI_ECODEC = -2,        /* *err filled: UnicodeDecodeError/UnicodeEncodeError */
  MT_UNI_EHANDLER = -3,      /* LookupError: unknown error handler name '%s' */
  MT_UNI_EHANDLERTYPE = -4,  /* TypeError: don't know how to handle Unicode<Kind>Error in error callback */
  MT_UNI_EUNSUPPORTED = -5   /* *err filled; the handler needs what this build lacks */
};

typedef struct mt_uni_codec_error {
  bool encoding;       /* UnicodeEncodeError (else UnicodeDecodeError) */
  mt_uni_codec codec;
  size_t start, end;   /* bytes (decode) or code points (encode), end exclusive */
  uint32_t bad;        /* the byte or code point at start */
  const char *reason;  /* static text, e.g. "invalid start byte" */
} mt_uni_codec_error;

/* Codec by encoding name, normalized like CPython (ASCII letters lowered,
** runs of other bytes folded to '_', encodings.aliases). -1: LookupError
** "unknown encoding: <name>". */
MT_INTERNAL int mt_uni_codec_lookup(const char *name, size_t len, mt_uni_codec *out);
/* Canonical name as in error messages: "utf-8", "ascii", "latin-1". */
MT_INTERNAL const char *mt_uni_codec_name(mt_uni_codec c);
MT_INTERNAL mt_uni_errors mt_uni_errors_lookup(const char *name, size_t len);

/* Check strict UTF-8 (no overlongs, surrogates or values past U+10FFFF),
** exactly as CPython's decoder. Returns MT_UNI_OK with the code-point count
** in *ncp (== len iff ASCII), or MT_UNI_ECODEC with the first error in *err. */
MT_INTERNAL int mt_uni_utf8_check(const char *s, size_t len, size_t *ncp, mt_uni_codec_error *err);

/* bytes.decode: append the UTF-8 text decoded from s[0..len) to out and add
** its code-point count to *ncp. */
MT_INTERNAL int mt_uni_decode(mt_uni_codec codec, mt_uni_errors errors, const char *s, size_t len,
                              mt_buf *out, size_t *ncp, mt_uni_codec_error *err);
/* str.encode: append the encoding of the valid UTF-8 text s[0..len) to out. */
MT_INTERNAL int mt_uni_encode(mt_uni_codec codec, mt_uni_errors errors, const char *s, size_t len,
                              mt_buf *out, mt_uni_codec_error *err);
/* CPython's str() of the exception described by *err, e.g. "'utf-8' codec
** can't decode byte 0xff in position 3: invalid start byte": written to
** out[0..cap) (MT_UNI_ERROR_TEXT_MAX always suffices), or appended to out. */
#define MT_UNI_ERROR_TEXT_MAX 160

MT_INTERNAL void mt_uni_codec_error_format(const mt_uni_codec_error *err, char *out, size_t cap);
MT_INTERNAL int mt_uni_codec_error_message(const mt_uni_codec_error *err, mt_buf *out);

/*
** int() and float() text. CPython maps a str argument to ASCII first
** (_PyUnicode_TransformDecimalAndSpaceToASCII): code points below 0x7F stay,
** Unicode whitespace becomes ' ', decimal digits become '0'..'9', and the
** first other code point becomes '?', where the mapping stops. Bytes
** arguments are used as they are. mt_uni_number_char applies the mapping
** one character at a time, so the parsers need no copy of the text: it
** reads the character at *p (valid UTF-8 when unicode), advances *p past
** it and returns its ASCII form, MT_UNI_NUMBER_BAD for a character that
** cannot be part of a number (every byte >= 0x80 of a bytes argument), or
** -1 with *p unchanged when *p is at end.
*/
#define MT_UNI_NUMBER_BAD '?'

MT_INTERNAL int mt_uni_number_char(const char **p, const char *end, bool unicode);

/* Py_ISSPACE: ASCII whitespace, as int() and float() strip it, bytes.isspace
** tests it and the tokenizer skips it. */
static inline bool mt_uni_ascii_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

#endif
