/*
** monty_bench.c: the benchmark harness CLI. Each program of bench/programs
** runs under ExMonty in-process through the public API (timing compile +
** run, not process start) and under CPython in a child process (timing
** only the program's code, see cpython.c), alternating ExMonty, CPython,
** ExMonty, CPython ... after one warm-up of each. The table gives both
** medians and their ratio (ExMonty / CPython: below 1 ExMonty is faster)
** and the geometric mean of the ratios; the micro-figures follow.
**
** Every run's output must equal CPython's stdout (each program prints a
** checksum); the exit status is 1 if any differs or a program fails.
*/
#include <dirent.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "monty/monty.h"

#ifndef BENCH_PROGRAMS_DIR
#define BENCH_PROGRAMS_DIR "bench/programs"
#endif

static const char usage[] =
    "usage: monty-bench [options]\n"
    "Runs each benchmark program under ExMonty (in-process) and CPython 3.11\n"
    "(a child process, timing only the program's code), alternately, and prints\n"
    "the medians and their ratio (ExMonty / CPython; below 1 ExMonty is faster).\n"
    "Options:\n"
    "  --runs N        timed runs of each, after one warm-up (default 5)\n"
    "  --scale X       the programs' SCALE input (default 1; 0.01 for a smoke test)\n"
    "  --filter SUBSTR only the programs whose name contains SUBSTR\n"
    "  --python PATH   the CPython to compare with (default: the fastest 3.11 found)\n"
    "  --dir DIR       where the programs are (default " BENCH_PROGRAMS_DIR ")\n"
    "  --json FILE     write the results as JSON\n"
    "  --svg FILE      write a bar chart of the ratios\n"
    "  --cpu           time CPU use instead of wall time (steadier on a busy machine)\n"
    "  --no-micro      skip the in-process micro-figures and snapshot figures\n"
    "  --micro-only    only the micro-figures and snapshot figures (no programs)\n"
    "  -v, --verbose   list the CPython interpreters considered\n"
    "  -h, --help      print this help and exit\n";

typedef struct options {
  size_t runs;
  double scale;
  const char *filter, *python, *dir, *json, *svg;
  bool micro, micro_only, verbose, cpu;
} options;

/* ---- progress: one line on stderr, rewritten, only on a terminal ---- */

static bool progress_on;

static void progress(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void progress(const char *fmt, ...) {
  if (!progress_on) return;
  va_list ap;
  va_start(ap, fmt);
  fputs("\r\033[K", stderr);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fflush(stderr);
}

static void progress_clear(void) {
  if (progress_on) fputs("\r\033[K", stderr);
}

/* ---- options ---- */

static bool parse_count(const char *s, size_t *out) {
  char *end;
  long long v = strtoll(s, &end, 10);
  if (*end || v < 1 || v > MAX_RUNS) return false;
  *out = (size_t)v;
  return true;
}

static bool parse_scale(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (*end || !(v > 0) || v > 1000) return false;
  *out = v;
  return true;
}

/* Returns 0 to go on, or the exit status (help: 0 after printing it). */
static int parse_options(int argc, char **argv, options *o, bool *exit_now) {
  *o = (options){.runs = 5, .scale = 1, .dir = BENCH_PROGRAMS_DIR, .micro = true};
  *exit_now = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    bool takes = true;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage, stdout);
      *exit_now = true;
      return 0;
    } else if (!strcmp(a, "--no-micro")) o->micro = false, takes = false;
    else if (!strcmp(a, "--micro-only")) o->micro_only = true, takes = false;
    else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) o->verbose = true, takes = false;
    else if (!strcmp(a, "--cpu")) o->cpu = true, takes = false;
    else if (!v) {
      fprintf(stderr, "monty-bench: unknown option or missing value: %s\n%s", a, usage);
      return 2;
    } else if (!strcmp(a, "--runs")) {
      if (!parse_count(v, &o->runs)) {
        fprintf(stderr, "monty-bench: --runs wants 1..%d\n", MAX_RUNS);
        return 2;
      }
    } else if (!strcmp(a, "--scale")) {
      if (!parse_scale(v, &o->scale)) {
        fprintf(stderr, "monty-bench: --scale wants a number in (0, 1000]\n");
        return 2;
      }
    } else if (!strcmp(a, "--filter")) o->filter = v;
    else if (!strcmp(a, "--python")) o->python = v;
    else if (!strcmp(a, "--dir")) o->dir = v;
    else if (!strcmp(a, "--json")) o->json = v;
    else if (!strcmp(a, "--svg")) o->svg = v;
    else {
      fprintf(stderr, "monty-bench: unknown option: %s\n%s", a, usage);
      return 2;
    }
    i += takes;
  }
  return 0;
}

/* ---- the programs ---- */

static int cmp_names(const void *a, const void *b) {
  return strcmp(((const bench_result *)a)->name, ((const bench_result *)b)->name);
}

/* The *.py files of dir whose name contains filter, sorted by name. */
static bench_result *list_programs(const char *dir, const char *filter, size_t *n) {
  DIR *d = opendir(dir);
  if (!d) return NULL;
  bench_result *list = NULL;
  size_t cap = 0;
  *n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (len < 4 || strcmp(e->d_name + len - 3, ".py") != 0) continue;
    if (filter && !strstr(e->d_name, filter)) continue;
    if (*n == cap) {
      cap = cap ? 2 * cap : 16;
      bench_result *grown = realloc(list, cap * sizeof *list);
      if (!grown) break;
      list = grown;
    }
    bench_result *b = &list[(*n)++];
    memset(b, 0, sizeof *b);
    b->name = strndup(e->d_name, len - 3);
    text p = {0};
    text_printf(&p, "%s/%s", dir, e->d_name);
    b->path = p.data;
  }
  closedir(d);
  if (*n) qsort(list, *n, sizeof *list, cmp_names);
  return list;
}

static void free_programs(bench_result *list, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(list[i].name);
    free(list[i].path);
    free(list[i].failure);
    text_free(&list[i].checksum);
  }
  free(list);
}

/* ---- running one program ---- */

/* SCALE as both interpreters see it: an int when integral. */
static monty_value scale_value(double scale) {
  monty_value v;
  if (scale == floor(scale)) {
    v.kind = MONTY_INT;
    v.u.i = (int64_t)scale;
  } else {
    v.kind = MONTY_FLOAT;
    v.u.f = scale;
  }
  return v;
}

/* Run src under ExMonty on a fresh interpreter (made outside the timing):
** compile + run are timed (CPU time if cpu). Its output goes to *out; on
** failure *why says what happened. */
static bool run_monty(const bench_result *b, const text *src, double scale, bool cpu, text *out, double *seconds,
                      text *why) {
  double (*clock)(void) = cpu ? cpu_seconds : now_seconds;
  static const char *const inputs[] = {"SCALE"};
  monty_value input = scale_value(scale);
  monty_interp *in = monty_interp_new(NULL);
  if (!in) {
    text_printf(why, "cannot create an interpreter");
    return false;
  }
  monty_result *err = NULL, *res = NULL;
  double t = clock();
  monty_runner *runner = monty_compile(src->data, src->len, b->path, inputs, 1, &err);
  if (runner) res = monty_run(in, runner, &input, 1);
  *seconds = clock() - t;
  const monty_result *r = runner ? res : err;
  if (!r) {
    text_printf(why, "ExMonty could not compile the program");
    monty_interp_free(in);
    return false;
  }
  bool ok = r->status == MONTY_OK;
  if (r->output_len) text_add(out, r->output, r->output_len);
  if (r->status == MONTY_EXCEPTION) text_printf(why, "ExMonty raised:\n%s", r->exception->text);
  else if (!ok) text_printf(why, "ExMonty failed: %s", r->error ? r->error : "?");
  monty_result_free(runner ? res : err);
  monty_runner_free(runner);
  monty_interp_free(in);
  return ok;
}

/* Quote at most 300 bytes of s for a message. */
static void quote(text *t, const text *s) {
  size_t n = s->len < 300 ? s->len : 300;
  text_printf(t, "%.*s%s", (int)n, s->data ? s->data : "", s->len > n ? "..." : "");
}

/* One ExMonty run then one CPython run; the outputs must agree. Returns
** false (with b->failure set) when either fails or they differ. */
static bool run_pair(bench_result *b, const text *src, const cpython *py, const options *o, double *tm,
                     double *tc) {
  text mout = {0}, cout = {0}, cerr = {0}, why = {0};
  bool ok = run_monty(b, src, o->scale, o->cpu, &mout, tm, &why);
  if (ok && !cpython_run(py, b->path, o->scale, o->cpu, &cout, &cerr, tc)) {
    text_printf(&why, "CPython failed:\n");
    quote(&why, &cerr);
    ok = false;
  }
  if (ok && !b->checksum.data) text_add(&b->checksum, cout.data ? cout.data : "", cout.len);
  if (ok && (mout.len != cout.len || memcmp(mout.data, cout.data, cout.len) != 0)) {
    text_printf(&why, "checksums differ\n  ExMonty: ");
    quote(&why, &mout);
    text_printf(&why, "\n  CPython: ");
    quote(&why, &cout);
    ok = false;
  }
  if (!ok) b->failure = why.data;
  else text_free(&why);
  text_free(&mout);
  text_free(&cout);
  text_free(&cerr);
  return ok;
}

/* The warm-up pair, then the timed pairs; medians and ratio. */
static void run_benchmark(bench_result *b, size_t index, size_t count, const cpython *py, const options *o) {
  text src = {0};
  if (!text_read_file(&src, b->path)) {
    text why = {0};
    text_printf(&why, "cannot read %s", b->path);
    b->failure = why.data;
    return;
  }
  double tm, tc;
  progress("[%zu/%zu] %s: warm-up", index + 1, count, b->name);
  b->ok = run_pair(b, &src, py, o, &tm, &tc);
  for (size_t i = 0; b->ok && i < o->runs; i++) {
    progress("[%zu/%zu] %s: run %zu/%zu", index + 1, count, b->name, i + 1, o->runs);
    b->ok = run_pair(b, &src, py, o, &b->monty[i], &b->cpython[i]);
    b->nruns = i + 1;
  }
  text_free(&src);
  if (!b->ok) return;
  double m[MAX_RUNS], c[MAX_RUNS];
  memcpy(m, b->monty, b->nruns * sizeof *m);
  memcpy(c, b->cpython, b->nruns * sizeof *c);
  b->monty_median = median(m, b->nruns);
  b->cpython_median = median(c, b->nruns);
  b->ratio = b->monty_median / b->cpython_median;
}

/* ---- the report ---- */

static void format_time(char *buf, size_t n, double s) {
  if (s >= 1) snprintf(buf, n, "%.3f s", s);
  else if (s >= 1e-3) snprintf(buf, n, "%.1f ms", s * 1e3);
  else snprintf(buf, n, "%.1f us", s * 1e6);
}

static double geometric_mean(const bench_result *list, size_t n) {
  double sum = 0;
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (list[i].ok && list[i].ratio > 0) sum += log(list[i].ratio), k++;
  return k ? exp(sum / (double)k) : 0;
}

static void print_table(const bench_report *r) {
  printf("ExMonty %s vs CPython %s (%s)\n", r->monty_version, r->python_version, r->python_path);
  printf("median %s of %zu runs after a warm-up, alternating; scale %g%s%s\n\n", r->cpu_time ? "CPU time" : "wall time",
         r->runs, r->scale, r->cpu[0] ? "; " : "", r->cpu);
  printf("%-16s %12s %12s %8s\n", "benchmark", "ExMonty", "CPython", "ratio");
  for (size_t i = 0; i < r->nresults; i++) {
    const bench_result *b = &r->results[i];
    char tm[32], tc[32];
    if (!b->ok) {
      printf("%-16s %12s %12s %8s\n", b->name, "-", "-", "FAILED");
      continue;
    }
    format_time(tm, sizeof tm, b->monty_median);
    format_time(tc, sizeof tc, b->cpython_median);
    printf("%-16s %12s %12s %8.2f\n", b->name, tm, tc, b->ratio);
  }
  if (r->geomean > 0) printf("%-16s %12s %12s %8.2f\n", "geometric mean", "", "", r->geomean);
  printf("(ratio = ExMonty time / CPython time; below 1.00 ExMonty is faster)\n");
  if (r->nmicro) printf("\nmicro-figures (in-process, %s):\n", r->cpu_time ? "CPU time" : "wall time");
  for (size_t i = 0; i < r->nmicro; i++) {
    const micro_figure *f = &r->micro[i];
    printf("  %-56s %10.*f %s\n", f->label, strcmp(f->unit, "GB/s") ? 0 : 2, f->value, f->unit);
  }
}

static void read_cpu(char *out, size_t n) {
  out[0] = 0;
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (!f) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    char *colon = strchr(line, ':');
    if (strncmp(line, "model name", 10) != 0 || !colon) continue;
    colon += 1 + (colon[1] == ' ');
    colon[strcspn(colon, "\n")] = 0;
    snprintf(out, n, "%s", colon);
    break;
  }
  fclose(f);
}

static bool choose_python(const options *o, cpython *py) {
  if (o->python) {
    if (cpython_probe(py, o->python)) return true;
    fprintf(stderr, "monty-bench: %s is not a working CPython 3.11\n", o->python);
    return false;
  }
  progress("looking for the fastest CPython 3.11");
  if (cpython_find_fastest(py, o->verbose)) return true;
  progress_clear();
  fprintf(stderr, "monty-bench: no CPython 3.11 found (give one with --python PATH)\n");
  return false;
}

int main(int argc, char **argv) {
  options o;
  bool exit_now;
  int rc = parse_options(argc, argv, &o, &exit_now);
  if (rc || exit_now) return rc;
  progress_on = isatty(2);
  cpython py;
  if (!choose_python(&o, &py)) return 2;
  bench_report rep = {.monty_version = monty_version(), .python_path = py.path, .python_version = py.version,
                      .scale = o.scale, .runs = o.runs, .cpu_time = o.cpu,
                      .clock = o.cpu ? cpu_seconds : now_seconds};
  read_cpu(rep.cpu, sizeof rep.cpu);
  if (!o.micro_only) rep.results = list_programs(o.dir, o.filter, &rep.nresults);
  if (!rep.nresults && !o.micro_only) {
    progress_clear();
    fprintf(stderr, "monty-bench: no programs%s%s in %s\n", o.filter ? " matching " : "", o.filter ? o.filter : "",
            o.dir);
    return 2;
  }
  bool all_ok = true;
  for (size_t i = 0; i < rep.nresults; i++) {
    bench_result *b = &rep.results[i];
    run_benchmark(b, i, rep.nresults, &py, &o);
    if (b->ok) continue;
    all_ok = false;
    progress_clear();
    fprintf(stderr, "monty-bench: %s: %s\n", b->name, b->failure);
  }
  rep.geomean = geometric_mean(rep.results, rep.nresults);
  if (o.micro || o.micro_only) {
    progress("micro-figures");
    micro_measure(&rep);
    progress("snapshot figures");
    snap_measure(&rep);
  }
  progress_clear();
  print_table(&rep);
  if (o.json && !report_write_json(&rep, o.json)) {
    fprintf(stderr, "monty-bench: cannot write %s\n", o.json);
    all_ok = false;
  }
  if (o.svg && !report_write_svg(&rep, o.svg)) {
    fprintf(stderr, "monty-bench: cannot write %s\n", o.svg);
    all_ok = false;
  }
  free_programs(rep.results, rep.nresults);
  return all_ok ? 0 : 1;
}
