/*
** monty.c: the command-line interpreter, a python3 for the ExMonty
** subset. It uses the public API only (include/monty/monty.h): print()
** output goes to stdout as the program runs (between slices of the VM),
** an uncaught exception or a syntax error prints CPython's traceback on
** stderr and exits with status 1.
*/
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "monty/monty.h"

static const char usage[] =
    "usage: monty [option] (-c cmd | file)\n"
    "Options:\n"
    "  -c cmd      program passed in as string\n"
    "  --ast       print the syntax tree in the format of Python's ast.dump\n"
    "  --dis       print the bytecode\n"
    "  --help      print this help message and exit\n"
    "  --version   print the version number and exit\n";

/* Source files larger than this are refused (the lexer's own limit is
** lower and reports a clean error). */
#define MAX_SOURCE ((size_t)1 << 30)

/* Ticks per slice: output reaches stdout at least this often. */
#define SLICE 1000000u

/* Read a whole file; NULL with errno set on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  for (;;) {
    if (!buf) {
      fclose(f);
      errno = ENOMEM;
      return NULL;
    }
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    if (cap >= MAX_SOURCE) {
      free(buf);
      fclose(f);
      errno = EFBIG;
      return NULL;
    }
    cap *= 2;
    char *grown = realloc(buf, cap + 1);
    if (!grown) free(buf);
    buf = grown;
  }
  int failed = ferror(f);
  fclose(f);
  if (failed) {
    free(buf);
    errno = EIO;
    return NULL;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}

/* The path as python3 prints it in "can't open file": made absolute. */
static void print_open_error(const char *path, int err) {
  char cwd[PATH_MAX];
  if (path[0] != '/' && getcwd(cwd, sizeof cwd))
    fprintf(stderr, "monty: can't open file '%s/%s': [Errno %d] %s\n", cwd, path, err, strerror(err));
  else
    fprintf(stderr, "monty: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
}

/* Report a failed result; returns the exit status. */
static int report(const monty_result *r) {
  fflush(stdout);
  if (r->status == MONTY_EXCEPTION) fputs(r->exception->text, stderr);
  else fprintf(stderr, "monty: %s\n", r->error ? r->error : "error");
  return 1;
}

typedef enum { MODE_RUN, MODE_AST, MODE_DIS } mode;

static int run(mode m, const char *name, const char *src, size_t len) {
  monty_result *err = NULL;
  if (m == MODE_AST) {
    char *text = monty_dump_ast(src, len, &err);
    if (!text) {
      int rc = report(err);
      monty_result_free(err);
      return rc;
    }
    fputs(text, stdout);
    monty_text_free(text);
    return 0;
  }
  monty_runner *runner = monty_compile(src, len, name, NULL, 0, &err);
  if (!runner) {
    int rc = report(err);
    monty_result_free(err);
    return rc;
  }
  int rc = 0;
  if (m == MODE_DIS) {
    char *text = monty_disassemble(runner);
    if (text) fputs(text, stdout);
    else rc = 1;
    monty_text_free(text);
    monty_runner_free(runner);
    return rc;
  }
  monty_interp *in = monty_interp_new(NULL);
  if (!in) {
    fprintf(stderr, "monty: cannot create an interpreter\n");
    monty_runner_free(runner);
    return 1;
  }
  monty_result *r = monty_start(in, runner, NULL, 0);
  while (!r || r->status == MONTY_PAUSED) {
    if (r) {
      fwrite(r->output, 1, r->output_len, stdout);
      monty_result_free(r);
    }
    r = monty_resume(in, SLICE);
  }
  fwrite(r->output, 1, r->output_len, stdout);
  if (r->status != MONTY_OK) rc = report(r);
  monty_result_free(r);
  monty_interp_free(in);
  monty_runner_free(runner);
  return rc;
}

int main(int argc, char **argv) {
  mode m = MODE_RUN;
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
    if (strcmp(a, "--ast") == 0 || strcmp(a, "--dump-ast") == 0) {
      m = MODE_AST;
      continue;
    }
    if (strcmp(a, "--dis") == 0) {
      m = MODE_DIS;
      continue;
    }
    if (strcmp(a, "-c") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "Argument expected for the -c option\n%s", usage);
        return 2;
      }
      return run(m, "<string>", argv[i + 1], strlen(argv[i + 1]));
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
    /* python3 shows the script's absolute path in tracebacks. */
    char cwd[PATH_MAX], *abs = NULL;
    if (a[0] != '/' && getcwd(cwd, sizeof cwd) && (abs = malloc(strlen(cwd) + strlen(a) + 2)))
      sprintf(abs, "%s/%s", cwd, a);
    int rc = run(m, abs ? abs : a, src, len);
    free(abs);
    free(src);
    return rc;
  }
  fputs(usage, stderr);
  return 2;
}
