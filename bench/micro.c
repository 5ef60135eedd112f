/*
** micro.c: monty-bench's in-process micro-figures. The timed operations
** go through the public API (monty.h) only; the memory figure reads the
** arena header (heap.h), which the public API does not expose.
**
** Each timing is the median over BATCHES batches of BATCH calls (per call),
** so one slow batch (a page fault, a context switch) does not move it.
*/
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "heap.h"
#include "monty/monty.h"
#include "vm.h"

enum { BATCHES = 101, BATCH = 100 };

static const char two_plus_two[] = "2 + 2";

/* Median nanoseconds per call of fn(ctx), on the report's clock. */
static double time_ns(const bench_report *rep, void (*fn)(void *), void *ctx) {
  static double per_call[BATCHES];
  for (size_t k = 0; k < 3 * BATCH; k++) fn(ctx); /* warm caches and the arena pool */
  for (size_t b = 0; b < BATCHES; b++) {
    double t = rep->clock();
    for (size_t k = 0; k < BATCH; k++) fn(ctx);
    per_call[b] = (rep->clock() - t) / BATCH * 1e9;
  }
  return median(per_call, BATCHES);
}

/* Is r the value 4? Anything else means the figures measure a failure. */
static bool is_four(const monty_result *r) {
  return r->status == MONTY_OK && r->value.kind == MONTY_INT && r->value.u.i == 4;
}

static void die(const char *what) {
  fprintf(stderr, "monty-bench: %s\n", what);
  exit(1);
}

static monty_runner *compile_2_plus_2(void) {
  monty_runner *r = monty_compile(two_plus_two, strlen(two_plus_two), "bench.py", NULL, 0, NULL);
  if (!r) die("cannot compile `2 + 2`");
  return r;
}

/* ---- the timed operations ---- */

typedef struct ctx {
  monty_interp *in;
  monty_runner *runner;
  monty_runtime *rt; /* where the fresh interpreters come from (NULL: their own) */
} ctx;

static void new_compile_run_free(void *p) {
  ctx *c = p;
  monty_interp *in = monty_interp_new_in(c->rt, NULL);
  if (!in) die("cannot create an interpreter");
  monty_runner *r = compile_2_plus_2();
  monty_result *res = monty_run(in, r, NULL, 0);
  if (!is_four(res)) die("`2 + 2` did not give 4");
  monty_result_free(res);
  monty_runner_free(r);
  monty_interp_free(in);
}

static void compile_run(void *p) {
  ctx *c = p;
  monty_runner *r = compile_2_plus_2();
  monty_result *res = monty_run(c->in, r, NULL, 0);
  if (!is_four(res)) die("`2 + 2` did not give 4");
  monty_result_free(res);
  monty_runner_free(r);
}

static void compile_only(void *unused) { monty_runner_free(compile_2_plus_2()); }

static void run_precompiled(void *p) {
  ctx *c = p;
  monty_result *res = monty_run(c->in, c->runner, NULL, 0);
  if (!is_four(res)) die("`2 + 2` did not give 4");
  monty_result_free(res);
}

static void new_free(void *p) {
  ctx *c = p;
  monty_interp *in = monty_interp_new_in(c->rt, NULL);
  if (!in) die("cannot create an interpreter");
  monty_interp_free(in);
}

/* Bytes of arena a fresh interpreter uses: what monty_interp_new builds
** (the heap, then the VM's natives), read from the header. */
static double fresh_interp_bytes(void) {
  mt_arena_pool pool;
  mt_arena_pool_init(&pool, 1);
  mt_vm vm;
  memset(&vm, 0, sizeof vm);
  if (mt_heap_open(&vm, &pool, NULL, 0)) die("cannot open a heap");
  mt_vm_init(&vm);
  double used = mt_hdr(&vm)->used;
  mt_heap_close(&vm);
  mt_arena_pool_drain(&pool);
  return used;
}

static void add(bench_report *rep, const char *key, const char *label, double value, const char *unit) {
  if (rep->nmicro < MAX_MICRO) rep->micro[rep->nmicro++] = (micro_figure){key, label, value, unit};
}

void micro_measure(bench_report *rep) {
  ctx c = {monty_interp_new(NULL), compile_2_plus_2(), NULL};
  ctx shared = {NULL, NULL, monty_runtime_new()};
  if (!c.in || !shared.rt) die("cannot create an interpreter");
  add(rep, "new_compile_run_free_ns", "new interpreter + compile + run `2 + 2` + free",
      time_ns(rep, new_compile_run_free, &c), "ns");
  add(rep, "runtime_new_compile_run_free_ns", "  the same, the interpreter from a runtime",
      time_ns(rep, new_compile_run_free, &shared), "ns");
  add(rep, "compile_run_ns", "compile + run `2 + 2` (fresh heap, interpreter reused)", time_ns(rep, compile_run, &c),
      "ns");
  add(rep, "compile_ns", "compile `2 + 2`", time_ns(rep, compile_only, NULL), "ns");
  add(rep, "run_precompiled_ns", "run a precompiled `2 + 2` (fresh heap)", time_ns(rep, run_precompiled, &c), "ns");
  add(rep, "interp_new_free_ns", "new interpreter + free", time_ns(rep, new_free, &c), "ns");
  add(rep, "runtime_interp_new_free_ns", "  the same, the interpreter from a runtime", time_ns(rep, new_free, &shared),
      "ns");
  add(rep, "fresh_interp_bytes", "fresh interpreter: arena bytes used", fresh_interp_bytes(), "bytes");
  monty_runtime_free(shared.rt);
  monty_runner_free(c.runner);
  monty_interp_free(c.in);
}
