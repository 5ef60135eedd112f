/*
** test_corpus.c: every program under tests/corpus and tests/py compiles
** to verified code (the debug build also checks each unit as it compiles).
*/
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"
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

/* Compile every .py file below dir (recursively); count them. */
static uint32_t compile_tree(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  uint32_t n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(path, &st)) continue;
    if (S_ISDIR(st.st_mode)) {
      n += compile_tree(path);
      continue;
    }
    size_t len = strlen(e->d_name);
    if (len < 3 || strcmp(e->d_name + len - 3, ".py")) continue;
    size_t srclen;
    char *src = read_file(path, &srclen);
    mt_syntax_error err = {0};
    mt_compiled *u = mt_compile_source(src, srclen, path, &err);
    cr_expect(u, "%s:%u:%u: %s: %s", path, err.line, err.col, mt_syntax_error_name(err.kind), err.msg);
    if (u) {
      char msg[200];
      cr_expect_eq(mt_proto_verify(u->main, msg, sizeof msg), 0, "%s: %s", path, msg);
    }
    mt_compile_free(u);
    free(src);
    n++;
  }
  closedir(d);
  return n;
}

Test(corpus, every_program_compiles) {
  uint32_t n = compile_tree(MT_SOURCE_ROOT "/tests/corpus") + compile_tree(MT_SOURCE_ROOT "/tests/py");
  cr_assert_geq(n, 4, "only %u programs found", n);
}
