/*
** out.c: the captured-output buffer.
*/
#include "out.h"

#include <string.h>

#include "exc.h"
#include "str.h"

/* Room for n more bytes: grow in place when the buffer is the newest
** object, else move it to one twice as large. */
static int reserve(mt_vm *vm, uint64_t n) {
  mt_value b = *mt_root(vm, MT_ROOT_OUTPUT);
  uint64_t len = b == MT_NULL ? 0 : MT_OBJ(vm, mt_bufobj, b)->len;
  uint64_t cap = b == MT_NULL ? 0 : mt_buf_cap(MT_OBJ(vm, mt_bufobj, b));
  if (len + n <= cap) return 0;
  uint64_t want = len + n > 2 * cap ? len + n : 2 * cap;
  if (want < 256) want = 256;
  if (want > UINT32_MAX - 64) {
    mt_raise_type(vm, MT_T_MEMORY_ERROR);
    return -1;
  }
  if (b != MT_NULL && mt_heap_grow(vm, mt_ref_off(b), sizeof(mt_bufobj) + want)) return 0;
  uint32_t off = mt_heap_alloc(vm, MT_T_BUF, sizeof(mt_bufobj) + want);
  if (!off) return -1;
  mt_bufobj *nb = mt_ptr(vm, off);
  if (b != MT_NULL) memcpy(nb->data, MT_OBJ(vm, mt_bufobj, b)->data, len);
  nb->len = (uint32_t)len;
  *mt_root(vm, MT_ROOT_OUTPUT) = mt_ref(MT_T_BUF, off);
  return 0;
}

int mt_out_write(mt_vm *vm, const void *p, size_t n) {
  if (reserve(vm, n)) return -1;
  mt_bufobj *b = MT_OBJ(vm, mt_bufobj, *mt_root(vm, MT_ROOT_OUTPUT));
  memcpy(b->data + b->len, p, n);
  b->len += (uint32_t)n;
  return 0;
}

int mt_out_write_str(mt_vm *vm, mt_value s) {
  if (reserve(vm, mt_str_obj_view(vm, s).len)) return -1;
  mt_strview x = mt_str_obj_view(vm, s);
  mt_bufobj *b = MT_OBJ(vm, mt_bufobj, *mt_root(vm, MT_ROOT_OUTPUT));
  memcpy(b->data + b->len, x.p, x.len);
  b->len += x.len;
  return 0;
}

const uint8_t *mt_out_data(mt_vm *vm, uint32_t *len) {
  mt_value b = *mt_root(vm, MT_ROOT_OUTPUT);
  *len = b == MT_NULL ? 0 : MT_OBJ(vm, mt_bufobj, b)->len;
  return b == MT_NULL ? NULL : MT_OBJ(vm, mt_bufobj, b)->data;
}

void mt_out_clear(mt_vm *vm) { *mt_root(vm, MT_ROOT_OUTPUT) = MT_NULL; }
