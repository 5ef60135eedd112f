/*
** format.c: format() and printf-style % for numbers and strings (see
** format.h), following CPython 3.11's Python/formatter_unicode.c and the
** % machinery of Objects/unicodeobject.c. Float digits come from
** mt_float_format (CPython's PyOS_double_to_string).
*/
#include "format.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "floating.h"
#include "unicode.h"

/*
** {==================================================================
** Helpers
** ===================================================================
*/

static int fail(mt_buf *msg, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Appends the formatted message to msg and returns code. */
static int fail(mt_buf *msg, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int rc = mt_buf_vprintf(msg, fmt, ap);
  va_end(ap);
  return rc ? MT_FMT_ENOMEM : code;
}

/* Byte length of the first `count` code points of s. */
static size_t prefix_bytes(const char *s, size_t len, size_t count) {
  size_t i = 0;
  while (i < len && count > 0) {
    i++;
    while (i < len && mt_uni_is_cont((uint8_t)s[i])) i++;
    count--;
  }
  return i;
}

/* The code point at *p (valid UTF-8, as every str), advancing *p. */
static uint32_t next_cp(const char **p) {
  size_t n = 0;
  uint32_t cp = mt_uni_next(*p, &n);
  *p += n;
  return cp;
}

static int put_repeat(mt_buf *b, uint32_t cp, int64_t n) {
  if (n <= 0) return 0;
  if (cp < 0x80) {
    if (mt_buf_reserve(b, (size_t)n)) return -1;
    memset(b->data + b->len, (int)cp, (size_t)n);
    b->len += (size_t)n;
    b->data[b->len] = '\0';
    return 0;
  }
  for (int64_t i = 0; i < n; i++)
    if (mt_buf_put_utf8(b, cp)) return -1;
  return 0;
}

/* The type character for messages: itself when printable ASCII, else
** its hex code like CPython's '\x%x'. */
static const char *type_repr(uint32_t type, char buf[16]) {
  if (type > 32 && type < 128) snprintf(buf, 16, "%c", (char)type);
  else snprintf(buf, 16, "\\x%x", (unsigned)type);
  return buf;
}

static int unknown_type(mt_buf *msg, uint32_t type, const char *type_name) {
  char t[16];
  return fail(msg, MT_FMT_EVALUE, "Unknown format code '%s' for object of type '%.200s'",
              type_repr(type, t), type_name);
}

/* }================================================================== */

/*
** {==================================================================
** Spec parsing (parse_internal_render_format_spec)
** ===================================================================
*/

typedef struct spec_reader {
  const char *p, *end;
} spec_reader;

/* Code point at offset k (0 or 1) from the read position, or -1. */
static int64_t look(const spec_reader *r, int k) {
  const char *q = r->p;
  uint32_t cp = 0;
  for (int i = 0; i <= k; i++) {
    if (q >= r->end) return -1;
    cp = next_cp(&q);
  }
  return cp;
}

static void skip(spec_reader *r) { next_cp(&r->p); }

static bool is_align(int64_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Decimal digits (any Unicode Nd) into *v; returns how many were read
** or -1 past INT64_MAX ("Too many decimal digits in format string"). */
static int64_t read_integer(spec_reader *r, int64_t *v) {
  int64_t acc = 0, count = 0, c;
  while ((c = look(r, 0)) >= 0) {
    int d = mt_uni_decimal((uint32_t)c);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
    count++;
    skip(r);
  }
  *v = acc;
  return count;
}

int mt_fmt_parse(mt_fmt_spec *spec, const char *s, size_t len, mt_fmt_kind kind, const char *type_name,
                 mt_buf *msg) {
  static const char too_many[] = "Too many decimal digits in format string";
  static const char both[] = "Cannot specify both ',' and '_'.";
  char default_align = kind == MT_FMT_KIND_STR ? '<' : '>';
  spec_reader r = {s, s + len};
  spec->fill = ' ';
  spec->align = default_align;
  spec->sign = 0;
  spec->no_neg_0 = false;
  spec->alternate = false;
  spec->grouping = 0;
  spec->width = -1;
  spec->precision = -1;
  spec->type = kind == MT_FMT_KIND_INT ? 'd' : kind == MT_FMT_KIND_STR ? 's' : 0;
  bool fill_given = false, align_given = false;
  if (is_align(look(&r, 1))) {
    spec->fill = (uint32_t)look(&r, 0);
    spec->align = (char)look(&r, 1);
    fill_given = align_given = true;
    skip(&r);
    skip(&r);
  } else if (is_align(look(&r, 0))) {
    spec->align = (char)look(&r, 0);
    align_given = true;
    skip(&r);
  }
  int64_t c = look(&r, 0);
  if (c == '+' || c == '-' || c == ' ') {
    spec->sign = (char)c;
    skip(&r);
  }
  if (look(&r, 0) == 'z') {
    spec->no_neg_0 = true;
    skip(&r);
  }
  if (look(&r, 0) == '#') {
    spec->alternate = true;
    skip(&r);
  }
  if (!fill_given && look(&r, 0) == '0') {
    spec->fill = '0';
    if (!align_given && default_align == '>') spec->align = '=';
    skip(&r);
  }
  int64_t n = read_integer(&r, &spec->width);
  if (n < 0) return fail(msg, MT_FMT_EVALUE, too_many);
  if (n == 0) spec->width = -1;
  if (look(&r, 0) == ',') {
    spec->grouping = ',';
    skip(&r);
  }
  if (look(&r, 0) == '_') {
    if (spec->grouping) return fail(msg, MT_FMT_EVALUE, both);
    spec->grouping = '_';
    skip(&r);
  }
  if (look(&r, 0) == ',' && spec->grouping == '_') return fail(msg, MT_FMT_EVALUE, both);
  if (look(&r, 0) == '.') {
    skip(&r);
    n = read_integer(&r, &spec->precision);
    if (n < 0) return fail(msg, MT_FMT_EVALUE, too_many);
    if (n == 0) return fail(msg, MT_FMT_EVALUE, "Format specifier missing precision");
  }
  if (look(&r, 1) >= 0) {
    if (mt_buf_puts(msg, "Invalid format specifier '") || mt_buf_append(msg, s, len)) return MT_FMT_ENOMEM;
    return fail(msg, MT_FMT_EVALUE, "' for object of type '%.200s'", type_name);
  }
  if (look(&r, 0) >= 0) spec->type = (uint32_t)look(&r, 0);
  if (spec->grouping) {
    switch (spec->type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec->grouping == '_') break;
        /* fall through */
      default: {
        char t[16];
        return fail(msg, MT_FMT_EVALUE, "Cannot specify '%c' with '%s'.", spec->grouping,
                    type_repr(spec->type, t));
      }
    }
  }
  return MT_FMT_OK;
}

/* Refuses fields that would make the output huge. */
static int check_size(int64_t width, int64_t precision) {
  return (width > MT_FMT_MAX_FIELD || precision > MT_FMT_MAX_FIELD) ? MT_FMT_ENOMEM : MT_FMT_OK;
}

/* Whether a float's text grows with the precision ('e' and 'f' pad with
** zeros, so does '#' with 'g'); otherwise precisions beyond the digits a
** double has change nothing and are clamped. */
static int float_precision(char type, bool alt, int64_t precision, int *out) {
  bool grows = type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == '%' || alt;
  if (precision > MT_FMT_MAX_FIELD) {
    if (grows) return MT_FMT_ENOMEM;
    precision = MT_FMT_MAX_FIELD;
  }
  *out = (int)precision;
  return MT_FMT_OK;
}

/* }================================================================== */

/*
** {==================================================================
** Number layout (calc_number_widths, fill_number, thousands grouping)
** ===================================================================
*/

/*
** CPython's _PyUnicode_InsertThousandsGrouping: digits d[0..n) in groups
** of `group` (0: no grouping) joined by sep, left-padded with zeros (and
** separators) up to min_width. Writes backwards so that the text ends at
** `end`, or only counts when end is NULL; returns the length.
*/
static size_t group_digits(char *end, const char *d, int64_t n, int64_t min_width, int group, char sep) {
  const char *dp = d + n;
  size_t count = 0;
  bool use_sep = false;
  int64_t remaining = n;
  if (min_width < 0) min_width = 0;
  for (;;) {
    int64_t len = remaining > min_width ? remaining : min_width;
    if (len < 1) len = 1;
    if (group && len > group) len = group;
    int64_t zeros = len > remaining ? len - remaining : 0;
    int64_t chars = remaining < len ? remaining : len;
    if (chars < 0) chars = 0;
    count += (size_t)(use_sep + zeros + chars);
    if (end) {
      if (use_sep) *--end = sep;
      dp -= chars;
      end -= chars;
      memcpy(end, dp, (size_t)chars);
      end -= zeros;
      memset(end, '0', (size_t)zeros);
    }
    if (!group) break;
    use_sep = true;
    remaining -= chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  return count;
}

/* A number cut into the pieces CPython lays out:
**   <lpad><sign><prefix><spad><grouped digits><.><rest><rpad> */
typedef struct number {
  const char *digits;   /* integer digits (grouped) */
  int64_t ndigits;
  const char *prefix;   /* "0x", "0X", "0o", "0b" or "" */
  bool has_decimal;
  const char *rest;     /* after the point: fraction, exponent, '%', 'inf' */
  size_t rest_len;      /* bytes */
  int64_t rest_width;   /* code points */
  bool neg;
  int group;            /* digits per group: 0, 3 or 4 */
} number;

static int put_number(mt_buf *b, const mt_fmt_spec *sp, const number *nm) {
  char sign = 0;
  if (sp->sign == '+') sign = nm->neg ? '-' : '+';
  else if (sp->sign == ' ') sign = nm->neg ? '-' : ' ';
  else if (nm->neg) sign = '-';
  int64_t nprefix = (int64_t)strlen(nm->prefix);
  int64_t fixed = (sign != 0) + nprefix + nm->has_decimal + nm->rest_width;
  int64_t min_width = (sp->fill == '0' && sp->align == '=') ? sp->width - fixed : 0;
  char sep = sp->grouping == ',' ? ',' : '_';
  int group = sp->grouping ? nm->group : 0;
  size_t ngrouped = nm->ndigits ? group_digits(NULL, nm->digits, nm->ndigits, min_width, group, sep) : 0;
  int64_t pad = sp->width - (fixed + (int64_t)ngrouped);
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (pad > 0) {
    switch (sp->align) {
      case '<': rpad = pad; break;
      case '^': lpad = pad / 2; rpad = pad - lpad; break;
      case '=': spad = pad; break;
      default: lpad = pad; break;
    }
  }
  if (put_repeat(b, sp->fill, lpad)) return MT_FMT_ENOMEM;
  if (sign && mt_buf_putc(b, sign)) return MT_FMT_ENOMEM;
  if (mt_buf_puts(b, nm->prefix) || put_repeat(b, sp->fill, spad)) return MT_FMT_ENOMEM;
  if (ngrouped) {
    if (mt_buf_reserve(b, ngrouped)) return MT_FMT_ENOMEM;
    group_digits(b->data + b->len + ngrouped, nm->digits, nm->ndigits, min_width, group, sep);
    b->len += ngrouped;
    b->data[b->len] = '\0';
  }
  if (nm->has_decimal && mt_buf_putc(b, '.')) return MT_FMT_ENOMEM;
  if (mt_buf_append(b, nm->rest, nm->rest_len) || put_repeat(b, sp->fill, rpad)) return MT_FMT_ENOMEM;
  return MT_FMT_OK;
}

/* Cuts formatted float text ("-1234.5e+06", "inf", "12%") into a number:
** sign, leading digits, point, rest (CPython's parse_number). */
static void split_float_text(const char *s, size_t len, number *nm) {
  nm->neg = len > 0 && s[0] == '-';
  if (nm->neg) {
    s++;
    len--;
  }
  size_t i = 0;
  while (i < len && s[i] >= '0' && s[i] <= '9') i++;
  nm->digits = s;
  nm->ndigits = (int64_t)i;
  nm->prefix = "";
  nm->has_decimal = i < len && s[i] == '.';
  if (nm->has_decimal) i++;
  nm->rest = s + i;
  nm->rest_len = len - i;
  nm->rest_width = (int64_t)(len - i);
  nm->group = 3;
}

/* }================================================================== */

/*
** {==================================================================
** format() for floats, ints, strings
** ===================================================================
*/

/* format_float_internal: the spec's type and flags select a
** PyOS_double_to_string call; its text is then laid out. */
static int format_double(mt_buf *b, const mt_fmt_spec *sp, double v, mt_buf *msg) {
  if (sp->precision > INT_MAX) return fail(msg, MT_FMT_EVALUE, "precision too big");
  int rc = check_size(sp->width, -1);
  if (rc) return rc;
  char type = (char)sp->type;
  unsigned flags = (sp->alternate ? MT_FLOAT_ALT : 0) | (sp->no_neg_0 ? MT_FLOAT_NO_NEG_0 : 0);
  int default_precision = 6;
  if (type == 0) {
    flags |= MT_FLOAT_ADD_DOT_0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = type == '%';
  if (percent) {
    type = 'f';
    v *= 100;
  }
  int precision = default_precision;
  if (sp->precision >= 0) {
    if (float_precision(type, sp->alternate, sp->precision, &precision)) return MT_FMT_ENOMEM;
    if (type == 'r') type = 'g';
  }
  mt_buf text = MT_BUF_INIT;
  if (mt_float_format(&text, v, type, precision, flags) || (percent && mt_buf_putc(&text, '%'))) {
    mt_buf_free(&text);
    return MT_FMT_ENOMEM;
  }
  number nm;
  split_float_text(text.data, text.len, &nm);
  rc = put_number(b, sp, &nm);
  mt_buf_free(&text);
  return rc;
}

int mt_fmt_float(mt_buf *b, const char *spec, size_t len, double v, const char *type_name, mt_buf *msg) {
  mt_fmt_spec sp;
  int rc = mt_fmt_parse(&sp, spec, len, MT_FMT_KIND_FLOAT, type_name, msg);
  if (rc) return rc;
  switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_double(b, &sp, v, msg);
    default:
      return unknown_type(msg, sp.type, type_name);
  }
}

/* The 'c' presentation: one character, laid out as a number's "rest". */
static int format_char(mt_buf *b, const mt_fmt_spec *sp, mt_big v, mt_buf *msg) {
  if (sp->sign) return fail(msg, MT_FMT_EVALUE, "Sign not allowed with integer format specifier 'c'");
  if (sp->alternate)
    return fail(msg, MT_FMT_EVALUE, "Alternate form (#) not allowed with integer format specifier 'c'");
  int64_t x;
  if (!mt_big_to_i64(v, &x)) return fail(msg, MT_FMT_EOVERFLOW, "Python int too large to convert to C long");
  if (x < 0 || x > 0x10FFFF) return fail(msg, MT_FMT_EOVERFLOW, "%%c arg not in range(0x110000)");
  mt_buf ch = MT_BUF_INIT;
  if (mt_buf_put_utf8(&ch, (uint32_t)x)) return MT_FMT_ENOMEM;
  number nm = {"", 0, "", false, ch.data, ch.len, 1, false, 0};
  int rc = put_number(b, sp, &nm);
  mt_buf_free(&ch);
  return rc;
}

/* format_long_internal: digits of |v| in the type's base, prefix for
** '#', then the common layout. */
static int format_long(mt_buf *b, const mt_fmt_spec *sp, mt_big v, uint32_t max_digits, mt_buf *msg) {
  if (sp->precision != -1)
    return fail(msg, MT_FMT_EVALUE, "Precision not allowed in integer format specifier");
  if (sp->no_neg_0)
    return fail(msg, MT_FMT_EVALUE, "Negative zero coercion (z) not allowed in integer format specifier");
  int rc = check_size(sp->width, -1);
  if (rc) return rc;
  if (sp->type == 'c') return format_char(b, sp, v, msg);
  int base = 10;
  const char *prefix = "";
  switch (sp->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  mt_big mag = {v.d, v.n, false};
  mt_buf digits = MT_BUF_INIT;
  rc = base == 10 ? mt_big_to_decimal(&digits, mag, max_digits)
                  : mt_big_to_base(&digits, mag, base, sp->type == 'X' ? MT_BIG_UPPER : 0);
  if (rc) {
    mt_buf_free(&digits);
    if (rc == MT_BIG_EDIGITS) return fail(msg, MT_FMT_EVALUE, MT_BIG_MSG_INT_TO_STR, max_digits);
    return MT_FMT_ENOMEM;
  }
  number nm = {digits.data, (int64_t)digits.len, sp->alternate ? prefix : "", false, "", 0, 0,
               v.neg, base == 10 ? 3 : 4};
  rc = put_number(b, sp, &nm);
  mt_buf_free(&digits);
  return rc;
}

int mt_fmt_int(mt_buf *b, const char *spec, size_t len, mt_big v, const char *type_name,
               uint32_t max_str_digits, mt_buf *msg) {
  mt_fmt_spec sp;
  int rc = mt_fmt_parse(&sp, spec, len, MT_FMT_KIND_INT, type_name, msg);
  if (rc) return rc;
  switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long(b, &sp, v, max_str_digits, msg);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (mt_big_to_double(v, &d)) return fail(msg, MT_FMT_EOVERFLOW, "int too large to convert to float");
      return format_double(b, &sp, d, msg);
    }
    default:
      return unknown_type(msg, sp.type, type_name);
  }
}

/* format_string_internal: no sign, z, # or '='; precision truncates,
** width pads, both in code points. */
static int format_string(mt_buf *b, const mt_fmt_spec *sp, const char *s, size_t slen, mt_buf *msg) {
  if (sp->sign == ' ') return fail(msg, MT_FMT_EVALUE, "Space not allowed in string format specifier");
  if (sp->sign) return fail(msg, MT_FMT_EVALUE, "Sign not allowed in string format specifier");
  if (sp->no_neg_0)
    return fail(msg, MT_FMT_EVALUE, "Negative zero coercion (z) not allowed in string format specifier");
  if (sp->alternate)
    return fail(msg, MT_FMT_EVALUE, "Alternate form (#) not allowed in string format specifier");
  if (sp->align == '=') return fail(msg, MT_FMT_EVALUE, "'=' alignment not allowed in string format specifier");
  int rc = check_size(sp->width, -1);
  if (rc) return rc;
  int64_t n = (int64_t)mt_uni_count(s, slen);
  if (sp->precision >= 0 && n > sp->precision) {
    slen = prefix_bytes(s, slen, (size_t)sp->precision);
    n = sp->precision;
  }
  int64_t pad = sp->width > n ? sp->width - n : 0;
  int64_t lpad = sp->align == '>' ? pad : sp->align == '^' ? pad / 2 : 0;
  if (put_repeat(b, sp->fill, lpad) || mt_buf_append(b, s, slen) || put_repeat(b, sp->fill, pad - lpad))
    return MT_FMT_ENOMEM;
  return MT_FMT_OK;
}

int mt_fmt_str(mt_buf *b, const char *spec, size_t len, const char *s, size_t slen, const char *type_name,
               mt_buf *msg) {
  mt_fmt_spec sp;
  int rc = mt_fmt_parse(&sp, spec, len, MT_FMT_KIND_STR, type_name, msg);
  if (rc) return rc;
  if (sp.type != 's') return unknown_type(msg, sp.type, type_name);
  return format_string(b, &sp, s, slen, msg);
}

/* }================================================================== */

/*
** {==================================================================
** printf-style % (unicode_format_arg_parse / _output)
** ===================================================================
*/

int mt_fmt_pct_parse(mt_fmt_pct *p, const char *fmt, size_t len, size_t *pos, bool octets, mt_buf *msg) {
  const char *s = fmt + *pos, *end = fmt + len;
  mt_assert(s < end && *s == '%');
  s++;
  p->octets = octets;
  p->key = NULL;
  p->key_len = 0;
  p->flags = 0;
  p->width = p->prec = -1;
  p->width_arg = p->prec_arg = false;
  if (s < end && *s == '(') {
    int depth = 1;
    const char *k = ++s;
    while (s < end && depth > 0) {
      depth += (*s == '(') - (*s == ')');
      s++;
    }
    if (depth > 0) return fail(msg, MT_FMT_EVALUE, "incomplete format key");
    p->key = k;
    p->key_len = (size_t)(s - 1 - k);
  }
  for (; s < end; s++) {
    unsigned f = *s == '-' ? MT_FMT_LJUST : *s == '+' ? MT_FMT_PLUS : *s == ' ' ? MT_FMT_BLANK
               : *s == '#' ? MT_FMT_ALT : *s == '0' ? MT_FMT_ZERO : 0;
    if (!f) break;
    p->flags |= f;
  }
  if (s < end && *s == '*') {
    p->width_arg = true;
    s++;
  } else if (s < end && *s >= '0' && *s <= '9') {
    for (p->width = 0; s < end && *s >= '0' && *s <= '9'; s++) {
      if (p->width > (INT64_MAX - (*s - '0')) / 10) return fail(msg, MT_FMT_EVALUE, "width too big");
      p->width = p->width * 10 + (*s - '0');
    }
  }
  if (s < end && *s == '.') {
    p->prec = 0;
    s++;
    if (s < end && *s == '*') {
      p->prec_arg = true;
      s++;
    } else {
      for (; s < end && *s >= '0' && *s <= '9'; s++) {
        if (p->prec > (INT_MAX - (*s - '0')) / 10) return fail(msg, MT_FMT_EVALUE, "precision too big");
        p->prec = p->prec * 10 + (*s - '0');
      }
    }
  }
  if (s < end && (*s == 'h' || *s == 'l' || *s == 'L')) s++;
  if (s >= end) return fail(msg, MT_FMT_EVALUE, "incomplete format");
  p->conv_index = octets ? (size_t)(s - fmt) : mt_uni_count(fmt, (size_t)(s - fmt));
  p->conv = octets ? (uint8_t)*s++ : next_cp(&s);
  *pos = (size_t)(s - fmt);
  return MT_FMT_OK;
}

void mt_fmt_pct_set_width(mt_fmt_pct *p, int64_t width) {
  if (width < 0) {
    p->flags |= MT_FMT_LJUST;
    width = width == INT64_MIN ? INT64_MAX : -width;
  }
  p->width = width;
}

void mt_fmt_pct_set_prec(mt_fmt_pct *p, int64_t prec) { p->prec = prec < 0 ? 0 : prec; }

/* The unsupported-conversion error. For bytes, CPython formats a byte
** >= 0x80 as a negative C char, which its message formatter refuses. */
static int unsupported(const mt_fmt_pct *p, mt_buf *msg) {
  if (p->octets && p->conv >= 0x80) return fail(msg, MT_FMT_EOVERFLOW, "character argument not in range(0x110000)");
  return fail(msg, MT_FMT_EVALUE, "unsupported format character '%c' (0x%x) at index %zu",
              (p->conv >= 31 && p->conv <= 126) ? (char)p->conv : '?', (unsigned)p->conv, p->conv_index);
}

int mt_fmt_pct_check(const mt_fmt_pct *p, mt_buf *msg) {
  static const char known[] = "srad" "iuoxXeEfFgGc%";
  if (p->conv < 0x80 && p->conv && strchr(known, (int)p->conv)) return MT_FMT_OK;
  return unsupported(p, msg);
}

static bool is_prefixed(uint32_t conv) { return conv == 'x' || conv == 'X' || conv == 'o'; }

/*
** unicode_format_arg_output: a number's text s (maybe signed, maybe
** "0x"-prefixed) padded to the width. Zero fill goes after the sign and
** prefix; '+' and ' ' add a sign to non-negative numbers; '-' pads on
** the right with spaces. Non-numeric text ('c') pads with spaces.
*/
static int pct_output(mt_buf *b, const mt_fmt_pct *p, const char *s, size_t len, bool numeric) {
  int64_t width = p->width;
  if (check_size(width, -1)) return MT_FMT_ENOMEM;
  char fill = numeric && (p->flags & MT_FMT_ZERO) ? '0' : ' ';
  char signchar = 0;
  int64_t n = (int64_t)(p->octets ? len : mt_uni_count(s, len));
  if (numeric) {
    if (*s == '-' || *s == '+') {
      signchar = *s++;
      len--;
      n--;
    } else if (p->flags & MT_FMT_PLUS) {
      signchar = '+';
    } else if (p->flags & MT_FMT_BLANK) {
      signchar = ' ';
    }
  }
  if (width < n) width = n;
  if (signchar) {
    if (fill != ' ' && mt_buf_putc(b, signchar)) return MT_FMT_ENOMEM;
    if (width > n) width--;
  }
  bool prefix = numeric && (p->flags & MT_FMT_ALT) && is_prefixed(p->conv);
  if (prefix) {
    if (fill != ' ') {
      if (mt_buf_append(b, s, 2)) return MT_FMT_ENOMEM;
      s += 2;
    }
    width = width > 2 ? width - 2 : 0;
    n -= 2;
    len -= 2;
  }
  if (width > n && !(p->flags & MT_FMT_LJUST)) {
    if (put_repeat(b, (uint32_t)fill, width - n)) return MT_FMT_ENOMEM;
    width = n;
  }
  if (fill == ' ') {
    if (signchar && mt_buf_putc(b, signchar)) return MT_FMT_ENOMEM;
    if (prefix) {
      if (mt_buf_append(b, s, 2)) return MT_FMT_ENOMEM;
      s += 2;
    }
  }
  if (mt_buf_append(b, s, len) || put_repeat(b, ' ', width - n)) return MT_FMT_ENOMEM;
  return MT_FMT_OK;
}

/* _PyUnicode_FormatLong: sign, "0x"/"0o" with '#', at least prec digits
** (zero-filled), upper case for 'X'. */
static int pct_long(mt_buf *b, const mt_fmt_pct *p, mt_big v, uint32_t max_digits, mt_buf *msg) {
  uint32_t c = p->conv;
  int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
  mt_big mag = {v.d, v.n, false};
  mt_buf digits = MT_BUF_INIT, text = MT_BUF_INIT;
  int rc = base == 10 ? mt_big_to_decimal(&digits, mag, max_digits)
                      : mt_big_to_base(&digits, mag, base, c == 'X' ? MT_BIG_UPPER : 0);
  if (rc == MT_BIG_EDIGITS) rc = fail(msg, MT_FMT_EVALUE, MT_BIG_MSG_INT_TO_STR, max_digits);
  else if (rc || check_size(p->prec, -1)) rc = MT_FMT_ENOMEM;
  if (!rc) {
    const char *prefix = !(p->flags & MT_FMT_ALT) || base == 10 ? "" : base == 8 ? "0o" : c == 'X' ? "0X" : "0x";
    int64_t zeros = p->prec > (int64_t)digits.len ? p->prec - (int64_t)digits.len : 0;
    if ((v.neg && mt_buf_putc(&text, '-')) || mt_buf_puts(&text, prefix) || put_repeat(&text, '0', zeros) ||
        mt_buf_append(&text, digits.data, digits.len))
      rc = MT_FMT_ENOMEM;
    else
      rc = pct_output(b, p, text.data, text.len, true);
  }
  mt_buf_free(&digits);
  mt_buf_free(&text);
  return rc;
}

/* formatfloat: PyOS_double_to_string with precision 6 by default. */
static int pct_double(mt_buf *b, const mt_fmt_pct *p, double v) {
  int prec = 6;
  if (p->prec >= 0 && float_precision((char)p->conv, p->flags & MT_FMT_ALT, p->prec, &prec))
    return MT_FMT_ENOMEM;
  mt_buf text = MT_BUF_INIT;
  int rc = mt_float_format(&text, v, (char)p->conv, prec, (p->flags & MT_FMT_ALT) ? MT_FLOAT_ALT : 0);
  if (!rc) rc = pct_output(b, p, text.data, text.len, true);
  else rc = MT_FMT_ENOMEM;
  mt_buf_free(&text);
  return rc;
}

static bool is_float_conv(uint32_t c) {
  return c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G';
}

static bool is_int_conv(uint32_t c) {
  return c == 'd' || c == 'i' || c == 'u' || c == 'o' || c == 'x' || c == 'X';
}

int mt_fmt_pct_int(mt_buf *b, const mt_fmt_pct *p, mt_big v, uint32_t max_str_digits, mt_buf *msg) {
  if (is_int_conv(p->conv)) return pct_long(b, p, v, max_str_digits, msg);
  if (is_float_conv(p->conv)) {
    double d;
    if (mt_big_to_double(v, &d)) return fail(msg, MT_FMT_EOVERFLOW, "int too large to convert to float");
    return pct_double(b, p, d);
  }
  if (p->conv == 'c') {
    int64_t x;
    if (!mt_big_to_i64(v, &x) || x < 0 || x > 0x10FFFF)
      return fail(msg, MT_FMT_EOVERFLOW, "%%c arg not in range(0x110000)");
    mt_buf ch = MT_BUF_INIT;
    if (mt_buf_put_utf8(&ch, (uint32_t)x)) return MT_FMT_ENOMEM;
    int rc = pct_output(b, p, ch.data, ch.len, false);
    mt_buf_free(&ch);
    return rc;
  }
  return unsupported(p, msg);
}

int mt_fmt_pct_float(mt_buf *b, const mt_fmt_pct *p, double v, uint32_t max_str_digits, mt_buf *msg) {
  if (is_float_conv(p->conv)) return pct_double(b, p, v);
  if (p->conv == 'd' || p->conv == 'i' || p->conv == 'u') {
    if (isnan(v)) return fail(msg, MT_FMT_EVALUE, "cannot convert float NaN to integer");
    if (isinf(v)) return fail(msg, MT_FMT_EOVERFLOW, "cannot convert float infinity to integer");
    mt_limb limbs[1024 / 64 + 2];
    mt_big_out r = {limbs, MT_ARRAY_LEN(limbs), 0, false};
    mt_big_from_double(&r, v);
    mt_big iv = {r.d, r.n, r.neg};
    return pct_long(b, p, iv, max_str_digits, msg);
  }
  if (is_int_conv(p->conv))
    return fail(msg, MT_FMT_ETYPE, "%%%c format: an integer is required, not float", (char)p->conv);
  if (p->conv == 'c') return fail(msg, MT_FMT_ETYPE, "%%c requires int or char");
  return unsupported(p, msg);
}

int mt_fmt_pct_text(mt_buf *b, const mt_fmt_pct *p, const char *s, size_t len) {
  if (p->prec >= 0 && p->conv != 'c')
    len = p->octets ? (len < (uint64_t)p->prec ? len : (size_t)p->prec) : prefix_bytes(s, len, (size_t)p->prec);
  return pct_output(b, p, s, len, false);
}

/* }================================================================== */
