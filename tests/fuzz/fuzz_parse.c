/*
** fuzz_parse.c: the parser on arbitrary bytes. A tree must dump, stay
** within MT_AST_MAX_DEPTH, and parsing is deterministic: a second parse
** gives the same dump, or the same error (kind, position, message). A
** failure always carries a message.
*/
#include "ast.h"
#include "fuzz.h"
#include "parse.h"

/* Parse src and describe the outcome in out: the dump, or the error. */
static void parse_to_text(const char *src, size_t size, mt_buf *out) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 64u << 20);
  mt_syntax_error err = {0};
  mt_ast_node *tree = mt_parse(&arena, src, size, &err);
  if (tree) {
    fuzz_check(tree->depth >= 1 && tree->depth <= MT_AST_MAX_DEPTH, "tree depth %u", tree->depth);
    fuzz_check(mt_ast_dump(tree, out) == 0, "dump failed");
  } else {
    fuzz_describe_error(&err, out);
  }
  mt_ast_arena_free(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *src = fuzz_copy(data, size, FUZZ_MAX_SOURCE);
  if (!src) return 0;
  fuzz_deterministic(parse_to_text, src, size, "parsing");
  free(src);
  return 0;
}
