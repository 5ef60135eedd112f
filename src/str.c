/*
** str.c: str objects over UTF-8 text.
*/
#include "str.h"

#include <string.h>

#include "dict.h"
#include "exc.h"
#include "hash.h"
#include "names.h"
#include "sb.h"
#include "unicode.h"

mt_strview mt_str_obj_view(mt_vm *vm, mt_value s) {
  if (mt_is_name(s)) {
    uint32_t i = mt_name_index(s);
    return (mt_strview){mt_name_text[i], mt_name_len[i], mt_name_len[i], true};
  }
  mt_str *o = MT_OBJ(vm, mt_str, s);
  return (mt_strview){o->data, o->len, o->cplen, (o->h.flags & MT_OF_ASCII) != 0};
}

mt_value mt_str_obj_static(const char *p, uint32_t n) {
  if (n == 0) return mt_name(MT_N_empty);
  if (n == 1 && (uint8_t)p[0] < 0x80) return mt_name(mt_name_ascii[(uint8_t)p[0]]);
  return MT_NULL;
}

mt_strv mt_str_obj_strv(mt_vm *vm, mt_value s) {
  if (mt_is_name(s)) {
    uint32_t i = mt_name_index(s);
    return mt_str_view(mt_name_text[i], mt_name_len[i], mt_name_len[i], NULL);
  }
  mt_str *o = MT_OBJ(vm, mt_str, s);
  return mt_str_view(o->data, o->len, o->cplen, o->cplen == o->len ? NULL : mt_str_index(o));
}

void mt_str_obj_seal(mt_vm *vm, mt_value s) {
  mt_str *o = MT_OBJ(vm, mt_str, s);
  if (o->cplen != o->len) mt_str_index_build(o->data, o->len, o->cplen, mt_str_index(o));
}

/* Allocate a heap str for n bytes with the given code-point count; the
** caller fills the text, then seals it. */
static mt_value alloc_str(mt_vm *vm, uint64_t n, uint64_t cplen) {
  if (n > UINT32_MAX - 64) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  uint32_t off = mt_heap_alloc(vm, MT_T_STR, mt_str_size(n, cplen));
  if (!off) return MT_EXC;
  mt_str *s = mt_ptr(vm, off);
  s->len = (uint32_t)n;
  s->cplen = (uint32_t)cplen;
  s->hash = -1;
  s->h.flags = n == cplen ? MT_OF_ASCII : 0;
  return mt_ref(MT_T_STR, off);
}

mt_value mt_str_obj_new(mt_vm *vm, const char *p, size_t n) {
  mt_value s = n <= 1 ? mt_str_obj_static(p, (uint32_t)n) : MT_NULL;
  if (s != MT_NULL) return s;
  s = alloc_str(vm, n, mt_uni_count(p, n));
  if (s == MT_EXC) return MT_EXC;
  memcpy(MT_OBJ(vm, mt_str, s)->data, p, n);
  mt_str_obj_seal(vm, s);
  return s;
}

mt_value mt_str_obj_cstr(mt_vm *vm, const char *s) { return mt_str_obj_new(vm, s, strlen(s)); }

mt_value mt_str_obj_new_n(mt_vm *vm, const char *p, size_t n, size_t ncp) {
  mt_value s = n <= 1 ? mt_str_obj_static(p, (uint32_t)n) : MT_NULL;
  if (s != MT_NULL) return s;
  s = alloc_str(vm, n, ncp);
  if (s == MT_EXC) return MT_EXC;
  memcpy(MT_OBJ(vm, mt_str, s)->data, p, n);
  mt_str_obj_seal(vm, s);
  return s;
}

mt_value mt_str_obj_span(mt_vm *vm, mt_value s, uint32_t off, uint32_t len, uint32_t ncp) {
  mt_strview x = mt_str_obj_view(vm, s);
  if (off == 0 && len == x.len) return s;
  mt_value r = len <= 1 ? mt_str_obj_static(x.p + off, len) : MT_NULL;
  if (r != MT_NULL) return r;
  r = alloc_str(vm, len, ncp);
  if (r == MT_EXC) return MT_EXC;
  memcpy(MT_OBJ(vm, mt_str, r)->data, mt_str_obj_view(vm, s).p + off, len);
  mt_str_obj_seal(vm, r);
  return r;
}

int64_t mt_str_obj_hash(mt_vm *vm, mt_value s) {
  if (mt_is_name(s)) {
    uint32_t i = mt_name_index(s);
    return mt_hash_bytes(vm, mt_name_text[i], mt_name_len[i]);
  }
  mt_str *o = MT_OBJ(vm, mt_str, s);
  if (o->hash == -1) o->hash = mt_hash_bytes(vm, o->data, o->len);
  return o->hash;
}

bool mt_str_obj_eq(mt_vm *vm, mt_value a, mt_value b) {
  if (a == b) return true;
  if (mt_is_ref(a) && mt_is_ref(b)) {
    mt_str *x = MT_OBJ(vm, mt_str, a), *y = MT_OBJ(vm, mt_str, b);
    if (x->h.flags & y->h.flags & MT_OF_INTERNED) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  }
  mt_strview x = mt_str_obj_view(vm, a), y = mt_str_obj_view(vm, b);
  return x.len == y.len && memcmp(x.p, y.p, x.len) == 0;
}

int mt_str_obj_cmp(mt_vm *vm, mt_value a, mt_value b) {
  mt_strview x = mt_str_obj_view(vm, a), y = mt_str_obj_view(vm, b);
  int c = memcmp(x.p, y.p, x.len < y.len ? x.len : y.len);
  if (c) return c;
  return x.len < y.len ? -1 : x.len > y.len;
}

mt_value mt_str_obj_join(mt_vm *vm, const mt_value *parts, uint32_t n) {
  uint64_t len = 0, cplen = 0;
  for (uint32_t k = 0; k < n; k++) {
    mt_strview v = mt_str_obj_view(vm, parts[k]);
    len += v.len;
    cplen += v.cplen;
  }
  if (len <= 1) {
    for (uint32_t k = 0; k < n; k++)
      if (mt_str_obj_view(vm, parts[k]).len) return mt_str_obj_static(mt_str_obj_view(vm, parts[k]).p, 1);
    return mt_name(MT_N_empty);
  }
  mt_value r = alloc_str(vm, len, cplen);
  if (r == MT_EXC) return MT_EXC;
  char *d = MT_OBJ(vm, mt_str, r)->data;
  for (uint32_t k = 0; k < n; k++) {
    mt_strview v = mt_str_obj_view(vm, parts[k]);
    memcpy(d, v.p, v.len);
    d += v.len;
  }
  mt_str_obj_seal(vm, r);
  return r;
}

mt_value mt_str_obj_concat(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_str_obj_view(vm, b).len == 0) return a;
  if (mt_str_obj_view(vm, a).len == 0) return b;
  mt_value parts[2] = {a, b};
  return mt_str_obj_join(vm, parts, 2);
}

mt_value mt_str_obj_repeat(mt_vm *vm, mt_value s, int64_t n) {
  mt_strview x = mt_str_obj_view(vm, s);
  if (n <= 0 || x.len == 0) return mt_name(MT_N_empty);
  if (n == 1) return s;
  if ((uint64_t)n > (UINT32_MAX - 64) / x.len) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r = alloc_str(vm, x.len * (uint64_t)n, x.cplen * (uint64_t)n);
  if (r == MT_EXC) return MT_EXC;
  x = mt_str_obj_view(vm, s);
  char *d = MT_OBJ(vm, mt_str, r)->data;
  mt_str_repeat_write(x.p, x.len, x.len * (size_t)n, d);
  mt_str_obj_seal(vm, r);
  return r;
}

uint32_t mt_str_obj_offset(mt_vm *vm, mt_value s, uint32_t i) {
  mt_strv v = mt_str_obj_strv(vm, s);
  return (uint32_t)mt_str_byte_offset(&v, i);
}

mt_value mt_str_obj_char(mt_vm *vm, mt_value s, uint32_t i) {
  uint32_t off = mt_str_obj_offset(vm, s, i);
  mt_strview x = mt_str_obj_view(vm, s);
  if ((uint8_t)x.p[off] < 0x80) return mt_name(mt_name_ascii[(uint8_t)x.p[off]]);
  size_t end = off;
  mt_uni_next(x.p, &end);
  char tmp[4];
  memcpy(tmp, x.p + off, end - off);
  return mt_str_obj_new(vm, tmp, end - off);
}

mt_value mt_str_obj_slice(mt_vm *vm, mt_value s, int64_t start, int64_t step, uint32_t n) {
  if (n == 0) return mt_name(MT_N_empty);
  if (step == 1) {
    uint32_t from = mt_str_obj_offset(vm, s, (uint32_t)start);
    uint32_t to = mt_str_obj_offset(vm, s, (uint32_t)start + n);
    if (from == 0 && to == mt_str_obj_view(vm, s).len) return s;
    mt_value r = n == 1 ? mt_str_obj_static(mt_str_obj_view(vm, s).p + from, to - from) : MT_NULL;
    if (r != MT_NULL) return r;
    r = alloc_str(vm, to - from, n);
    if (r == MT_EXC) return MT_EXC;
    memcpy(MT_OBJ(vm, mt_str, r)->data, mt_str_obj_view(vm, s).p + from, to - from);
    mt_str_obj_seal(vm, r);
    return r;
  }
  mt_sb sb;
  if (mt_sb_init(vm, &sb, n)) return MT_EXC;
  for (uint32_t k = 0; k < n; k++) {
    uint32_t i = (uint32_t)(start + (int64_t)k * step);
    uint32_t from = mt_str_obj_offset(vm, s, i), to = from + 1;
    mt_strview x = mt_str_obj_view(vm, s);
    while (to < x.len && mt_uni_is_cont((uint8_t)x.p[to])) to++;
    if (mt_sb_append_str_range(vm, &sb, s, from, to - from)) return MT_EXC;
  }
  return mt_sb_finish(vm, &sb);
}

mt_value mt_str_obj_intern(mt_vm *vm, mt_value s) {
  if (mt_is_name(s) || (MT_OBJ(vm, mt_str, s)->h.flags & MT_OF_INTERNED)) return s;
  mt_strview x = mt_str_obj_view(vm, s);
  int32_t name = mt_name_find(x.p, x.len);
  if (name >= 0) return mt_name((uint32_t)name);
  mt_value table = *mt_root(vm, MT_ROOT_INTERNED);
  if (table == MT_NULL) {
    table = mt_dict_new(vm);
    if (table == MT_EXC) return MT_EXC;
    *mt_root(vm, MT_ROOT_INTERNED) = table;
  }
  mt_value found = mt_dict_get(vm, table, s);
  if (found != MT_NULL) return found;
  if (mt_dict_set(vm, table, s, s)) return MT_EXC;
  MT_OBJ(vm, mt_str, s)->h.flags |= MT_OF_INTERNED;
  return s;
}
