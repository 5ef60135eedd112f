/*
** bytes.c: bytes objects.
*/
#include "bytes.h"

#include <string.h>

#include "exc.h"
#include "strops.h"

mt_value mt_bytes_alloc(mt_vm *vm, size_t n) {
  if (n > UINT32_MAX - 64) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  uint32_t off = mt_heap_alloc(vm, MT_T_BYTES, mt_bytes_size(n));
  if (!off) return MT_EXC;
  mt_bytes *b = mt_ptr(vm, off);
  b->len = (uint32_t)n;
  b->hash = -1;
  return mt_ref(MT_T_BYTES, off);
}

mt_value mt_bytes_new(mt_vm *vm, const void *p, size_t n) {
  mt_value b = mt_bytes_alloc(vm, n);
  if (b != MT_EXC && n) memcpy(mt_bytes_data(vm, b), p, n);
  return b;
}

mt_value mt_bytes_concat(mt_vm *vm, mt_value a, mt_value b) {
  uint64_t na = mt_bytes_len(vm, a), nb = mt_bytes_len(vm, b);
  mt_value r = mt_bytes_alloc(vm, na + nb);
  if (r == MT_EXC) return MT_EXC;
  memcpy(mt_bytes_data(vm, r), mt_bytes_data(vm, a), na);
  memcpy(mt_bytes_data(vm, r) + na, mt_bytes_data(vm, b), nb);
  return r;
}

mt_value mt_bytes_repeat(mt_vm *vm, mt_value b, int64_t n) {
  size_t len = mt_bytes_len(vm, b), total;
  if (mt_str_repeat_len(len, n, UINT32_MAX - 64, &total)) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r = mt_bytes_alloc(vm, total);
  if (r == MT_EXC) return MT_EXC;
  mt_str_repeat_write((const char *)mt_bytes_data(vm, b), len, total, (char *)mt_bytes_data(vm, r));
  return r;
}

mt_value mt_bytes_slice(mt_vm *vm, mt_value b, int64_t start, int64_t step, uint32_t n) {
  mt_value r = mt_bytes_alloc(vm, n);
  if (r == MT_EXC) return MT_EXC;
  uint8_t *from = mt_bytes_data(vm, b), *to = mt_bytes_data(vm, r);
  for (uint32_t k = 0; k < n; k++) to[k] = from[start + (int64_t)k * step];
  return r;
}

mt_value mt_bytes_from_ints(mt_vm *vm, mt_value seq) {
  bool tuple = mt_is_ref_type(seq, MT_T_TUPLE);
  uint32_t n = tuple ? MT_OBJ(vm, mt_tuple, seq)->len : MT_OBJ(vm, mt_list, seq)->len;
  mt_value b = mt_bytes_alloc(vm, n);
  if (b == MT_EXC) return MT_EXC;
  for (uint32_t i = 0; i < n; i++) {
    mt_value x = tuple ? MT_OBJ(vm, mt_tuple, seq)->items[i]
                       : MT_OBJ(vm, mt_varray, MT_OBJ(vm, mt_list, seq)->items)->v[i];
    int64_t k;
    if (mt_is_small(x)) k = mt_as_small(x);
    else if (mt_is_bool(x)) k = x == MT_TRUE;
    else if (mt_is_ref_type(x, MT_T_INT)) k = -1;
    else return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", x);
    if (k < 0 || k > 255) return mt_raise(vm, MT_T_VALUE_ERROR, "bytes must be in range(0, 256)");
    mt_bytes_data(vm, b)[i] = (uint8_t)k;
  }
  return b;
}
