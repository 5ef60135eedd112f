/*
** test_compile_corpus.c: every program under tests/corpus and tests/py
** compiles to verified code (the debug build also checks each unit as it
** compiles). The parser's corpus covers all of Python 3.11, so a program
** using a construct this interpreter does not compile (classes, match,
** async) must fail with that construct's message, and its other top-level
** statements must then compile together.
*/
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"
#include "parse.h"
#include "proto.h"

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  cr_assert(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return buf;
}

static bool unsupported(const char *msg) {
  static const char *const known[] = {
      "class definitions are not supported", "async functions are not supported",
      "'match' statements are not supported", "'except*' is not supported",
      "relative imports are not supported", "asynchronous generator expressions are not supported"};
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (strcmp(msg, known[i]) == 0) return true;
  return false;
}

static void check_unit(const char *path, mt_compiled *u) {
  char msg[200];
  cr_expect_eq(mt_proto_verify(u->main, msg, sizeof msg), 0, "%s: %s", path, msg);
  mt_compile_free(u);
}

typedef struct counts {
  uint32_t whole, partial;
} counts;

/* Compile one program; when it uses an unsupported construct, compile the
** module made of the top-level statements that compile alone. */
static void compile_program(const char *path, counts *n) {
  size_t len;
  char *src = read_file(path, &len);
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  mt_syntax_error err = {0};
  mt_ast_node *m = mt_parse(&arena, src, len, &err);
  cr_assert(m, "%s:%u:%u: %s", path, err.line, err.col, err.msg);
  mt_compiled *u = mt_compile(m, path, &err);
  if (u) {
    check_unit(path, u);
    n->whole++;
  } else {
    cr_expect(unsupported(err.msg), "%s:%u:%u: %s: %s", path, err.line, err.col,
              mt_syntax_error_name(err.kind), err.msg);
    mt_ast_node *kept = mt_ast_new(&arena, MT_AST_Module);
    mt_ast_node *one = mt_ast_new(&arena, MT_AST_Module);
    cr_assert(kept && one);
    const mt_ast_seq *body = &m->v.Module.body;
    for (uint32_t i = 0; i < body->len; i++) {
      one->v.Module.body.len = 0;
      cr_assert_eq(mt_ast_seq_push(&arena, &one->v.Module.body, body->items[i]), 0);
      mt_syntax_error e1 = {0};
      mt_compiled *alone = mt_compile(one, path, &e1);
      if (!alone) {
        cr_expect(unsupported(e1.msg), "%s:%u:%u: %s", path, e1.line, e1.col, e1.msg);
        continue;
      }
      mt_compile_free(alone);
      cr_assert_eq(mt_ast_seq_push(&arena, &kept->v.Module.body, body->items[i]), 0);
    }
    mt_syntax_error e2 = {0};
    u = mt_compile(kept, path, &e2);
    cr_expect(u, "%s: supported statements: %s", path, e2.msg);
    if (u) check_unit(path, u);
    n->partial++;
  }
  mt_ast_arena_free(&arena);
  free(src);
}

/* Every .py file below dir, recursively. */
static void compile_tree(const char *dir, counts *n) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(path, &st)) continue;
    size_t len = strlen(e->d_name);
    if (S_ISDIR(st.st_mode))
      compile_tree(path, n);
    else if (len >= 3 && strcmp(e->d_name + len - 3, ".py") == 0)
      compile_program(path, n);
  }
  closedir(d);
}

Test(corpus, every_program_compiles) {
  counts n = {0, 0};
  compile_tree(MT_SOURCE_ROOT "/tests/corpus", &n);
  compile_tree(MT_SOURCE_ROOT "/tests/py", &n);
  cr_assert_geq(n.whole, 4, "only %u programs compiled whole", n.whole);
}
