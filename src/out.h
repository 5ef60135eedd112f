/*
** out.h: captured output. print() never writes to the process's stdout:
** its text accumulates in a BUF object under the header root OUTPUT, in
** the arena (so it is part of a snapshot and counts against max_memory),
** and the embedder takes it from there.
*/
#ifndef MT_OUT_H
#define MT_OUT_H

#include "heap.h"

/* Append p[0..n) (which may point into the arena). Returns 0 or -1 with
** MemoryError pending. */
MT_INTERNAL int mt_out_write(mt_vm *vm, const char *p, size_t n);
/* Append the text of a str value. */
MT_INTERNAL int mt_out_write_str(mt_vm *vm, mt_value s);
/* The output captured so far (valid until the next allocation). */
MT_INTERNAL const char *mt_out_data(mt_vm *vm, uint32_t *len);
/* Forget the captured output (after the embedder took it). */
MT_INTERNAL void mt_out_clear(mt_vm *vm);

#endif
