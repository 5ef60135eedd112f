/*
** gen_seeds.h: what the two halves of the seed generator share
** (gen_seeds.c: protos and main; gen_images.c: heap images, which need the
** object layer's headers, which clash with the compiler's).
*/
#ifndef MT_FUZZ_GEN_SEEDS_H
#define MT_FUZZ_GEN_SEEDS_H

#include <stddef.h>

/* Report and exit(1). */
void gen_die(const char *what, const char *detail);
/* Write p[0..n) to dir/name. */
void gen_write_file(const char *dir, const char *name, const void *p, size_t n);
/* Write the seeds of fuzz_heap_load and fuzz_snapshot_load. */
void gen_images(const char *heap_dir, const char *snap_dir);

#endif
