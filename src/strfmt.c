/*
** strfmt.c: formatting strings from objects: str.format and
** str.format_map (CPython's Objects/stringlib/unicode_format.h), and
** str % args (PyUnicode_Format), with CPython 3.11's results and
** messages. Each field is rendered by fmtval.c (format()), each %
** conversion by format.h's printf-style layer.
**
** The format string is scanned by bytes: every delimiter is ASCII, so a
** UTF-8 text never hides one inside a multi-byte character.
*/
#include "strfmt.h"

#include <string.h>

#include "attr.h"
#include "bytes.h"
#include "exc.h"
#include "float_obj.h"
#include "fmtval.h"
#include "format.h"
#include "int.h"
#include "native.h"
#include "ops.h"
#include "repr.h"
#include "sb.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

/*
** {==================================================================
** str.format, str.format_map
** ===================================================================
*/

/* Where fields come from: positional arguments (NULL for format_map),
** keyword arguments, or a mapping (format_map); and the auto-numbering
** state, shared with the fields nested in format specs. */
typedef struct fields {
  const mt_value *pos;
  uint32_t npos;
  const mt_value *kwvals;
  mt_value kwnames;
  mt_value mapping;
  enum { AUTO_INIT, AUTO_ON, AUTO_MANUAL } state;
  int64_t next;
} fields;

/* A byte range of the format string. */
typedef struct piece {
  uint32_t from, to;
} piece;

static mt_strview text(mt_vm *vm, mt_value fmt) { return mt_str_obj_view(vm, fmt); }

static mt_value sub_str(mt_vm *vm, mt_value fmt, piece p) {
  return mt_str_obj_new(vm, text(vm, fmt).p + p.from, p.to - p.from);
}

/* The decimal value of p when it is all digits (get_integer), -1 when it
** is not, -2 with ValueError when it is too long. */
static int64_t integer_of(mt_vm *vm, mt_value fmt, piece p) {
  const char *s = text(vm, fmt).p;
  int64_t v = 0;
  if (p.from == p.to) return -1;
  for (uint32_t i = p.from; i < p.to; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    if (v > (INT64_MAX - 9) / 10) {
      mt_raise(vm, MT_T_VALUE_ERROR, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* The object a field's first name part names: args[index] (explicit or
** automatic), or the keyword argument / mapping entry by name. */
static mt_value first_object(mt_vm *vm, mt_value fmt, piece first, fields *f) {
  int64_t index = integer_of(vm, fmt, first);
  if (index == -2) return MT_EXC;
  bool empty = first.from == first.to;
  if (empty || index >= 0) {
    if (f->state == AUTO_INIT) f->state = empty ? AUTO_ON : AUTO_MANUAL;
    if (f->state == AUTO_MANUAL && empty)
      return mt_raise(vm, MT_T_VALUE_ERROR,
                      "cannot switch from manual field specification to automatic field numbering");
    if (f->state == AUTO_ON && !empty)
      return mt_raise(vm, MT_T_VALUE_ERROR,
                      "cannot switch from automatic field numbering to manual field specification");
    if (empty) index = f->next++;
    if (!f->pos) return mt_raise(vm, MT_T_VALUE_ERROR, "Format string contains positional fields");
    if (index >= f->npos)
      return mt_raise(vm, MT_T_INDEX_ERROR, "Replacement index %lld out of range for positional args tuple",
                      (long long)index);
    return f->pos[index];
  }
  mt_value key = sub_str(vm, fmt, first);
  if (key == MT_EXC) return MT_EXC;
  if (f->mapping != MT_NULL) return mt_ops_getitem(vm, f->mapping, key);
  uint32_t nkw = mt_kw_count(vm, f->kwnames);
  for (uint32_t k = 0; k < nkw; k++)
    if (mt_str_obj_eq(vm, mt_kw_name(vm, f->kwnames, k), key)) return f->kwvals[k];
  return mt_raise_key_error(vm, key);
}

/* The object a field name designates: the first part, then each
** .attribute and [key] (FieldNameIterator). */
static mt_value field_object(mt_vm *vm, mt_value fmt, piece name, fields *f) {
  const char *s = text(vm, fmt).p;
  uint32_t i = name.from;
  while (i < name.to && s[i] != '.' && s[i] != '[') i++;
  mt_value obj = first_object(vm, fmt, (piece){name.from, i}, f);
  while (obj != MT_EXC && i < name.to) {
    s = text(vm, fmt).p;
    char c = s[i++];
    piece part = {i, i};
    if (c == '.') {
      while (i < name.to && s[i] != '.' && s[i] != '[') i++;
      part.to = i;
    } else if (c == '[') {
      while (i < name.to && s[i] != ']') i++;
      if (i == name.to) return mt_raise(vm, MT_T_VALUE_ERROR, "Missing ']' in format string");
      part.to = i++;
    } else {
      return mt_raise(vm, MT_T_VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.from == part.to) return mt_raise(vm, MT_T_VALUE_ERROR, "Empty attribute in format string");
    int64_t index = c == '[' ? integer_of(vm, fmt, part) : -1;
    if (index == -2) return MT_EXC;
    mt_value key = index >= 0 ? mt_int_from_i64(vm, index) : sub_str(vm, fmt, part);
    if (key != MT_EXC && c == '.') key = mt_str_obj_intern(vm, key);
    if (key == MT_EXC) return MT_EXC;
    obj = c == '.' ? mt_attr_get(vm, obj, key) : mt_ops_getitem(vm, obj, key);
  }
  return obj;
}

/* One replacement field after its '{' (parse_field): the field name, the
** conversion, the spec (and whether it has fields of its own); *pos moves
** past the closing '}'. */
typedef struct field {
  piece name, spec;
  uint32_t conv;
  bool nested;
} field;

static int parse_field(mt_vm *vm, mt_value fmt, uint32_t *pos, uint32_t end, field *fd) {
  mt_strview t = text(vm, fmt);
  uint32_t i = *pos;
  t.len = end;
  char c = 0;
  *fd = (field){{i, i}, {0, 0}, 0, false};
  while (i < t.len) {
    c = t.p[i++];
    if (c == '{') {
      mt_raise(vm, MT_T_VALUE_ERROR, "unexpected '{' in field name");
      return -1;
    }
    if (c == '[') {
      while (i < t.len && t.p[i] != ']') i++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  fd->name.to = i - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (i >= t.len) {
        mt_raise(vm, MT_T_VALUE_ERROR, "end of string while looking for conversion specifier");
        return -1;
      }
      size_t at = i;
      fd->conv = mt_uni_next(t.p, &at);
      i = (uint32_t)at;
      if (i < t.len) {
        c = t.p[i++];
        if (c == '}') {
          *pos = i;
          return 0;
        }
        if (c != ':') {
          mt_raise(vm, MT_T_VALUE_ERROR, "expected ':' after conversion specifier");
          return -1;
        }
      }
    }
    fd->spec.from = i;
    for (int depth = 1; i < t.len;) {
      c = t.p[i++];
      if (c == '{') {
        fd->nested = true;
        depth++;
      } else if (c == '}' && --depth == 0) {
        fd->spec.to = i - 1;
        *pos = i;
        return 0;
      }
    }
    mt_raise(vm, MT_T_VALUE_ERROR, "unmatched '{' in format spec");
    return -1;
  }
  if (c != '}') {
    mt_raise(vm, MT_T_VALUE_ERROR, "expected '}' before end of string");
    return -1;
  }
  *pos = i;
  return 0;
}

static mt_value build(mt_vm *vm, mt_value fmt, piece range, fields *f, int depth);

/* conversion !r !s !a */
static mt_value convert(mt_vm *vm, mt_value v, uint32_t conv) {
  switch (conv) {
  case 0: return v;
  case 'r': return mt_repr(vm, v);
  case 's': return mt_repr_str(vm, v);
  case 'a': return mt_fmtval_ascii(vm, v);
  default:
    if (conv > 32 && conv < 127) return mt_raise(vm, MT_T_VALUE_ERROR, "Unknown conversion specifier %c", (int)conv);
    return mt_raise(vm, MT_T_VALUE_ERROR, "Unknown conversion specifier \\x%x", conv);
  }
}

/* Render one field: its object, converted, formatted with its spec (whose
** own fields are rendered first, one level deeper). */
static mt_value render(mt_vm *vm, mt_value fmt, const field *fd, fields *f, int depth) {
  mt_value obj = field_object(vm, fmt, fd->name, f);
  if (obj != MT_EXC) obj = convert(vm, obj, fd->conv);
  if (obj == MT_EXC) return MT_EXC;
  mt_value spec = fd->nested ? build(vm, fmt, fd->spec, f, depth - 1) : sub_str(vm, fmt, fd->spec);
  return spec == MT_EXC ? MT_EXC : mt_fmtval_format(vm, obj, spec);
}

/* The text of fmt[range] with its fields replaced (build_string). */
static mt_value build(mt_vm *vm, mt_value fmt, piece range, fields *f, int depth) {
  if (depth <= 0) return mt_raise(vm, MT_T_VALUE_ERROR, "Max string recursion exceeded");
  mt_sb sb;
  if (mt_sb_init(vm, &sb, range.to - range.from)) return MT_EXC;
  uint32_t i = range.from;
  while (i < range.to) {
    /* literal text up to a brace; a doubled brace stands for itself */
    uint32_t start = i;
    char c = 0;
    while (i < range.to && (c = text(vm, fmt).p[i]) != '{' && c != '}') i++;
    if (mt_sb_append_str_range(vm, &sb, fmt, start, i - start)) return MT_EXC;
    if (i == range.to) break;
    i++;
    bool doubled = i < range.to && text(vm, fmt).p[i] == c;
    if (c == '}' && !doubled) return mt_raise(vm, MT_T_VALUE_ERROR, "Single '}' encountered in format string");
    if (c == '{' && i == range.to) return mt_raise(vm, MT_T_VALUE_ERROR, "Single '{' encountered in format string");
    if (doubled) {
      if (mt_sb_putc(vm, &sb, c)) return MT_EXC;
      i++;
      continue;
    }
    field fd;
    if (parse_field(vm, fmt, &i, range.to, &fd)) return MT_EXC;
    mt_value s = render(vm, fmt, &fd, f, depth);
    if (s == MT_EXC || mt_sb_append_str(vm, &sb, s)) return MT_EXC;
  }
  return mt_sb_finish(vm, &sb);
}

mt_value mt_m_str_format(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  fields f = {args + 1, nargs - 1, args + nargs, kwnames, MT_NULL, AUTO_INIT, 0};
  return build(vm, args[0], (piece){0, text(vm, args[0]).len}, &f, 2);
}

mt_value mt_m_str_format_map(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "str.format_map", nargs - 1, kwnames)) return MT_EXC;
  fields f = {NULL, 0, NULL, MT_NULL, args[1], AUTO_INIT, 0};
  return build(vm, args[0], (piece){0, text(vm, args[0]).len}, &f, 2);
}

/* }================================================================== */

/*
** {==================================================================
** str % args and bytes % args
** ===================================================================
*/

/* The arguments of one formatting, as PyUnicode_Format and
** _PyBytes_FormatEx walk them: a tuple is taken item by item; anything
** else is the one argument (arglen -1, argidx -2). dict: the mapping
** %(key) looks into. bytes: formatting bytes rather than a str. */
typedef struct pct_args {
  mt_value args;
  int64_t arglen, argidx;
  mt_value dict;
  bool bytes;
} pct_args;

/* The bytes of a str or of a bytes object. */
static mt_strview pct_view(mt_vm *vm, mt_value v) {
  if (mt_is_str(v)) return mt_str_obj_view(vm, v);
  uint32_t n = mt_bytes_len(vm, v);
  return (mt_strview){(const char *)mt_bytes_data(vm, v), n, n, false};
}

static mt_value next_arg(mt_vm *vm, pct_args *a) {
  if (a->argidx < a->arglen) {
    int64_t i = a->argidx++;
    return a->arglen < 0 ? a->args : mt_tuple_items(vm, a->args)[i];
  }
  return mt_raise(vm, MT_T_TYPE_ERROR, "not enough arguments for format string");
}

/* The exception for a format.h error code. */
static mt_value fmt_fail(mt_vm *vm, int rc, mt_buf *msg) {
  mt_value r;
  switch (rc) {
  case MT_FMT_EVALUE: r = mt_raise(vm, MT_T_VALUE_ERROR, "%s", msg->data ? msg->data : ""); break;
  case MT_FMT_EOVERFLOW: r = mt_raise(vm, MT_T_OVERFLOW_ERROR, "%s", msg->data ? msg->data : ""); break;
  case MT_FMT_ETYPE: r = mt_raise(vm, MT_T_TYPE_ERROR, "%s", msg->data ? msg->data : ""); break;
  default: r = mt_raise_type(vm, MT_T_MEMORY_ERROR); break;
  }
  mt_buf_clear(msg);
  return r;
}

/* A '*' width or precision argument. */
static int star_arg(mt_vm *vm, pct_args *a, int64_t *out) {
  mt_value v = next_arg(vm, a);
  if (v == MT_EXC) return -1;
  if (!mt_int_is(v)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "* wants int");
    return -1;
  }
  if (mt_int_to_i64(vm, v, out)) return 0;
  mt_raise(vm, MT_T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
  return -1;
}

/* The text of %s %r %a, and of %c (one character). */
static mt_value text_of(mt_vm *vm, uint32_t conv, mt_value v) {
  switch (conv) {
  case 's': return mt_repr_str(vm, v);
  case 'r': return mt_repr(vm, v);
  case 'a': return mt_fmtval_ascii(vm, v);
  default: break;
  }
  if (mt_is_str(v) && mt_str_obj_view(vm, v).cplen == 1) return v;
  if (!mt_int_is(v)) return mt_raise(vm, MT_T_TYPE_ERROR, "%%c requires int or char");
  int64_t c;
  if (!mt_int_to_i64(vm, v, &c) || c < 0 || c > MT_UNI_MAX)
    return mt_raise(vm, MT_T_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
  char b[4];
  return mt_str_obj_new_n(vm, b, mt_uni_encode_cp((uint32_t)c, b), 1);
}

/* The bytes of %s %b (a bytes object), %r %a (ascii()) and %c (an int
** in range(256) or one byte) for bytes % args (_PyBytes_FormatEx). */
static mt_value bytes_text_of(mt_vm *vm, uint32_t conv, mt_value v) {
  if (conv == 'r' || conv == 'a') {
    mt_value s = mt_fmtval_ascii(vm, v);
    if (s == MT_EXC) return MT_EXC;
    mt_strview t = mt_str_obj_view(vm, s);
    return mt_bytes_new(vm, t.p, t.len);
  }
  if (conv != 'c') {
    if (mt_is_ref_type(v, MT_T_BYTES)) return v;
    return mt_raise(vm, MT_T_TYPE_ERROR,
                    "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
  }
  if (mt_is_ref_type(v, MT_T_BYTES) && mt_bytes_len(vm, v) == 1) return v;
  if (!mt_int_is(v)) return mt_raise(vm, MT_T_TYPE_ERROR, "%%c requires an integer in range(256) or a single byte");
  int64_t c;
  if (!mt_int_to_i64(vm, v, &c) || c < 0 || c > 255)
    return mt_raise(vm, MT_T_OVERFLOW_ERROR, "%%c arg not in range(256)");
  uint8_t b = (uint8_t)c;
  return mt_bytes_new(vm, &b, 1);
}

/* Append arg formatted by the conversion p (unicode_format_arg_format,
** or _PyBytes_FormatEx's for bytes). */
static int convert_arg(mt_vm *vm, mt_buf *out, mt_fmt_pct *p, mt_value v, mt_buf *msg) {
  uint32_t c = p->conv;
  int rc;
  if (c == 's' || c == 'r' || c == 'a' || c == 'c' || (p->octets && c == 'b')) {
    mt_value s = p->octets ? bytes_text_of(vm, c, v) : text_of(vm, c, v);
    if (s == MT_EXC) return -1;
    mt_strview t = pct_view(vm, s);
    rc = mt_fmt_pct_text(out, p, t.p, t.len);
  } else if (c == 'd' || c == 'i' || c == 'u' || c == 'o' || c == 'x' || c == 'X') {
    if (mt_is_float(v)) {
      rc = mt_fmt_pct_float(out, p, mt_as_float(v), MT_BIG_MAX_STR_DIGITS, msg);
    } else if (mt_int_is(v)) {
      mt_limb t;
      rc = mt_fmt_pct_int(out, p, mt_int_view(vm, mt_is_bool(v) ? mt_small(v == MT_TRUE) : v, &t),
                          MT_BIG_MAX_STR_DIGITS, msg);
    } else if (c == 'd' || c == 'i' || c == 'u') {
      mt_raise(vm, MT_T_TYPE_ERROR, "%%%c format: a real number is required, not %T", (int)c, v);
      return -1;
    } else {
      mt_raise(vm, MT_T_TYPE_ERROR, "%%%c format: an integer is required, not %T", (int)c, v);
      return -1;
    }
  } else if (c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G') {
    if (!mt_is_float(v) && !mt_int_is(v)) {
      mt_raise(vm, MT_T_TYPE_ERROR, p->octets ? "float argument required, not %T" : "must be real number, not %T", v);
      return -1;
    }
    mt_value d = mt_is_float(v) ? v : mt_int_to_float(vm, v);
    if (d == MT_EXC) return -1;
    rc = mt_fmt_pct_float(out, p, mt_as_float(d), MT_BIG_MAX_STR_DIGITS, msg);
  } else if (c == '%') {
    mt_raise(vm, MT_T_VALUE_ERROR, "unsupported format character '%%' (0x25) at index %zu", p->conv_index);
    return -1;
  } else {
    rc = mt_fmt_pct_check(p, msg);
  }
  if (rc) {
    fmt_fail(vm, rc, msg);
    return -1;
  }
  return 0;
}

static int not_all_converted(mt_vm *vm, const pct_args *a) {
  mt_raise(vm, MT_T_TYPE_ERROR, "not all arguments converted during %s formatting", a->bytes ? "bytes" : "string");
  return -1;
}

/* One conversion at fmt[*pos] == '%': parse it, fetch its arguments,
** format. */
static int one_conversion(mt_vm *vm, mt_value fmt, size_t *pos, pct_args *a, mt_buf *out, mt_buf *msg) {
  mt_fmt_pct p;
  mt_strview t = pct_view(vm, fmt);
  int rc = mt_fmt_pct_parse(&p, t.p, t.len, pos, a->bytes, msg);
  if (rc) {
    fmt_fail(vm, rc, msg);
    return -1;
  }
  if (p.key) {
    if (a->dict == MT_NULL) {
      mt_raise(vm, MT_T_TYPE_ERROR, "format requires a mapping");
      return -1;
    }
    size_t from = (size_t)(p.key - t.p);
    mt_value key = a->bytes ? mt_bytes_new(vm, pct_view(vm, fmt).p + from, p.key_len)
                            : mt_str_obj_new(vm, pct_view(vm, fmt).p + from, p.key_len);
    mt_value v = key == MT_EXC ? MT_EXC : mt_ops_getitem(vm, a->dict, key);
    if (v == MT_EXC) return -1;
    *a = (pct_args){v, -1, -2, a->dict, a->bytes};
  }
  int64_t n;
  if (p.width_arg) {
    if (star_arg(vm, a, &n)) return -1;
    mt_fmt_pct_set_width(&p, n);
  }
  if (p.prec_arg) {
    if (star_arg(vm, a, &n)) return -1;
    mt_fmt_pct_set_prec(&p, n);
  }
  mt_value v = next_arg(vm, a);
  if (v == MT_EXC || convert_arg(vm, out, &p, v, msg)) return -1;
  if (a->dict != MT_NULL && a->argidx < a->arglen) return not_all_converted(vm, a);
  return 0;
}

static int format_all(mt_vm *vm, mt_value fmt, pct_args *a, mt_buf *out, mt_buf *msg) {
  size_t i = 0;
  while (i < pct_view(vm, fmt).len) {
    mt_strview t = pct_view(vm, fmt);
    const char *pc = memchr(t.p + i, '%', t.len - i);
    size_t run = pc ? (size_t)(pc - (t.p + i)) : t.len - i;
    if (mt_buf_append(out, t.p + i, run)) return mt_raise_type(vm, MT_T_MEMORY_ERROR), -1;
    i += run;
    if (!pc) break;
    if (i + 1 < t.len && t.p[i + 1] == '%') {
      if (mt_buf_putc(out, '%')) return mt_raise_type(vm, MT_T_MEMORY_ERROR), -1;
      i += 2;
      continue;
    }
    if (one_conversion(vm, fmt, &i, a, out, msg)) return -1;
    if (out->len > mt_heap_room(vm)) return mt_raise_type(vm, MT_T_MEMORY_ERROR), -1;
  }
  if (a->argidx < a->arglen && a->dict == MT_NULL) return not_all_converted(vm, a);
  return 0;
}

/* PyMapping_Check for the builtin types, less tuple and str (and bytes
** when formatting bytes): whatever has __getitem__. */
static bool is_mapping(mt_value v, bool bytes) {
  switch (mt_obj_type(v)) {
  case MT_T_DICT:
  case MT_T_LIST:
  case MT_T_RANGE: return true;
  case MT_T_BYTES: return !bytes;
  default: return false;
  }
}

mt_value mt_strfmt_mod(mt_vm *vm, mt_value fmt, mt_value args) {
  bool tuple = mt_is_ref_type(args, MT_T_TUPLE), bytes = !mt_is_str(fmt);
  pct_args a = {args, tuple ? (int64_t)mt_tuple_len(vm, args) : -1, tuple ? 0 : -2,
                is_mapping(args, bytes) ? args : MT_NULL, bytes};
  mt_buf out = MT_BUF_INIT, msg = MT_BUF_INIT;
  int rc = format_all(vm, fmt, &a, &out, &msg);
  const char *data = out.data ? out.data : "";
  mt_value r = rc ? MT_EXC : bytes ? mt_bytes_new(vm, data, out.len) : mt_str_obj_new(vm, data, out.len);
  mt_buf_free(&out);
  mt_buf_free(&msg);
  return r;
}

/* }================================================================== */
