/*
** monty.c: the command-line interpreter. Until the compiler exists it
** parses the program and prints its syntax tree (the format of Python's
** ast.dump); syntax errors are reported the way CPython 3.11 prints them.
*/
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "monty/monty.h"

#include "ast.h"
#include "buf.h"
#include "lex.h"
#include "parse.h"

static const char usage[] =
    "usage: monty [option] (-c cmd | file)\n"
    "Options:\n"
    "  -c cmd      program passed in as string\n"
    "  --dump-ast  print the syntax tree in the format of Python's ast.dump\n"
    "              (the default until monty can run programs)\n"
    "  --help      print this help message and exit\n"
    "  --version   print the version number and exit\n";

/* Read a whole file; NULL with errno set on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  mt_buf b = MT_BUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b.len + n > MT_LEX_MAX_SOURCE_BYTES + (size_t)1 || mt_buf_append(&b, chunk, n)) {
      mt_buf_free(&b);
      fclose(f);
      errno = EFBIG;
      return NULL;
    }
  }
  int failed = ferror(f);
  fclose(f);
  if (failed) {
    mt_buf_free(&b);
    errno = EIO;
    return NULL;
  }
  *len = b.len;
  return b.data ? b.data : calloc(1, 1);
}

/* Physical line `line` (1-based) of src, or false if there is none. */
static bool source_line(const char *src, size_t len, uint32_t line, const char **start, size_t *n) {
  size_t i = 0;
  for (uint32_t l = 1; l < line; l++) {
    while (i < len && src[i] != '\n' && src[i] != '\r') i++;
    if (i >= len) return false;
    i += src[i] == '\r' && i + 1 < len && src[i + 1] == '\n' ? 2 : 1;
  }
  if (i >= len && line > 1) return false;
  size_t j = i;
  while (j < len && src[j] != '\n' && src[j] != '\r') j++;
  *start = src + i;
  *n = j - i;
  return true;
}

/* The 1-based byte column of the 1-based character column col of text
** (columns past the end keep counting one byte each). */
static long byte_column(const char *text, size_t len, long col) {
  long chars = 1;
  size_t i = 0;
  while (chars < col && i < len) {
    i++;
    while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80) i++;
    chars++;
  }
  return (long)i + 1 + (col - chars);
}

/* CPython's print_error_text: the line without its indentation, then a
** caret under offset..end_offset (one caret for IndentationError and
** TabError, whose end CPython does not show). Like CPython 3.11 it places
** and sizes the carets by UTF-8 bytes, not characters. */
static void print_error_text(const mt_syntax_error *e, const char *text, size_t len) {
  long offset = e->col > 0 ? byte_column(text, len, e->col) : e->col;
  long end = e->end_line == e->line && e->end_col > 0 ? byte_column(text, len, e->end_col) : e->end_col;
  if (e->kind != MT_SE_SYNTAX) end = -1;
  else if (e->end_line > e->line) end = (long)len + 1;
  if (end > (long)len + 1) end = (long)len + 1;
  long carets = end > 0 && end > offset ? end - offset : 1;
  offset--;
  while (len && (*text == ' ' || *text == '\t' || *text == '\f')) {
    text++;
    len--;
    offset--;
  }
  if (offset > (long)len) offset = (long)len;
  fprintf(stderr, "    %.*s\n", (int)len, text);
  if (offset < 0) return;
  fprintf(stderr, "    %*s", (int)offset, "");
  for (long i = 0; i < carets; i++) fputc('^', stderr);
  fputc('\n', stderr);
}

static void report(const mt_syntax_error *e, const char *filename, const char *src, size_t len) {
  if (e->kind != MT_SE_MEMORY) {
    fprintf(stderr, "  File \"%s\", line %u\n", filename, (unsigned)e->line);
    const char *text;
    size_t n;
    if (source_line(src, len, e->line, &text, &n)) print_error_text(e, text, n);
  }
  fprintf(stderr, "%s: %s\n", mt_syntax_error_name(e->kind), e->msg);
}

/* Parse and dump; 0 on success, 1 after a reported error. */
static int run(const char *filename, const char *src, size_t len) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  mt_syntax_error err;
  mt_ast_node *module = mt_parse(&arena, src, len, &err);
  int rc = 0;
  if (!module) {
    report(&err, filename, src, len);
    rc = 1;
  } else {
    mt_buf out = MT_BUF_INIT;
    if (mt_ast_dump(module, &out) || mt_buf_putc(&out, '\n')) {
      fprintf(stderr, "MemoryError\n");
      rc = 1;
    } else {
      fwrite(out.data, 1, out.len, stdout);
    }
    mt_buf_free(&out);
  }
  mt_ast_arena_free(&arena);
  return rc;
}

/* The path as python3 prints it in "can't open file": made absolute. */
static void print_open_error(const char *path, int err) {
  char cwd[PATH_MAX];
  if (path[0] != '/' && getcwd(cwd, sizeof cwd))
    fprintf(stderr, "monty: can't open file '%s/%s': [Errno %d] %s\n", cwd, path, err, strerror(err));
  else
    fprintf(stderr, "monty: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(usage, stdout);
      return 0;
    }
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("monty %s (Python %s)\n", monty_version(), MONTY_PYTHON_VERSION);
      return 0;
    }
    if (strcmp(a, "--dump-ast") == 0) continue;
    if (strcmp(a, "-c") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "Argument expected for the -c option\n%s", usage);
        return 2;
      }
      return run("<string>", argv[i + 1], strlen(argv[i + 1]));
    }
    if (a[0] == '-' && a[1]) {
      fprintf(stderr, "monty: unknown option %s\n%s", a, usage);
      return 2;
    }
    size_t len = 0;
    char *src = read_file(a, &len);
    if (!src) {
      print_open_error(a, errno);
      return 2;
    }
    int rc = run(a, src, len);
    free(src);
    return rc;
  }
  fputs(usage, stderr);
  return 2;
}
