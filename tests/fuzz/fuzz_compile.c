/*
** fuzz_compile.c: source text through the parser and the compiler. What the
** compiler produces must pass mt_proto_verify and dump; compiling twice
** gives the same code. A failure always carries a message.
*/
#include "compile.h"
#include "fuzz.h"
#include "proto.h"

/* Compile src and describe the outcome in out: the disassembly, or the
** error. */
static void compile_to_text(const char *src, size_t size, mt_buf *out) {
  mt_syntax_error err = {0};
  mt_compiled *unit = mt_compile_source(src, size, "fuzz.py", &err);
  if (!unit) {
    fuzz_describe_error(&err, out);
    return;
  }
  char msg[256] = "";
  fuzz_check(mt_proto_verify(unit->main, msg, sizeof msg) == 0, "compiled code rejected: %s", msg);
  fuzz_check(mt_proto_dump(unit->main, out) == 0, "dump failed");
  mt_compile_free(unit);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *src = fuzz_copy(data, size, FUZZ_MAX_SOURCE);
  if (!src) return 0;
  fuzz_deterministic(compile_to_text, src, size, "compiling");
  free(src);
  return 0;
}
