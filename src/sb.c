/*
** sb.c: the arena string builder and the message formatter.
*/
#include "sb.h"

#include <stddef.h>
#include <string.h>

#include "repr.h"
#include "str.h"
#include "unicode.h"

/* Where the text starts, as a BUF (while building) and as a str. */
#define TEXT_AT ((uint32_t)offsetof(mt_str, data))
MT_STATIC_ASSERT(offsetof(mt_str, data) == sizeof(mt_bufobj) + 8, "text stays in place");

static void set_cap(mt_vm *vm, mt_sb *sb) {
  sb->cap = mt_obj_at(vm, sb->off)->size - TEXT_AT - 1;
}

int mt_sb_init(mt_vm *vm, mt_sb *sb, uint32_t cap) {
  sb->off = mt_heap_alloc(vm, MT_T_BUF, (uint64_t)TEXT_AT + cap + 1);
  sb->len = 0;
  if (!sb->off) return -1;
  set_cap(vm, sb);
  return 0;
}

/* Grow in place when the buffer is the newest object; otherwise move the
** text into a buffer twice as large (the old one becomes garbage). */
int mt_sb_reserve(mt_vm *vm, mt_sb *sb, uint64_t n) {
  if (n <= sb->cap - sb->len) return 0;
  uint64_t need = (uint64_t)sb->len + n, cap = 2 * (uint64_t)sb->cap;
  if (cap < need) cap = need;
  if (mt_heap_grow(vm, sb->off, TEXT_AT + cap + 1) || mt_heap_grow(vm, sb->off, TEXT_AT + need + 1)) {
    set_cap(vm, sb);
    return 0;
  }
  uint32_t off = mt_heap_alloc(vm, MT_T_BUF, TEXT_AT + cap + 1);
  if (!off) return -1;
  memcpy((char *)mt_ptr(vm, off) + TEXT_AT, mt_sb_text(vm, sb), sb->len);
  sb->off = off;
  set_cap(vm, sb);
  return 0;
}

int mt_sb_append(mt_vm *vm, mt_sb *sb, const void *p, size_t n) {
  mt_assert((const uint8_t *)p < vm->base || (const uint8_t *)p >= vm->base + vm->arena.reserved);
  if (mt_sb_reserve(vm, sb, n)) return -1;
  memcpy(mt_sb_text(vm, sb) + sb->len, p, n);
  sb->len += (uint32_t)n;
  return 0;
}

int mt_sb_puts(mt_vm *vm, mt_sb *sb, const char *s) { return mt_sb_append(vm, sb, s, strlen(s)); }

int mt_sb_putc(mt_vm *vm, mt_sb *sb, char c) {
  if (mt_sb_reserve(vm, sb, 1)) return -1;
  mt_sb_text(vm, sb)[sb->len++] = c;
  return 0;
}

int mt_sb_put_utf8(mt_vm *vm, mt_sb *sb, uint32_t cp) {
  char b[4];
  return mt_sb_append(vm, sb, b, mt_uni_encode_cp(cp, b));
}

int mt_sb_append_str_range(mt_vm *vm, mt_sb *sb, mt_value s, uint32_t from, uint32_t n) {
  if (mt_sb_reserve(vm, sb, n)) return -1;
  mt_strview v = mt_str_obj_view(vm, s);
  memcpy(mt_sb_text(vm, sb) + sb->len, v.p + from, n);
  sb->len += n;
  return 0;
}

int mt_sb_append_str(mt_vm *vm, mt_sb *sb, mt_value s) {
  return mt_sb_append_str_range(vm, sb, s, 0, mt_str_obj_view(vm, s).len);
}

/* Integers go through a small local buffer, most significant digit last. */
static int put_uint(mt_vm *vm, mt_sb *sb, uint64_t u, unsigned base, bool neg) {
  char tmp[24];
  size_t i = sizeof tmp;
  do {
    tmp[--i] = "0123456789abcdef"[u % base];
    u /= base;
  } while (u);
  if (neg) tmp[--i] = '-';
  return mt_sb_append(vm, sb, tmp + i, sizeof tmp - i);
}

static int put_int(mt_vm *vm, mt_sb *sb, int64_t i) {
  return put_uint(vm, sb, i < 0 ? 0 - (uint64_t)i : (uint64_t)i, 10, i < 0);
}

int mt_sb_vformat(mt_vm *vm, mt_sb *sb, const char *fmt, va_list ap) {
  for (const char *p = fmt; *p; p++) {
    const char *run = p;
    while (*p && *p != '%') p++;
    if (p > run && mt_sb_append(vm, sb, run, (size_t)(p - run))) return -1;
    if (!*p) break;
    int r;
    switch (*++p) {
    case 's': r = mt_sb_puts(vm, sb, va_arg(ap, const char *)); break;
    case 'c': r = mt_sb_putc(vm, sb, (char)va_arg(ap, int)); break;
    case 'd': r = put_int(vm, sb, va_arg(ap, int)); break;
    case 'u': r = put_uint(vm, sb, va_arg(ap, unsigned), 10, false); break;
    case 'x': r = put_uint(vm, sb, va_arg(ap, unsigned), 16, false); break;
    case 'z':
      p++;
      r = put_uint(vm, sb, va_arg(ap, size_t), 10, false);
      break;
    case 'l':
      p += 2;
      if (*p == 'd') r = put_int(vm, sb, va_arg(ap, long long));
      else r = put_uint(vm, sb, va_arg(ap, unsigned long long), 10, false);
      break;
    case 'R': r = mt_repr_into(vm, sb, va_arg(ap, mt_value)); break;
    case 'S': r = mt_repr_str_into(vm, sb, va_arg(ap, mt_value)); break;
    case 'T': r = mt_sb_puts(vm, sb, mt_type_name(mt_obj_type(va_arg(ap, mt_value)))); break;
    default: r = mt_sb_putc(vm, sb, '%'); break;
    }
    if (r) return -1;
  }
  return 0;
}

int mt_sb_format(mt_vm *vm, mt_sb *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = mt_sb_vformat(vm, sb, fmt, ap);
  va_end(ap);
  return r;
}

mt_value mt_sb_finish(mt_vm *vm, mt_sb *sb) {
  mt_str *s = mt_ptr(vm, sb->off);
  uint32_t n = sb->len, cp = (uint32_t)mt_uni_count(s->data, n);
  mt_value name = mt_str_obj_static(s->data, n);
  if (name != MT_NULL) {
    mt_heap_shrink(vm, sb->off, 0);
    return name;
  }
  uint64_t size = mt_str_size(n, cp);
  if (size > s->h.size && !mt_heap_grow(vm, sb->off, size)) {
    /* no room for the index in place: move the text to a new object */
    uint32_t off = mt_heap_alloc(vm, MT_T_BUF, size);
    if (!off) return MT_EXC;
    memcpy((char *)mt_ptr(vm, off) + TEXT_AT, mt_sb_text(vm, sb), n);
    sb->off = off;
  }
  s = mt_ptr(vm, sb->off);
  s->h.type = MT_T_STR;
  s->h.flags = cp == n ? MT_OF_ASCII : 0;
  s->len = n;
  s->cplen = cp;
  s->hash = -1;
  s->data[n] = 0;
  mt_heap_shrink(vm, sb->off, (uint32_t)size);
  mt_value v = mt_ref(MT_T_STR, sb->off);
  mt_str_obj_seal(vm, v);
  return v;
}
