/*
** fmtval.c: formatting values (see fmtval.h).
*/
#include "fmtval.h"

#include "buf.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "repr.h"
#include "str.h"
#include "unicode.h"

/* The exception for a format.h error code, with its message. */
static mt_value format_error(mt_vm *vm, int rc, const mt_buf *msg) {
  static const uint32_t types[] = {[-MT_FMT_EVALUE] = MT_T_VALUE_ERROR, [-MT_FMT_EOVERFLOW] = MT_T_OVERFLOW_ERROR,
                                   [-MT_FMT_ETYPE] = MT_T_TYPE_ERROR};
  if (rc == MT_FMT_ENOMEM) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  return mt_raise(vm, types[-rc], "%s", msg->data ? msg->data : "");
}

mt_value mt_fmtval_str(mt_vm *vm, mt_value v) {
  if (mt_is_str(v)) return v;
  if (!mt_is_small(v)) return mt_repr_str(vm, v);
  /* Small ints are the common case of str() and f-strings: digits written
  ** backwards into a buffer, no formatter. */
  char buf[24], *p = buf + sizeof buf;
  int64_t i = mt_as_small(v);
  uint64_t u = i < 0 ? (uint64_t)-i : (uint64_t)i;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (i < 0) *--p = '-';
  size_t n = (size_t)(buf + sizeof buf - p);
  return mt_str_obj_new_n(vm, p, n, n); /* ASCII: no code points to count */
}

mt_value mt_fmtval_format(mt_vm *vm, mt_value v, mt_value spec) {
  mt_strview sv = mt_str_obj_view(vm, spec);
  if (sv.len == 0) return mt_fmtval_str(vm, v);
  /* The spec and the value's text are copied out: the result is built in
  ** host memory and only then becomes a str. */
  mt_buf s = MT_BUF_INIT, out = MT_BUF_INIT, msg = MT_BUF_INIT;
  int rc = mt_buf_append(&s, sv.p, sv.len) ? MT_FMT_ENOMEM : MT_FMT_OK;
  const char *tname = mt_type_name(mt_obj_type(v));
  if (rc) {
  } else if (mt_is_str(v)) {
    mt_strview t = mt_str_obj_view(vm, v);
    mt_buf text = MT_BUF_INIT;
    rc = mt_buf_append(&text, t.p, t.len) ? MT_FMT_ENOMEM
                                          : mt_fmt_str(&out, s.data, s.len, text.data ? text.data : "", t.len, tname, &msg);
    mt_buf_free(&text);
  } else if (mt_is_float(v)) {
    rc = mt_fmt_float(&out, s.data, s.len, mt_as_float(v), tname, &msg);
  } else if (mt_is_small(v) || mt_is_bool(v) || mt_is_ref_type(v, MT_T_INT)) {
    mt_limb tmp;
    mt_big big = mt_int_view(vm, mt_is_bool(v) ? mt_small(v == MT_TRUE) : v, &tmp);
    rc = mt_fmt_int(&out, s.data, s.len, big, tname, MT_BIG_MAX_STR_DIGITS, &msg);
  } else {
    mt_buf_free(&s);
    return mt_raise(vm, MT_T_TYPE_ERROR, "unsupported format string passed to %T.__format__", v);
  }
  mt_value r = rc ? format_error(vm, rc, &msg) : mt_str_obj_new(vm, out.data ? out.data : "", out.len);
  mt_buf_free(&s);
  mt_buf_free(&out);
  mt_buf_free(&msg);
  return r;
}

mt_value mt_fmtval_ascii(mt_vm *vm, mt_value v) {
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

mt_value mt_fmtval_field(mt_vm *vm, mt_value v, uint32_t conv, mt_value spec) {
  switch (conv) {
  case 1: v = mt_fmtval_str(vm, v); break;
  case 2: v = mt_repr(vm, v); break;
  case 3: v = mt_fmtval_ascii(vm, v); break;
  default: break;
  }
  if (v == MT_EXC) return MT_EXC;
  if (spec == MT_NULL) return mt_fmtval_str(vm, v);
  return mt_fmtval_format(vm, v, spec);
}
