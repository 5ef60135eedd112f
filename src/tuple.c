/*
** tuple.c: tuple construction and hashing.
*/
#include "tuple.h"

#include <string.h>

#include "exc.h"
#include "hash.h"

mt_value mt_tuple_new(mt_vm *vm, uint32_t n) {
  uint32_t off = mt_heap_alloc(vm, MT_T_TUPLE, mt_tuple_size(n));
  if (!off) return MT_EXC;
  mt_tuple *t = mt_ptr(vm, off);
  t->len = n;
  for (uint32_t i = 0; i < n; i++) t->items[i] = MT_NONE;
  return mt_ref(MT_T_TUPLE, off);
}

mt_value mt_tuple_from(mt_vm *vm, const mt_value *items, uint32_t n) {
  mt_value t = mt_tuple_new(vm, n);
  if (t != MT_EXC && n) memcpy(mt_tuple_items(vm, t), items, 8 * (size_t)n);
  return t;
}

mt_value mt_tuple_slice(mt_vm *vm, mt_value t, uint32_t start, uint32_t stop) {
  mt_value r = mt_tuple_new(vm, stop - start);
  if (r != MT_EXC && stop > start)
    memcpy(mt_tuple_items(vm, r), mt_tuple_items(vm, t) + start, 8 * (size_t)(stop - start));
  return r;
}

mt_value mt_tuple_concat(mt_vm *vm, mt_value a, mt_value b) {
  uint32_t na = mt_tuple_len(vm, a), nb = mt_tuple_len(vm, b);
  if ((uint64_t)na + nb > UINT32_MAX) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value r = mt_tuple_new(vm, na + nb);
  if (r == MT_EXC) return MT_EXC;
  memcpy(mt_tuple_items(vm, r), mt_tuple_items(vm, a), 8 * (size_t)na);
  memcpy(mt_tuple_items(vm, r) + na, mt_tuple_items(vm, b), 8 * (size_t)nb);
  return r;
}

#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)

/* CPython 3.11 Objects/tupleobject.c tuplehash, lane by lane. */
int mt_tuple_hash(mt_vm *vm, mt_value t, int64_t *out) {
  uint32_t n = mt_tuple_len(vm, t);
  uint64_t acc = XXPRIME_5;
  for (uint32_t i = 0; i < n; i++) {
    int64_t lane;
    if (mt_hash_value(vm, mt_tuple_items(vm, t)[i], &lane)) return -1;
    acc += (uint64_t)lane * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    acc *= XXPRIME_1;
  }
  acc += n ^ (XXPRIME_5 ^ UINT64_C(3527539));
  *out = acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
  return 0;
}
