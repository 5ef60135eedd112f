/*
** fuzz.h: what the libFuzzer targets of this folder share.
**
** A target is one file defining LLVMFuzzerTestOneInput (and optionally
** LLVMFuzzerInitialize) plus one line in meson.build's fuzz_targets. Inputs
** over the target's size bound are ignored, everything an input allocates is
** freed before returning, and a broken invariant aborts through fuzz_check
** so libFuzzer reports it as a crash.
*/
#ifndef MT_FUZZ_H
#define MT_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "syntax_error.h"

/* Bound on source inputs: long enough for any interesting program, short
** enough that quadratic corners stay fast. */
#define FUZZ_MAX_SOURCE (64u << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Abort with a message when an invariant the target checks does not hold. */
#define fuzz_check(cond, ...)                                        \
  do {                                                               \
    if (!(cond)) {                                                   \
      fprintf(stderr, "fuzz_check failed: %s\n  ", #cond);           \
      fprintf(stderr, __VA_ARGS__);                                  \
      fputc('\n', stderr);                                           \
      abort();                                                       \
    }                                                                \
  } while (0)

/* An exact-size heap copy of the input (so ASan sees any read past its
** end), or NULL when the input is over max bytes. Free with free(). */
static inline char *fuzz_copy(const uint8_t *data, size_t size, size_t max) {
  if (size > max) return NULL;
  char *s = malloc(size ? size : 1);
  if (s && size) memcpy(s, data, size);
  return s;
}

/* A front-end failure must come with an error and (but for MemoryError) a
** message; append its description to out. */
static inline void fuzz_describe_error(const mt_syntax_error *err, mt_buf *out) {
  fuzz_check(err->kind != MT_SE_NONE, "failed without an error");
  fuzz_check(err->msg[0] || err->kind == MT_SE_MEMORY, "%s without a message", mt_syntax_error_name(err->kind));
  mt_buf_printf(out, "%s @%u:%u-%u:%u: %s", mt_syntax_error_name(err->kind), err->line, err->col, err->end_line,
                err->end_col, err->msg);
}

/* Run describe(src) twice: the two descriptions must be the same bytes
** (what = "parsing", "compiling": for the message). */
static inline void fuzz_deterministic(void (*describe)(const char *, size_t, mt_buf *), const char *src,
                                      size_t size, const char *what) {
  mt_buf first = MT_BUF_INIT, second = MT_BUF_INIT;
  describe(src, size, &first);
  describe(src, size, &second);
  fuzz_check(first.len == second.len && (!first.len || !memcmp(first.data, second.data, first.len)),
             "%s twice differs:\n%s\n----\n%s", what, first.data ? first.data : "",
             second.data ? second.data : "");
  mt_buf_free(&first);
  mt_buf_free(&second);
}

#endif
