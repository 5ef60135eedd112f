/*
** out.c: the captured-output buffer.
*/
#include "out.h"

#include <string.h>

#include "exc.h"
#include "str.h"

#define MIN_CAP 256u

static mt_bufobj *buf_at(mt_vm *vm) {
  mt_value b = *mt_root(vm, MT_ROOT_OUTPUT);
  return b == MT_NULL ? NULL : MT_OBJ(vm, mt_bufobj, b);
}

/* Room for n more bytes: grow in place when the buffer is the newest
** object, else move the text to a buffer at least twice as large (the
** old one becomes garbage), so appends are amortized O(1). */
static int reserve(mt_vm *vm, uint64_t n) {
  mt_bufobj *b = buf_at(vm);
  uint64_t len = b ? b->len : 0, cap = b ? mt_buf_cap(b) : 0;
  if (n <= cap - len) return 0;
  uint64_t want = 2 * cap > len + n ? 2 * cap : len + n;
  if (want < MIN_CAP) want = MIN_CAP;
  if (want > UINT32_MAX - sizeof(mt_bufobj)) {
    mt_raise_type(vm, MT_T_MEMORY_ERROR);
    return -1;
  }
  if (b) {
    uint32_t off = mt_ref_off(*mt_root(vm, MT_ROOT_OUTPUT));
    if (mt_heap_grow(vm, off, sizeof(mt_bufobj) + want)) return 0;
  }
  uint32_t off = mt_heap_alloc(vm, MT_T_BUF, sizeof(mt_bufobj) + want);
  if (!off) return -1;
  mt_bufobj *nb = mt_ptr(vm, off);
  b = buf_at(vm);
  if (b) {
    memcpy(nb->data, b->data, b->len);
    nb->len = b->len;
  }
  *mt_root(vm, MT_ROOT_OUTPUT) = mt_ref(MT_T_BUF, off);
  return 0;
}

int mt_out_write(mt_vm *vm, const char *p, size_t n) {
  if (n == 0) return 0;
  if (reserve(vm, n)) return -1;
  mt_bufobj *b = buf_at(vm);
  memmove(b->data + b->len, p, n);
  b->len += (uint32_t)n;
  return 0;
}

int mt_out_write_str(mt_vm *vm, mt_value s) {
  mt_strview v = mt_str_obj_view(vm, s);
  return mt_out_write(vm, v.p, v.len);
}

const char *mt_out_data(mt_vm *vm, uint32_t *len) {
  mt_bufobj *b = buf_at(vm);
  *len = b ? b->len : 0;
  return b ? (const char *)b->data : "";
}

void mt_out_clear(mt_vm *vm) { *mt_root(vm, MT_ROOT_OUTPUT) = MT_NULL; }
