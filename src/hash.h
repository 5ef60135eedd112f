/*
** hash.h: hash() with CPython 3.11's values for numbers, tuples, ranges
** and frozensets (hash(1) == hash(1.0) == hash(True), hash(-1) == -2;
** NaN, one canonical value here, hashes to 0 = sys.hash_info.nan),
** and xxh3 under the interpreter's seed for str and bytes (CPython uses
** siphash with a random key: str hashes are per-process there too).
*/
#ifndef MT_HASH_H
#define MT_HASH_H

#include "heap.h"

/* hash(v) into *out: 0, or -1 with TypeError (unhashable) or
** RecursionError pending. mt_hash_value answers small ints and strs with
** a cached hash inline (the common dict keys) and calls mt_hash_compute
** for the rest. */
MT_INTERNAL int mt_hash_compute(mt_vm *vm, mt_value v, int64_t *out);

static inline int mt_hash_value(mt_vm *vm, mt_value v, int64_t *out) {
  if (mt_is_small(v)) {
    int64_t i = mt_as_small(v);
    *out = i == -1 ? -2 : i;
    return 0;
  }
  if (mt_is_ref_type(v, MT_T_STR) && MT_OBJ(vm, mt_str, v)->hash != -1) {
    *out = MT_OBJ(vm, mt_str, v)->hash;
    return 0;
  }
  return mt_hash_compute(vm, v, out);
}
/* xxh3 of bytes under the interpreter's seed, as Python hashes str/bytes. */
MT_INTERNAL int64_t mt_hash_bytes(mt_vm *vm, const void *p, size_t n);

#endif
