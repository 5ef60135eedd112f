/*
** lex_decode.c: the values of string tokens, decoded on demand so the
** lexer itself never allocates.
**
** Decoding follows CPython 3.11 (Parser/string_parser.c): source line ends
** read as "\n"; str literals must be valid UTF-8 and have their escapes
** resolved (unknown escapes stay as written; 3.11 only warns); bytes
** literals must be ASCII and know no \u, \U or \N. Errors repeat CPython's
** messages, positions included: 3.11 decodes a literal with escapes after
** rewriting each non-ASCII character as a 10-byte \UXXXXXXXX escape, so the
** positions in its messages count such characters as 10.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lex.h"
#include "unicode.h"
#include "uniname.h"

/* The parts of a STRING or FSTRING_START token. */
typedef struct str_shape {
  bool raw, bytes;
  uint32_t body, body_end; /* offsets of the text between the quotes */
} str_shape;

static str_shape shape_of(const char *src, const mt_token *tok) {
  str_shape s = {false, false, tok->off, tok->off + tok->len};
  uint32_t q = tok->off;
  for (; src[q] != '\'' && src[q] != '"'; q++) {
    s.raw |= src[q] == 'r' || src[q] == 'R';
    s.bytes |= src[q] == 'b' || src[q] == 'B';
  }
  uint32_t qlen = tok->len - (q - tok->off) >= 6 && src[q + 1] == src[q] && src[q + 2] == src[q] ? 3 : 1;
  s.body = q + qlen;
  s.body_end = tok->off + tok->len - qlen;
  return s;
}

bool mt_lex_fstring_is_raw(const char *src, const mt_token *tok) {
  for (uint32_t i = tok->off; i < tok->off + tok->len && src[i] != '\'' && src[i] != '"'; i++)
    if (src[i] == 'r' || src[i] == 'R') return true;
  return false;
}

/* What a decode is working on, and where its errors go. */
typedef struct decoder {
  const uint8_t *s;     /* the literal text */
  uint32_t n;
  bool raw, bytes, fstring;
  mt_buf *out;
  mt_syntax_error *err;
  const mt_token *tok;
} decoder;

static int oom(decoder *d) {
  mt_syntax_error_set(d->err, MT_SE_MEMORY, d->tok->line, d->tok->col, "out of memory");
  return -1;
}

/* "(unicode error) ..." and "(value error) ..." come from the parser's
** decode in CPython, which places them at the token after the string
** group; here they sit at the end of the token and the parser may move
** them. */
static int decode_error(decoder *d, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int decode_error(decoder *d, const char *kind, const char *fmt, ...) {
  char msg[sizeof d->err->msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  mt_syntax_error_set(d->err, MT_SE_SYNTAX, d->tok->end_line, d->tok->end_col, "(%s) %s", kind,
                      msg);
  return -1;
}

static int escape_error(decoder *d, uint32_t from, uint32_t to, const char *why) {
  return decode_error(d, "unicode error",
                      "'unicodeescape' codec can't decode bytes in position %u-%u: %s", from,
                      to - 1, why);
}

/* Check the UTF-8 of a str literal before any escape is looked at, as
** 3.11 does. Its plain path decodes the whole text, counting \r\n as one
** byte; its escape path (a backslash in a non-raw literal) decodes each run
** of non-ASCII bytes on its own, so positions count from the run's start
** and a sequence cut short by an ASCII byte is "unexpected end of data". */
static int check_utf8(decoder *d) {
  const char *s = (const char *)d->s;
  size_t ncp;
  mt_uni_codec_error e;
  if (mt_uni_utf8_check(s, d->n, &ncp, &e) == MT_UNI_OK) return 0;
  if (!d->raw && (d->fstring || memchr(s, '\\', d->n) != NULL)) {
    size_t run = e.start, run_end = e.start;
    while (run > 0 && d->s[run - 1] >= 0x80) run--;
    while (run_end < d->n && d->s[run_end] >= 0x80) run_end++;
    int rc = mt_uni_utf8_check(s + run, run_end - run, &ncp, &e);
    mt_assert(rc == MT_UNI_ECODEC);
    (void)rc;
  } else {
    size_t crlf = 0;
    for (size_t i = 0; i + 1 < e.start; i++) crlf += s[i] == '\r' && s[i + 1] == '\n';
    e.start -= crlf;
    e.end -= crlf;
  }
  char why[MT_UNI_ERROR_TEXT_MAX];
  mt_uni_codec_error_format(&e, why, sizeof why);
  return decode_error(d, "unicode error", "%s", why);
}

static int hex_value(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The simple one-letter escapes shared by str and bytes. */
static int simple_escape(uint8_t c) {
  switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
  }
}

static int put(decoder *d, uint32_t cp) {
  int r = d->bytes ? mt_buf_putc(d->out, (char)(cp & 0xFF)) : mt_buf_put_utf8(d->out, cp);
  return r < 0 ? oom(d) : 0;
}

/* 3.11's length of the escape text d->s[from..to): a non-ASCII character
** counts as its 10-byte \UXXXXXXXX rewrite, a \r\n as one byte. */
static uint32_t width_311(const decoder *d, uint32_t from, uint32_t to) {
  uint32_t w = 0;
  for (uint32_t k = from; k < to; k++) {
    uint8_t b = d->s[k];
    if (b == '\r' && k + 1 < to && d->s[k + 1] == '\n') continue;
    w += b < 0x80 ? 1 : mt_uni_is_cont(b) ? 0 : 10;
  }
  return w;
}

/* \N{name} after the backslash at d->s[*i] (*pos is 3.11's position of
** it): the character with that name, or CPython's errors. The search for
** the closing brace is bounded by the literal; the lookup rejects names
** longer than the longest one before hashing them. */
static int name_escape(decoder *d, uint32_t *i, uint32_t *pos) {
  const uint8_t *s = d->s;
  uint32_t open = *i + 2, close = open + 1, start_pos = *pos, cp;
  if (open >= d->n || s[open] != '{')
    return escape_error(d, start_pos, start_pos + 2, "malformed \\N character escape");
  while (close < d->n && s[close] != '}') close++;
  if (close == d->n || close == open + 1)
    return escape_error(d, start_pos, start_pos + width_311(d, *i, close),
                        "malformed \\N character escape");
  uint32_t width = width_311(d, *i, close + 1);
  if (mt_uniname_lookup((const char *)s + open + 1, close - open - 1, &cp) < 0)
    return escape_error(d, start_pos, start_pos + width, "unknown Unicode character name");
  *i = close + 1;
  *pos += width;
  return put(d, cp);
}

/* The escape after the backslash at d->s[*i]; *pos is 3.11's position of
** that backslash. Advances *i and *pos past the escape. */
static int escape(decoder *d, uint32_t *i, uint32_t *pos) {
  const uint8_t *s = d->s;
  uint32_t at = *i + 1, start_pos = *pos;
  uint8_t c = at < d->n ? s[at] : 0;
  int v;
  if (c == '\n' || c == '\r') { /* backslash-newline: nothing */
    at += c == '\r' && at + 1 < d->n && s[at + 1] == '\n' ? 2 : 1;
    *pos += 2;
    *i = at;
    return 0;
  }
  if ((v = simple_escape(c)) >= 0) {
    *i = at + 1;
    *pos += 2;
    return put(d, (uint32_t)v);
  }
  if (c >= '0' && c <= '7') {
    uint32_t cp = 0, k = 0;
    while (k < 3 && at + k < d->n && s[at + k] >= '0' && s[at + k] <= '7')
      cp = cp * 8 + (s[at + k++] - '0');
    *i = at + k;
    *pos += 1 + k;
    return put(d, cp);
  }
  uint32_t digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  if (d->bytes && c != 'x') digits = 0;
  if (digits) {
    uint32_t cp = 0, k = 0;
    for (; k < digits; k++) {
      int h = at + 1 + k < d->n ? hex_value(s[at + 1 + k]) : -1;
      if (h < 0) break;
      cp = cp * 16 + (uint32_t)h;
    }
    if (k < digits) {
      if (d->bytes)
        return decode_error(d, "value error", "invalid \\x escape at position %u", start_pos);
      const char *why = c == 'x'   ? "truncated \\xXX escape"
                        : c == 'u' ? "truncated \\uXXXX escape"
                                   : "truncated \\UXXXXXXXX escape";
      return escape_error(d, start_pos, start_pos + 2 + k, why);
    }
    if (cp > 0x10FFFF) return escape_error(d, start_pos, start_pos + 10, "illegal Unicode character");
    /* A str holds strict UTF-8 (src/unicode.h), which cannot encode a lone
    ** surrogate: refuse it here rather than build an invalid str. */
    if (cp >= 0xD800 && cp <= 0xDFFF)
      return escape_error(d, start_pos, start_pos + 2 + digits, "lone surrogates are not supported");
    *i = at + 1 + digits;
    *pos += 2 + digits;
    return put(d, cp);
  }
  if (c == 'N' && !d->bytes) return name_escape(d, i, pos);
  /* unknown escape: kept as written */
  if (mt_buf_putc(d->out, '\\') < 0) return oom(d);
  *i = at;
  *pos += c >= 0x80 ? 6 : 1; /* 3.11 spells a backslash before non-ASCII as \u005c */
  return 0;
}

/* Decode the literal text: escapes unless raw, line ends as "\n", and in
** f-string text "{{" and "}}" as one brace. */
static int decode_text(decoder *d) {
  const uint8_t *s = d->s;
  uint32_t pos = 0;
  for (uint32_t i = 0; i < d->n;) {
    uint8_t c = s[i];
    if (c == '\\' && !d->raw && !(d->fstring && i + 1 < d->n && (s[i + 1] == '{' || s[i + 1] == '}'))) {
      if (escape(d, &i, &pos) < 0) return -1;
      continue;
    }
    if (c == '\r') {
      i += i + 1 < d->n && s[i + 1] == '\n' ? 2 : 1;
      pos++;
      if (mt_buf_putc(d->out, '\n') < 0) return oom(d);
      continue;
    }
    if (d->fstring && (c == '{' || c == '}') && i + 1 < d->n && s[i + 1] == c) i++;
    if (c >= 0x80) { /* one character, valid since check_utf8 */
      size_t next = i;
      mt_uni_next((const char *)s, &next);
      if (mt_buf_append(d->out, s + i, next - i) < 0) return oom(d);
      i = (uint32_t)next;
      pos += 10;
      continue;
    }
    if (mt_buf_putc(d->out, (char)c) < 0) return oom(d);
    i++;
    pos++;
  }
  return 0;
}

int mt_lex_decode_string(const char *src, const mt_token *tok, mt_buf *out, bool *is_bytes,
                         mt_syntax_error *err) {
  str_shape sh = shape_of(src, tok);
  decoder d = {(const uint8_t *)src + sh.body, sh.body_end - sh.body, sh.raw, sh.bytes, false,
               out, err, tok};
  *is_bytes = sh.bytes;
  if (sh.bytes) {
    for (uint32_t i = 0; i < d.n; i++) {
      if (d.s[i] >= 0x80) {
        mt_syntax_error_set(err, MT_SE_SYNTAX, tok->line, tok->col,
                            "bytes can only contain ASCII literal characters");
        return -1;
      }
    }
  } else if (check_utf8(&d) < 0) {
    return -1;
  }
  if (mt_buf_reserve(out, d.n) < 0) return oom(&d);
  return decode_text(&d);
}

int mt_lex_decode_fstring_middle(const char *src, const mt_token *tok, bool raw, mt_buf *out,
                                 mt_syntax_error *err) {
  decoder d = {(const uint8_t *)src + tok->off, tok->len, raw, false, true, out, err, tok};
  if (check_utf8(&d) < 0) return -1;
  if (mt_buf_reserve(out, d.n) < 0) return oom(&d);
  return decode_text(&d);
}
