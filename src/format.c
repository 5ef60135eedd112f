/*
** format.c: the format-specification mini-language (CPython's
** Python/formatter_unicode.c, check for check and message for message).
*/
#include "format.h"

#include <string.h>

#include "buf.h"
#include "exc.h"
#include "floating.h"
#include "int.h"
#include "repr.h"
#include "sb.h"
#include "str.h"
#include "unicode.h"

typedef struct fspec {
  uint32_t fill;  /* code point */
  char align;     /* '<', '>', '^', '=' */
  char sign;      /* 0, '+', '-', ' ' */
  bool z, alt;
  int64_t width;  /* -1: none */
  char group;     /* 0, ',', '_' */
  int64_t prec;   /* -1: none */
  char type;      /* 0: none */
} fspec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Digits at s[*pos..]: -1 if none; ValueError "Too many decimal digits in
** format string" beyond int64. */
static int read_number(mt_vm *vm, const char *s, size_t n, size_t *pos, int64_t *out) {
  *out = -1;
  size_t p = *pos;
  int64_t v = 0;
  while (p < n && s[p] >= '0' && s[p] <= '9') {
    if (v > (INT64_MAX - 9) / 10) {
      mt_raise(vm, MT_T_VALUE_ERROR, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + (s[p++] - '0');
  }
  if (p > *pos) *out = v;
  *pos = p;
  return 0;
}

static void group_error(mt_vm *vm, char group, char type) {
  if (type > ' ' && type < 0x7F)
    mt_raise(vm, MT_T_VALUE_ERROR, "Cannot specify '%c' with '%c'.", group, type);
  else
    mt_raise(vm, MT_T_VALUE_ERROR, "Cannot specify '%c' with '\\x%x'.", group, (unsigned)(uint8_t)type);
}

/* CPython's parse_internal_render_format_spec. default_type is 's' for
** str, 'd' for int, 0 for float; default_align '<' for str, '>' for
** numbers. */
static int parse_spec(mt_vm *vm, mt_value v, const char *s, size_t n, char default_type, char default_align,
                      fspec *f) {
  *f = (fspec){' ', default_align, 0, false, false, -1, 0, -1, default_type};
  size_t pos = 0;
  bool fill_given = false, align_given = false;
  size_t first = 0;
  uint32_t cp = n ? mt_uni_next(s, &first) : 0;
  if (n > first && is_align(s[first])) {
    f->fill = cp;
    f->align = s[first];
    fill_given = align_given = true;
    pos = first + 1;
  } else if (n && is_align(s[0])) {
    f->align = s[0];
    align_given = true;
    pos = 1;
  }
  if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
  if (pos < n && s[pos] == 'z') {
    f->z = true;
    pos++;
  }
  if (pos < n && s[pos] == '#') {
    f->alt = true;
    pos++;
  }
  if (!fill_given && pos < n && s[pos] == '0') {
    f->fill = '0';
    if (!align_given && default_align == '>') f->align = '=';
    pos++;
  }
  if (read_number(vm, s, n, &pos, &f->width)) return -1;
  if (pos < n && s[pos] == ',') {
    f->group = ',';
    pos++;
  }
  if (pos < n && s[pos] == '_') {
    if (f->group) {
      mt_raise(vm, MT_T_VALUE_ERROR, "Cannot specify both ',' and '_'.");
      return -1;
    }
    f->group = '_';
    pos++;
  }
  if (pos < n && s[pos] == ',' && f->group) {
    mt_raise(vm, MT_T_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    return -1;
  }
  if (pos < n && s[pos] == '.') {
    pos++;
    if (read_number(vm, s, n, &pos, &f->prec)) return -1;
    if (f->prec < 0) {
      mt_raise(vm, MT_T_VALUE_ERROR, "Format specifier missing precision");
      return -1;
    }
  }
  if (n - pos > 1) {
    mt_raise(vm, MT_T_VALUE_ERROR, "Invalid format specifier '%s' for object of type '%T'", s, v);
    return -1;
  }
  if (n - pos == 1) f->type = s[pos];
  if (f->group) {
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
    case 'b': case 'o': case 'x': case 'X':
      if (f->group == '_') break;
      /* fall through */
    default: group_error(vm, f->group, f->type); return -1;
    }
  }
  return 0;
}

/* ---- output with padding ---- */

static int put_fill(mt_vm *vm, mt_sb *sb, uint32_t fill, int64_t n) {
  for (int64_t k = 0; k < n; k++)
    if (mt_sb_put_utf8(vm, sb, fill)) return -1;
  return 0;
}

/* text (len bytes, ncp code points) aligned in the field. */
static mt_value pad(mt_vm *vm, const fspec *f, const char *text, size_t len, size_t ncp) {
  int64_t room = f->width > (int64_t)ncp ? f->width - (int64_t)ncp : 0;
  int64_t left = f->align == '>' ? room : f->align == '^' ? room / 2 : 0;
  mt_sb sb;
  if (mt_sb_init(vm, &sb, (uint32_t)(len + (size_t)room)) || put_fill(vm, &sb, f->fill, left) ||
      mt_sb_append(vm, &sb, text, len) || put_fill(vm, &sb, f->fill, room - left))
    return MT_EXC;
  return mt_sb_finish(vm, &sb);
}

/* ---- str ---- */

static mt_value format_str(mt_vm *vm, mt_value v, const char *s, size_t n) {
  fspec f;
  if (parse_spec(vm, v, s, n, 's', '<', &f)) return MT_EXC;
  if (f.type != 's') return mt_raise(vm, MT_T_VALUE_ERROR, "Unknown format code '%c' for object of type 'str'", f.type);
  if (f.sign) return mt_raise(vm, MT_T_VALUE_ERROR, "Sign not allowed in string format specifier");
  if (f.alt) return mt_raise(vm, MT_T_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
  if (f.z) return mt_raise(vm, MT_T_VALUE_ERROR, "Negative zero coercion (z) not allowed in format specifier");
  if (f.align == '=') return mt_raise(vm, MT_T_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
  mt_strview t = mt_str_obj_view(vm, v);
  size_t ncp = t.cplen, len = t.len;
  if (f.prec >= 0 && (uint64_t)f.prec < ncp) {
    ncp = (size_t)f.prec;
    len = mt_str_obj_offset(vm, v, (uint32_t)ncp);
    t = mt_str_obj_view(vm, v);
  }
  if (f.width <= (int64_t)ncp && len == t.len) return v;
  /* The text may move if the builder grows in place past it: copy. */
  mt_buf copy = MT_BUF_INIT;
  if (mt_buf_append(&copy, t.p, len)) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r = pad(vm, &f, copy.data ? copy.data : "", len, ncp);
  mt_buf_free(&copy);
  return r;
}

/* ---- numbers ---- */

/* Insert the grouping separator every `every` digits of the integer part
** digits[0..n), zero-padding it first to min_len characters when asked. */
static int group_digits(mt_buf *out, const char *digits, size_t n, char sep, int every, size_t min_len) {
  size_t nd = n;
  while (nd + (sep ? (nd - 1) / (size_t)every : 0) < min_len) nd++;
  for (size_t k = 0; k < nd; k++) {
    if (sep && k > 0 && (nd - k) % (size_t)every == 0 && mt_buf_putc(out, sep)) return -1;
    char c = k < nd - n ? '0' : digits[k - (nd - n)];
    if (mt_buf_putc(out, c)) return -1;
  }
  return 0;
}

static size_t count_cp(const char *s, size_t n) {
  size_t k = 0, c = 0;
  while (k < n) {
    mt_uni_next(s, &k);
    c++;
  }
  return c;
}

/* Lay out sign, prefix, digits (integer part, then the rest) in the
** field: '=' alignment with a '0' fill pads inside, after sign and
** prefix, and grouping then applies to the padding too. */
static mt_value layout(mt_vm *vm, const fspec *f, bool neg, const char *prefix, const char *intpart, size_t nint,
                       const char *rest, size_t nrest) {
  char signch = neg ? '-' : f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
  size_t head = (signch != 0) + strlen(prefix);
  int every = (f->group == '_' && f->type != 'd' && f->type != 0 && f->type != 'n' &&
               strchr("boxX", f->type)) ? 4 : 3;
  size_t min_int = 0;
  bool inner_zero = f->align == '=' && f->fill == '0';
  if (inner_zero && f->width > (int64_t)(head + nrest)) min_int = (size_t)f->width - head - nrest;
  mt_buf b = MT_BUF_INIT;
  int err = 0;
  if (signch) err |= mt_buf_putc(&b, signch);
  err |= mt_buf_puts(&b, prefix);
  if (f->align == '=' && !inner_zero) {
    size_t body = nint + (f->group ? (nint ? (nint - 1) / (size_t)every : 0) : 0) + nrest;
    int64_t room = f->width - (int64_t)(head + body);
    for (int64_t k = 0; k < room && !err; k++) err |= mt_buf_put_utf8(&b, f->fill);
  }
  err |= group_digits(&b, intpart, nint, f->group, every, min_int);
  err |= mt_buf_append(&b, rest, nrest);
  if (err) {
    mt_buf_free(&b);
    return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  }
  fspec g = *f;
  if (g.align == '=') g.width = 0;
  mt_value r = pad(vm, &g, b.data ? b.data : "", b.len, count_cp(b.data ? b.data : "", b.len));
  mt_buf_free(&b);
  return r;
}

static mt_value format_float_value(mt_vm *vm, double x, const fspec *fin) {
  fspec f = *fin;
  char type = f.type;
  unsigned flags = (f.alt ? MT_FLOAT_ALT : 0) | (f.z ? MT_FLOAT_NO_NEG_0 : 0);
  int prec = f.prec < 0 ? 6 : (int)(f.prec > 1000 ? 1000 : f.prec);
  bool pct = false;
  if (type == 0) {
    flags |= MT_FLOAT_ADD_DOT_0;
    type = f.prec < 0 ? 'r' : 'g';
    if (f.prec < 0) prec = 0;
  } else if (type == 'n') {
    type = 'g';
  } else if (type == '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  mt_buf b = MT_BUF_INIT;
  if (mt_float_format(&b, x, type, prec, flags) || (pct && mt_buf_putc(&b, '%'))) {
    mt_buf_free(&b);
    return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  }
  const char *p = b.data;
  bool neg = *p == '-';
  if (neg) p++;
  size_t len = b.len - (size_t)neg, nint = 0;
  while (nint < len && p[nint] >= '0' && p[nint] <= '9') nint++;
  mt_value r = layout(vm, &f, neg, "", p, nint, p + nint, len - nint);
  mt_buf_free(&b);
  return r;
}

static mt_value format_float(mt_vm *vm, mt_value v, const char *s, size_t n) {
  fspec f;
  if (parse_spec(vm, v, s, n, 0, '>', &f)) return MT_EXC;
  if (!strchr("eEfFgGn%", f.type) || f.type == 0) {
    if (f.type != 0)
      return mt_raise(vm, MT_T_VALUE_ERROR, "Unknown format code '%c' for object of type 'float'", f.type);
  }
  return format_float_value(vm, mt_as_float(v), &f);
}

static mt_value format_int(mt_vm *vm, mt_value v, const char *s, size_t n) {
  fspec f;
  if (parse_spec(vm, v, s, n, 'd', '>', &f)) return MT_EXC;
  if (f.type && strchr("eEfFgG%", f.type)) {
    mt_value x = mt_int_to_float(vm, v);
    return x == MT_EXC ? MT_EXC : format_float_value(vm, mt_as_float(x), &f);
  }
  if (!f.type || !strchr("bcdoxXn", f.type))
    return mt_raise(vm, MT_T_VALUE_ERROR, "Unknown format code '%c' for object of type '%T'", f.type, v);
  if (f.prec >= 0) return mt_raise(vm, MT_T_VALUE_ERROR, "Precision not allowed in integer format specifier");
  if (f.z) return mt_raise(vm, MT_T_VALUE_ERROR, "Negative zero coercion (z) not allowed in integer format specifier");
  mt_limb tmp;
  mt_big big = mt_int_view(vm, mt_is_bool(v) ? mt_small(v == MT_TRUE) : v, &tmp);
  if (f.type == 'c') {
    if (f.sign) return mt_raise(vm, MT_T_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
    if (f.alt)
      return mt_raise(vm, MT_T_VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t c;
    if (!mt_big_to_i64(big, &c) || c < 0 || c > 0x10FFFF)
      return mt_raise(vm, MT_T_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
    char u[4];
    size_t k = mt_uni_encode_cp((uint32_t)c, u);
    return pad(vm, &f, u, k, 1);
  }
  bool neg = big.neg;
  big.neg = false;
  mt_buf b = MT_BUF_INIT;
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
  int rc = base == 10 ? mt_big_to_decimal(&b, big, MT_BIG_MAX_STR_DIGITS)
                      : mt_big_to_base(&b, big, base, f.type == 'X' ? MT_BIG_UPPER : 0);
  if (rc) {
    mt_buf_free(&b);
    if (rc == MT_BIG_EDIGITS)
      return mt_raise(vm, MT_T_VALUE_ERROR, MT_BIG_MSG_INT_TO_STR, MT_BIG_MAX_STR_DIGITS);
    return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  }
  static const char *const prefixes[] = {"0b", "0o", "0x", "0X"};
  const char *prefix = !f.alt || base == 10 ? "" : prefixes[base == 2 ? 0 : base == 8 ? 1 : f.type == 'x' ? 2 : 3];
  mt_value r = layout(vm, &f, neg, prefix, b.data ? b.data : "0", b.len, "", 0);
  mt_buf_free(&b);
  return r;
}

mt_value mt_format(mt_vm *vm, mt_value v, mt_value spec) {
  mt_strview sv = mt_str_obj_view(vm, spec);
  if (sv.len == 0) return mt_repr_str(vm, v);
  mt_buf copy = MT_BUF_INIT;
  if (mt_buf_append(&copy, sv.p, sv.len)) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r;
  if (mt_is_str(v)) r = format_str(vm, v, copy.data, copy.len);
  else if (mt_is_float(v)) r = format_float(vm, v, copy.data, copy.len);
  else if (mt_is_small(v) || mt_is_bool(v) || mt_is_ref_type(v, MT_T_INT)) r = format_int(vm, v, copy.data, copy.len);
  else r = mt_raise(vm, MT_T_TYPE_ERROR, "unsupported format string passed to %T.__format__", v);
  mt_buf_free(&copy);
  return r;
}

/* ascii(): repr with every non-ASCII code point escaped. */
static mt_value ascii_of(mt_vm *vm, mt_value v) {
  mt_value r = mt_repr(vm, v);
  if (r == MT_EXC) return MT_EXC;
  mt_strview t = mt_str_obj_view(vm, r);
  if (t.ascii) return r;
  mt_buf b = MT_BUF_INIT;
  int err = 0;
  for (size_t k = 0; k < t.len && !err;) {
    uint32_t cp = mt_uni_next(t.p, &k);
    if (cp < 0x80) err = mt_buf_putc(&b, (char)cp);
    else if (cp < 0x100) err = mt_buf_printf(&b, "\\x%02x", cp);
    else if (cp < 0x10000) err = mt_buf_printf(&b, "\\u%04x", cp);
    else err = mt_buf_printf(&b, "\\U%08x", cp);
  }
  mt_value s = err ? mt_raise_type(vm, MT_T_MEMORY_ERROR) : mt_str_obj_new(vm, b.data ? b.data : "", b.len);
  mt_buf_free(&b);
  return s;
}

mt_value mt_format_field(mt_vm *vm, mt_value v, uint32_t conv, mt_value spec) {
  switch (conv) {
  case 1: v = mt_repr_str(vm, v); break;
  case 2: v = mt_repr(vm, v); break;
  case 3: v = ascii_of(vm, v); break;
  default: break;
  }
  if (v == MT_EXC) return MT_EXC;
  if (spec == MT_NULL) return mt_is_str(v) ? v : mt_repr_str(vm, v);
  return mt_format(vm, v, spec);
}
