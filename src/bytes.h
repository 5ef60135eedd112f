/*
** bytes.h: immutable byte strings (object.h mt_bytes).
*/
#ifndef MT_BYTES_H
#define MT_BYTES_H

#include "heap.h"

/* bytes from p[0..n) (p not in the arena). */
MT_INTERNAL mt_value mt_bytes_new(mt_vm *vm, const void *p, size_t n);
/* A bytes object of n zero bytes for the caller to fill. */
MT_INTERNAL mt_value mt_bytes_alloc(mt_vm *vm, size_t n);
MT_INTERNAL mt_value mt_bytes_concat(mt_vm *vm, mt_value a, mt_value b);
MT_INTERNAL mt_value mt_bytes_repeat(mt_vm *vm, mt_value b, int64_t n);
/* b[start::step] taking n bytes (indices already clamped). */
MT_INTERNAL mt_value mt_bytes_slice(mt_vm *vm, mt_value b, int64_t start, int64_t step, uint32_t n);

/* bytes(seq) for a list or tuple of ints in range(256): TypeError "'str'
** object cannot be interpreted as an integer", ValueError "bytes must be
** in range(0, 256)". */
MT_INTERNAL mt_value mt_bytes_from_ints(mt_vm *vm, mt_value seq);

static inline uint32_t mt_bytes_len(mt_vm *vm, mt_value b) { return MT_OBJ(vm, mt_bytes, b)->len; }
static inline uint8_t *mt_bytes_data(mt_vm *vm, mt_value b) { return MT_OBJ(vm, mt_bytes, b)->data; }

#endif
