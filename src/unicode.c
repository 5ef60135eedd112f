/*
** unicode.c: Unicode property lookups over the generated tables, UTF-8
** validation, and the utf-8 / ascii / latin-1 codecs with CPython 3.11's
** error handlers and messages.
*/
#include "unicode.h"

#include <stdio.h>
#include <string.h>

#include "unicode_db.h"

/* ---------------------------------------------------------------------
** Property lookups
*/

/* The record of cp: three table loads (see the diagram in unicode_db.h).
** Code points past U+10FFFF share the record of U+0000: no properties and
** zero case deltas. */
static const uni_record *record(uint32_t cp) {
  if (cp > MT_UNI_MAX) cp = 0;
  uint32_t m = UNI_MID[((uint32_t)UNI_TOP[cp >> (UNI_MID_SHIFT + UNI_LEAF_SHIFT)] << UNI_MID_SHIFT) +
                       ((cp >> UNI_LEAF_SHIFT) & UNI_MID_MASK)];
  return &UNI_RECORDS[UNI_LEAF[(m << UNI_LEAF_SHIFT) + (cp & UNI_LEAF_MASK)]];
}

uint32_t mt_uni_props(uint32_t cp) { return cp > MT_UNI_MAX ? 0 : record(cp)->flags; }

int mt_uni_decimal(uint32_t cp) {
  const uni_record *r = record(cp);
  return (r->flags & MT_UNI_DECIMAL) ? r->digit : -1;
}

int mt_uni_digit(uint32_t cp) {
  const uni_record *r = record(cp);
  return (r->flags & MT_UNI_DIGIT) ? r->digit : -1;
}

int mt_uni_case_full(uint32_t cp, mt_uni_case which, uint32_t out[MT_UNI_CASE_MAX]) {
  int32_t f = record(cp)->map[which];
  if (f < (1 << UNI_EXT_SHIFT)) {
    out[0] = (uint32_t)((int32_t)cp + f);
    return 1;
  }
  int n = f >> UNI_EXT_SHIFT;
  const uint32_t *seq = &UNI_SEQS[f & 0xFFFF];
  for (int i = 0; i < n; i++) out[i] = seq[i];
  return n;
}

uint32_t mt_uni_case_simple(uint32_t cp, mt_uni_case which) {
  uint32_t full[MT_UNI_CASE_MAX];
  mt_uni_case_full(cp, which, full);
  return full[0];
}

size_t mt_uni_table_bytes(void) { return UNI_TABLE_BYTES; }

/* ---------------------------------------------------------------------
** UTF-8
*/

#define HIGH8 0x8080808080808080ull

static uint64_t load64(const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return w;
}

static const char R_START[] = "invalid start byte";
static const char R_CONT[] = "invalid continuation byte";
static const char R_END[] = "unexpected end of data";

/*
** Length of the well-formed sequence at p[0..avail) whose lead byte is
** >= 0x80, or 0 with *bad = the length of the error range and *reason set.
** Mirrors CPython's stringlib utf8_decode: the second byte's range depends
** on the lead (E0: A0-BF against overlongs, ED: 80-9F against surrogates,
** F0: 90-BF, F4: 80-8F against > U+10FFFF), a truncated sequence at the end
** of the input covers the rest of it ("unexpected end of data"), and an
** invalid continuation covers the valid bytes before it.
*/
static size_t utf8_seq(const uint8_t *p, size_t avail, size_t *bad, const char **reason) {
  uint8_t c = p[0];
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c < 0xC2 || c > 0xF4) {
    *bad = 1;
    *reason = R_START;
    return 0;
  }
  if (c < 0xE0) {
    need = 2;
  } else if (c < 0xF0) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  }
  for (size_t k = 1; k < need; k++) {
    if (k == avail) {
      *bad = avail;
      *reason = R_END;
      return 0;
    }
    bool ok = k == 1 ? p[1] >= lo && p[1] <= hi : mt_uni_is_cont(p[k]);
    if (!ok) {
      *bad = k;
      *reason = R_CONT;
      return 0;
    }
  }
  return need;
}

/* Index of the first byte >= 0x80 in s[i..len), or len. */
static size_t skip_ascii(const char *s, size_t i, size_t len) {
  for (; i + 8 <= len; i += 8)
    if (load64(s + i) & HIGH8) break;
  while (i < len && (uint8_t)s[i] < 0x80) i++;
  return i;
}

static void set_error(mt_uni_codec_error *err, bool encoding, mt_uni_codec codec, size_t start,
                      size_t end, uint32_t bad, const char *reason) {
  err->encoding = encoding;
  err->codec = codec;
  err->start = start;
  err->end = end;
  err->bad = bad;
  err->reason = reason;
}

int mt_uni_utf8_check(const char *s, size_t len, size_t *ncp, mt_uni_codec_error *err) {
  const uint8_t *u = (const uint8_t *)s;
  size_t i = 0, extra = 0;
  while ((i = skip_ascii(s, i, len)) < len) {
    size_t bad;
    const char *reason;
    size_t n = utf8_seq(u + i, len - i, &bad, &reason);
    if (!n) {
      set_error(err, false, MT_UNI_UTF8, i, i + bad, u[i], reason);
      return MT_UNI_ECODEC;
    }
    extra += n - 1;
    i += n;
  }
  *ncp = len - extra;
  return MT_UNI_OK;
}

/* ---------------------------------------------------------------------
** Codecs
*/

/* Normalized names of the three codecs: CPython's module names (utf_8,
** ascii, latin_1) and their encodings.aliases keys. */
static const struct {
  const char *name;
  mt_uni_codec codec;
  bool module;
} CODEC_NAMES[] = {
    {"utf_8", MT_UNI_UTF8, true},
    {"utf8", MT_UNI_UTF8, false},
    {"u8", MT_UNI_UTF8, false},
    {"utf", MT_UNI_UTF8, false},
    {"utf8_ucs2", MT_UNI_UTF8, false},
    {"utf8_ucs4", MT_UNI_UTF8, false},
    {"cp65001", MT_UNI_UTF8, false},
    {"ascii", MT_UNI_ASCII, true},
    {"646", MT_UNI_ASCII, false},
    {"ansi_x3.4_1968", MT_UNI_ASCII, false},
    {"ansi_x3.4_1986", MT_UNI_ASCII, false},
    {"ansi_x3_4_1968", MT_UNI_ASCII, false},
    {"cp367", MT_UNI_ASCII, false},
    {"csascii", MT_UNI_ASCII, false},
    {"ibm367", MT_UNI_ASCII, false},
    {"iso646_us", MT_UNI_ASCII, false},
    {"iso_646.irv_1991", MT_UNI_ASCII, false},
    {"iso_ir_6", MT_UNI_ASCII, false},
    {"us", MT_UNI_ASCII, false},
    {"us_ascii", MT_UNI_ASCII, false},
    {"latin_1", MT_UNI_LATIN1, true},
    {"8859", MT_UNI_LATIN1, false},
    {"cp819", MT_UNI_LATIN1, false},
    {"csisolatin1", MT_UNI_LATIN1, false},
    {"ibm819", MT_UNI_LATIN1, false},
    {"iso8859", MT_UNI_LATIN1, false},
    {"iso8859_1", MT_UNI_LATIN1, false},
    {"iso_8859_1", MT_UNI_LATIN1, false},
    {"iso_8859_1_1987", MT_UNI_LATIN1, false},
    {"iso_ir_100", MT_UNI_LATIN1, false},
    {"l1", MT_UNI_LATIN1, false},
    {"latin", MT_UNI_LATIN1, false},
    {"latin1", MT_UNI_LATIN1, false},
};

static const char *const CODEC_CANONICAL[] = {"utf-8", "ascii", "latin-1"};

static bool is_ascii_alnum(uint8_t c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int find_codec(const char *norm, bool module, mt_uni_codec *out) {
  for (size_t i = 0; i < MT_ARRAY_LEN(CODEC_NAMES); i++) {
    if (CODEC_NAMES[i].module == module && strcmp(norm, CODEC_NAMES[i].name) == 0) {
      *out = CODEC_NAMES[i].codec;
      return 0;
    }
  }
  return -1;
}

/*
** CPython's lookup: lower ASCII letters, keep digits and '.', turn each run
** of other bytes into one '_' (none leading or trailing); then try the
** aliases as is and with '.' replaced by '_', then the module names, which
** never contain '.' (encodings.search_function).
*/
int mt_uni_codec_lookup(const char *name, size_t len, mt_uni_codec *out) {
  char norm[32], undotted[32];
  size_t n = 0;
  bool punct = false, dotted = false;
  for (size_t i = 0; i < len; i++) {
    uint8_t c = (uint8_t)name[i];
    if (!is_ascii_alnum(c) && c != '.') {
      punct = true;
      continue;
    }
    if (n + 2 >= sizeof norm) return -1; /* longer than every known name */
    if (punct && n) norm[n++] = '_';
    punct = false;
    dotted |= c == '.';
    norm[n++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  norm[n] = '\0';
  for (size_t i = 0; i <= n; i++) undotted[i] = norm[i] == '.' ? '_' : norm[i];
  if (find_codec(norm, false, out) == 0 || find_codec(undotted, false, out) == 0) return 0;
  return dotted ? -1 : find_codec(norm, true, out);
}

const char *mt_uni_codec_name(mt_uni_codec c) { return CODEC_CANONICAL[c]; }

mt_uni_errors mt_uni_errors_lookup(const char *name, size_t len) {
  static const char *const NAMES[] = {
      "strict",            "ignore",      "replace",         "backslashreplace",
      "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass",
  };
  MT_STATIC_ASSERT(MT_ARRAY_LEN(NAMES) == MT_UNI_ERR_UNKNOWN, "one name per handler");
  for (size_t i = 0; i < MT_ARRAY_LEN(NAMES); i++)
    if (strlen(NAMES[i]) == len && memcmp(NAMES[i], name, len) == 0) return (mt_uni_errors)i;
  return MT_UNI_ERR_UNKNOWN;
}

/* The escape of c for repr() and backslashreplace, NUL-terminated in out;
** returns its length. */
static int hex_escape(char out[11], uint32_t c) {
  if (c <= 0xFF) return snprintf(out, 11, "\\x%02x", (unsigned)c);
  if (c <= 0xFFFF) return snprintf(out, 11, "\\u%04x", (unsigned)c);
  return snprintf(out, 11, "\\U%08x", (unsigned)c);
}

int mt_uni_put_hex_escape(mt_buf *out, uint32_t c) {
  char esc[11];
  return mt_buf_append(out, esc, (size_t)hex_escape(esc, c));
}

/* A surrogate encoded in UTF-8 (ED A0..BF 80..BF), which surrogatepass
** would decode to a lone surrogate. */
static bool is_encoded_surrogate(const uint8_t *p, size_t avail) {
  return avail >= 3 && p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF && mt_uni_is_cont(p[2]);
}

/*
** Apply the decode error handler to the undecodable bytes s[start..end),
** appending any replacement to out. Errors the handler re-raises are
** returned with *err filled (strict's error in every failing case).
*/
static int decode_error(mt_uni_codec codec, mt_uni_errors errors, const char *s, size_t len,
                        size_t start, size_t end, const char *reason, mt_buf *out, size_t *ncp,
                        mt_uni_codec_error *err) {
  const uint8_t *u = (const uint8_t *)s;
  set_error(err, false, codec, start, end, u[start], reason);
  switch (errors) {
    case MT_UNI_ERR_STRICT:
      return MT_UNI_ECODEC;
    case MT_UNI_ERR_SURROGATEPASS:
      if (codec == MT_UNI_UTF8 && is_encoded_surrogate(u + start, len - start))
        return MT_UNI_EUNSUPPORTED;
      return MT_UNI_ECODEC;
    case MT_UNI_ERR_IGNORE:
      return MT_UNI_OK;
    case MT_UNI_ERR_REPLACE:
      *ncp += 1;
      return mt_buf_append(out, "\xEF\xBF\xBD", 3) ? MT_UNI_ENOMEM : MT_UNI_OK;
    case MT_UNI_ERR_BACKSLASHREPLACE:
      for (size_t i = start; i < end; i++)
        if (mt_uni_put_hex_escape(out, u[i])) return MT_UNI_ENOMEM;
      *ncp += 4 * (end - start);
      return MT_UNI_OK;
    case MT_UNI_ERR_XMLCHARREFREPLACE:
    case MT_UNI_ERR_NAMEREPLACE:
      return MT_UNI_EHANDLERTYPE;
    case MT_UNI_ERR_SURROGATEESCAPE:
      return MT_UNI_EUNSUPPORTED;
    case MT_UNI_ERR_UNKNOWN:
      break;
  }
  return MT_UNI_EHANDLER;
}

/* Append s[from..to) (valid UTF-8 holding ncp_chunk code points). */
static int put_chunk(mt_buf *out, const char *s, size_t from, size_t to, size_t *ncp,
                     size_t ncp_chunk) {
  *ncp += ncp_chunk;
  return mt_buf_append(out, s + from, to - from) ? MT_UNI_ENOMEM : MT_UNI_OK;
}

/* UTF-8 and ASCII decoding: copy well-formed runs, hand each ill-formed
** range to the error handler, resume after it. */
static int decode_utf8_or_ascii(mt_uni_codec codec, mt_uni_errors errors, const char *s,
                                size_t len, mt_buf *out, size_t *ncp, mt_uni_codec_error *err) {
  const uint8_t *u = (const uint8_t *)s;
  size_t i = 0, run = 0, run_ncp = 0;
  int rc;
  while ((i = skip_ascii(s, i, len)) < len) {
    size_t bad = 1, n = 0;
    const char *reason = "ordinal not in range(128)";
    if (codec == MT_UNI_UTF8) n = utf8_seq(u + i, len - i, &bad, &reason);
    if (n) {
      run_ncp += n - 1;
      i += n;
      continue;
    }
    if ((rc = put_chunk(out, s, run, i, ncp, (i - run) - run_ncp)) != MT_UNI_OK) return rc;
    if ((rc = decode_error(codec, errors, s, len, i, i + bad, reason, out, ncp, err)) != MT_UNI_OK)
      return rc;
    i += bad;
    run = i;
    run_ncp = 0;
  }
  return put_chunk(out, s, run, len, ncp, (len - run) - run_ncp);
}

static int decode_latin1(const char *s, size_t len, mt_buf *out, size_t *ncp) {
  if (mt_buf_reserve(out, 2 * len)) return MT_UNI_ENOMEM;
  for (size_t i = 0; i < len; i++) {
    uint8_t c = (uint8_t)s[i];
    if (c < 0x80) {
      out->data[out->len++] = (char)c;
    } else {
      out->data[out->len++] = (char)(0xC0 | (c >> 6));
      out->data[out->len++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out->data[out->len] = '\0';
  *ncp += len;
  return MT_UNI_OK;
}

int mt_uni_decode(mt_uni_codec codec, mt_uni_errors errors, const char *s, size_t len,
                  mt_buf *out, size_t *ncp, mt_uni_codec_error *err) {
  if (codec == MT_UNI_LATIN1) return decode_latin1(s, len, out, ncp);
  return decode_utf8_or_ascii(codec, errors, s, len, out, ncp, err);
}

/* Apply the encode error handler to the unencodable code points
** s[from..to) (bytes), numbered start.. in code points. */
static int encode_error(mt_uni_codec codec, mt_uni_errors errors, const char *s, size_t from,
                        size_t to, size_t start, size_t end, mt_buf *out,
                        mt_uni_codec_error *err) {
  size_t i = from;
  uint32_t first = mt_uni_next(s, &i);
  set_error(err, true, codec, start, end, first,
            codec == MT_UNI_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)");
  switch (errors) {
    case MT_UNI_ERR_STRICT:
    case MT_UNI_ERR_SURROGATEESCAPE:
    case MT_UNI_ERR_SURROGATEPASS:
      return MT_UNI_ECODEC;
    case MT_UNI_ERR_NAMEREPLACE:
      return MT_UNI_EUNSUPPORTED;
    case MT_UNI_ERR_UNKNOWN:
      return MT_UNI_EHANDLER;
    case MT_UNI_ERR_IGNORE:
    case MT_UNI_ERR_REPLACE:
    case MT_UNI_ERR_BACKSLASHREPLACE:
    case MT_UNI_ERR_XMLCHARREFREPLACE:
      break;
  }
  for (i = from; i < to;) {
    uint32_t c = mt_uni_next(s, &i);
    int rc = 0;
    if (errors == MT_UNI_ERR_REPLACE) rc = mt_buf_putc(out, '?');
    if (errors == MT_UNI_ERR_BACKSLASHREPLACE) rc = mt_uni_put_hex_escape(out, c);
    if (errors == MT_UNI_ERR_XMLCHARREFREPLACE) rc = mt_buf_printf(out, "&#%u;", (unsigned)c);
    if (rc) return MT_UNI_ENOMEM;
  }
  return MT_UNI_OK;
}

/* ASCII and Latin-1 encoding: CPython reports a whole run of unencodable
** characters as one error. */
static int encode_narrow(mt_uni_codec codec, mt_uni_errors errors, const char *s, size_t len,
                         mt_buf *out, mt_uni_codec_error *err) {
  uint32_t limit = codec == MT_UNI_ASCII ? 0x80 : 0x100;
  size_t i = 0, pos = 0;
  if (mt_buf_reserve(out, len)) return MT_UNI_ENOMEM;
  while (i < len) {
    size_t at = i;
    uint32_t c = mt_uni_next(s, &i);
    if (c < limit) {
      if (mt_buf_putc(out, (char)c)) return MT_UNI_ENOMEM;
      pos++;
      continue;
    }
    size_t start = pos++;
    size_t j = i;
    while (j < len) {
      size_t k = j;
      if (mt_uni_next(s, &k) < limit) break;
      j = k;
      pos++;
    }
    int rc = encode_error(codec, errors, s, at, j, start, pos, out, err);
    if (rc != MT_UNI_OK) return rc;
    i = j;
  }
  return MT_UNI_OK;
}

int mt_uni_encode(mt_uni_codec codec, mt_uni_errors errors, const char *s, size_t len,
                  mt_buf *out, mt_uni_codec_error *err) {
  if (codec == MT_UNI_UTF8) return mt_buf_append(out, s, len) ? MT_UNI_ENOMEM : MT_UNI_OK;
  return encode_narrow(codec, errors, s, len, out, err);
}

/* The text of UnicodeDecodeError.__str__ / UnicodeEncodeError.__str__. */
void mt_uni_codec_error_format(const mt_uni_codec_error *e, char *out, size_t cap) {
  const char *name = mt_uni_codec_name(e->codec);
  char esc[11];
  if (e->end != e->start + 1) {
    snprintf(out, cap, "'%s' codec can't %s %s in position %zu-%zu: %s", name,
             e->encoding ? "encode" : "decode", e->encoding ? "characters" : "bytes", e->start,
             e->end - 1, e->reason);
  } else if (!e->encoding) {
    snprintf(out, cap, "'%s' codec can't decode byte 0x%02x in position %zu: %s", name,
             (unsigned)e->bad, e->start, e->reason);
  } else {
    hex_escape(esc, e->bad);
    snprintf(out, cap, "'%s' codec can't encode character '%s' in position %zu: %s", name, esc,
             e->start, e->reason);
  }
}

int mt_uni_codec_error_message(const mt_uni_codec_error *e, mt_buf *out) {
  char text[MT_UNI_ERROR_TEXT_MAX];
  mt_uni_codec_error_format(e, text, sizeof text);
  return mt_buf_puts(out, text);
}

/* One record lookup gives both answers: whitespace, else decimal value. */
int mt_uni_number_char(const char **p, const char *end, bool unicode) {
  if (*p >= end) return -1;
  uint8_t c = (uint8_t)**p;
  if (c < 0x7F || !unicode) {
    *p += 1;
    return c < 0x7F ? c : MT_UNI_NUMBER_BAD;
  }
  size_t n = 0;
  const uni_record *r = record(mt_uni_next(*p, &n));
  mt_assert(n <= (size_t)(end - *p));
  *p += n;
  if (r->flags & MT_UNI_SPACE) return ' ';
  return (r->flags & MT_UNI_DECIMAL) ? '0' + r->digit : MT_UNI_NUMBER_BAD;
}
