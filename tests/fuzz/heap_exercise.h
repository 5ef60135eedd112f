/*
** heap_exercise.h: what the fuzz targets loading heaps (fuzz_heap_load,
** fuzz_snapshot_load) do with one that was accepted.
*/
#ifndef MT_FUZZ_HEAP_EXERCISE_H
#define MT_FUZZ_HEAP_EXERCISE_H

#include "heap.h"

/* Use a verified heap as an embedder or the VM would: repr of every root,
** lookups, hashing, comparing, printing and advancing the globals'
** values; then collect, and the heap must verify again (abort if not). */
void fuzz_heap_exercise(mt_vm *vm);

#endif
