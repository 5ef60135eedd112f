/*
** bench.h: the parts of monty-bench (the benchmark harness CLI) and what
** they share: a growable text buffer, the clock, medians, and the records
** one run of the harness produces.
**
**   monty_bench.c  options, the A B A B run loop, the table
**   cpython.c      finding the fastest CPython 3.11, running a program
**                  under it in a child process, timing only the work
**   micro.c        in-process micro-figures (compile+run of `2 + 2`, ...)
**   snap.c         snapshot figures (dump/load GB/s, size, resume latency)
**   report.c       --json and --svg writers
*/
#ifndef MONTY_BENCH_H
#define MONTY_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- text: a growable NUL-terminated byte buffer (host memory) ---- */

typedef struct text {
  char *data; /* NULL until something is added */
  size_t len, cap;
} text;

void text_add(text *t, const char *p, size_t n);
void text_puts(text *t, const char *s);
void text_printf(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void text_free(text *t);
/* Read a whole file descriptor from offset 0 (a memfd a child wrote). */
bool text_read_fd(text *t, int fd);
/* Read a whole file; false when it cannot be read. */
bool text_read_file(text *t, const char *path);

/* ---- time ---- */

/* Seconds on the monotonic clock. */
double now_seconds(void);
/* CPU seconds this process has used. */
double cpu_seconds(void);
/* The median of x[0..n) (n >= 1); sorts x. */
double median(double *x, size_t n);

/* ---- results ---- */

#define MAX_RUNS 1000

/* One benchmark program and what its runs measured (seconds). */
typedef struct bench_result {
  char *name;     /* file name without .py */
  char *path;
  double monty[MAX_RUNS], cpython[MAX_RUNS];
  size_t nruns;   /* timed runs (the warm-up is not kept) */
  double monty_median, cpython_median, ratio;
  bool ok;        /* ran under both and every checksum agreed */
  char *failure;  /* why not, when !ok */
  text checksum;  /* CPython's stdout */
} bench_result;

/* One micro-figure: a name, a value and its unit ("ns", "bytes", ...). */
typedef struct micro_figure {
  const char *key;   /* JSON key */
  const char *label; /* what the table says */
  double value;
  const char *unit;
} micro_figure;

#define MAX_MICRO 16

/* A whole run of the harness. */
typedef struct bench_report {
  const char *monty_version;
  const char *python_path, *python_version;
  double scale;
  size_t runs;
  bool cpu_time;    /* timings are CPU time, not wall time */
  double (*clock)(void); /* cpu_seconds or now_seconds, for every timing */
  bench_result *results;
  size_t nresults;
  double geomean;   /* of the ratios of the benchmarks that ran; 0 if none */
  micro_figure micro[MAX_MICRO];
  size_t nmicro;
  char cpu[128];    /* /proc/cpuinfo model name, or "" */
} bench_report;

/* ---- cpython.c ---- */

typedef struct cpython {
  char path[4096];   /* resolved executable */
  char version[32];  /* "3.11.2" */
} cpython;

/* Find the fastest CPython 3.11 on this machine (every python3.11 and
** python3 on PATH plus the usual absolute paths, each timed on a short
** loop). Returns false when there is none. */
bool cpython_find_fastest(cpython *py, bool verbose);
/* Identify the interpreter at path; false unless it runs and is 3.11. */
bool cpython_probe(cpython *py, const char *path);
/* Run the program at path under py with SCALE = scale: its stdout in
** *out, its stderr in *err, the seconds its code took (compile excluded;
** CPU time if cpu, else wall time) in *seconds. Returns false when it
** could not run or exited non-zero. */
bool cpython_run(const cpython *py, const char *path, double scale, bool cpu, text *out, text *err,
                 double *seconds);

/* ---- micro.c ---- */

/* Measure the micro-figures into report->micro. */
void micro_measure(bench_report *report);

/* ---- snap.c ---- */

/* Measure the snapshot figures (size, dump and load GB/s, resume latency)
** into report->micro; the big snapshot's size follows report->scale. */
void snap_measure(bench_report *report);

/* ---- report.c ---- */

bool report_write_json(const bench_report *report, const char *path);
bool report_write_svg(const bench_report *report, const char *path);

#endif
