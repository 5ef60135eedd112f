/*
** out.h: the captured output of print(): bytes appended to a BUF object
** (root MT_ROOT_OUTPUT) that the host drains after a run or a pause. It
** lives in the arena, so it is part of a snapshot and of max_memory.
*/
#ifndef MT_OUT_H
#define MT_OUT_H

#include "heap.h"

/* Append p[0..n) (not in the arena). Returns 0 or -1 (MemoryError). */
MT_INTERNAL int mt_out_write(mt_vm *vm, const void *p, size_t n);
/* Append the text of a str value. */
MT_INTERNAL int mt_out_write_str(mt_vm *vm, mt_value s);
/* The captured bytes (valid until the next allocation) and their count. */
MT_INTERNAL const uint8_t *mt_out_data(mt_vm *vm, uint32_t *len);
/* Forget the captured output. */
MT_INTERNAL void mt_out_clear(mt_vm *vm);

#endif
