/*
** util.c: monty-bench's small helpers: growable text, file reading, the
** clock and medians.
*/
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

/* Grow t so n more bytes (and the NUL) fit; aborts when memory is out (a
** benchmark harness has nothing better to do). */
static void reserve(text *t, size_t n) {
  if (t->cap - t->len > n) return;
  size_t cap = t->cap ? t->cap : 256;
  while (cap - t->len <= n) cap *= 2;
  char *p = realloc(t->data, cap);
  if (!p) {
    fputs("monty-bench: out of memory\n", stderr);
    exit(2);
  }
  t->data = p;
  t->cap = cap;
}

void text_add(text *t, const char *p, size_t n) {
  reserve(t, n);
  memcpy(t->data + t->len, p, n);
  t->len += n;
  t->data[t->len] = 0;
}

void text_puts(text *t, const char *s) { text_add(t, s, strlen(s)); }

void text_printf(text *t, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  reserve(t, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(t->data + t->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  t->len += (size_t)n;
}

void text_free(text *t) {
  free(t->data);
  *t = (text){0};
}

bool text_read_fd(text *t, int fd) {
  if (lseek(fd, 0, SEEK_SET) < 0) return false;
  reserve(t, 0);
  for (;;) {
    reserve(t, 4096);
    ssize_t n = read(fd, t->data + t->len, t->cap - t->len - 1);
    if (n < 0) return false;
    if (n == 0) break;
    t->len += (size_t)n;
  }
  t->data[t->len] = 0;
  return true;
}

bool text_read_file(text *t, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  char buf[8192];
  size_t n;
  reserve(t, 0);
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) text_add(t, buf, n);
  bool ok = !ferror(f);
  fclose(f);
  return ok;
}

double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double cpu_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

double median(double *x, size_t n) {
  qsort(x, n, sizeof *x, cmp_double);
  return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}
