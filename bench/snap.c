/*
** snap.c: monty-bench's snapshot figures. The public API has no snapshot
** calls yet, so this drives the internals as monty.c does (compile,
** materialize, start, run with a budget) to get a paused interpreter, then
** times snapshot.h's dump (collect + write) and load (checks, checksums,
** copy, whole-heap verification) of it, and the resume latency: from the
** snapshot's bytes to a loaded interpreter that has run one more tick.
**
** Two paused programs: a big one (records built, then paused in a loop;
** its size follows --scale) for the GB/s, a small one for the latency.
*/
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "codeobj.h"
#include "protoview.h"
#include "snapshot.h"
#include "str.h"
#include "syntax_error.h"
#include "vm.h"

/* Builds `n` records, then spins; paused in the spin loop. */
static const char big_program[] =
    "records = [{'id': i, 'name': 'item-' + str(i), 'price': i * 0.25, 'tags': ('a', str(i %% 7))}\n"
    "           for i in range(%lld)]\n"
    "index = {r['name']: r for r in records}\n"
    "spin = 0\n"
    "while True:\n"
    "    spin += 1\n";

static const char small_program[] =
    "def step(state, k):\n"
    "    state['n'] += k\n"
    "    return state\n"
    "state = {'n': 0, 'log': ['started']}\n"
    "while True:\n"
    "    step(state, 1)\n";

enum { ROUNDS = 5 };

typedef struct paused {
  mt_arena_pool pool;
  mt_vm vm;
  uint8_t *bytes; /* its snapshot */
  uint64_t size;
} paused;

static void die(const char *what) {
  fprintf(stderr, "monty-bench: snapshot figures: %s\n", what);
  exit(1);
}

/* Run src on a fresh interpreter until it has used `ticks` ticks; it must
** then be paused (both programs end in an endless loop). */
static void start_paused(paused *p, const char *src, uint64_t ticks) {
  mt_syntax_error err;
  const void *main_proto;
  void *unit = mt_pview_compile(src, strlen(src), "snap.py", &err, &main_proto);
  if (!unit) die("cannot compile the program");
  mt_arena_pool_init(&p->pool, 1);
  memset(&p->vm, 0, sizeof p->vm);
  if (mt_heap_open(&p->vm, &p->pool, NULL, 0)) die("cannot open a heap");
  mt_vm_init(&p->vm);
  mt_value file = mt_str_obj_cstr(&p->vm, "snap.py");
  mt_value code = file == MT_EXC ? MT_EXC : mt_codeobj_new(&p->vm, main_proto, file);
  if (code == MT_EXC || mt_vm_start(&p->vm, code)) die("cannot start the program");
  mt_pview_free(unit); /* the code objects are in the arena now */
  if (mt_vm_run(&p->vm, ticks) != MT_VM_PAUSED) die("the program did not pause");
  p->bytes = NULL;
}

static void dump(paused *p) {
  if (mt_snap_prepare(&p->vm, &p->size)) die("cannot collect for a snapshot");
  if (!p->bytes && !(p->bytes = malloc(p->size))) die("out of memory");
  if (mt_snap_write(&p->vm, p->bytes, p->size) != p->size) die("snapshot size changed");
}

/* Load p's snapshot into a fresh interpreter and run one tick. */
static void load_and_step(paused *p, mt_vm *copy, bool step) {
  mt_verify_error err;
  memset(copy, 0, sizeof *copy);
  mt_vm_init(copy);
  if (mt_snap_load(copy, &p->pool, p->bytes, p->size, NULL, &err)) die(err.what);
  if (step && mt_vm_run(copy, 1) != MT_VM_PAUSED) die("the loaded program did not run on");
}

static void close_paused(paused *p) {
  mt_heap_close(&p->vm);
  mt_arena_pool_drain(&p->pool);
  free(p->bytes);
}

static void add(bench_report *rep, const char *key, const char *label, double value, const char *unit) {
  if (rep->nmicro < MAX_MICRO) rep->micro[rep->nmicro++] = (micro_figure){key, label, value, unit};
}

/* Best-of-ROUNDS dump and load rates of the big program's snapshot. */
static void big_figures(bench_report *rep) {
  long long n = (long long)(100000 * rep->scale);
  if (n < 1000) n = 1000;
  char src[512];
  snprintf(src, sizeof src, big_program, n);
  paused p;
  start_paused(&p, src, (uint64_t)n * 20 + 10000);
  double best_dump = 1e30, best_load = 1e30;
  for (int r = 0; r < ROUNDS; r++) {
    double t = rep->clock();
    dump(&p);
    double d = rep->clock() - t;
    mt_vm copy;
    t = rep->clock();
    load_and_step(&p, &copy, false);
    double l = rep->clock() - t;
    mt_heap_close(&copy);
    if (d < best_dump) best_dump = d;
    if (l < best_load) best_load = l;
  }
  add(rep, "snapshot_bytes", "snapshot of a paused program: size", (double)p.size, "bytes");
  add(rep, "snapshot_dump_gbps", "  dump (collect + checksum + copy)", (double)p.size / best_dump / 1e9, "GB/s");
  add(rep, "snapshot_load_gbps", "  load (checks + checksum + copy + verify)", (double)p.size / best_load / 1e9,
      "GB/s");
  close_paused(&p);
}

/* Median latencies of a small paused program: its dump, and from its
** snapshot's bytes to one more tick run. */
static void resume_latency(bench_report *rep) {
  enum { N = 2001 };
  static double t[N];
  static double d[N];
  paused p;
  start_paused(&p, small_program, 1000);
  dump(&p);
  for (int i = 0; i < N; i++) {
    double t0 = rep->clock();
    dump(&p);
    d[i] = (rep->clock() - t0) * 1e9;
  }
  for (int i = 0; i < N; i++) {
    mt_vm copy;
    double t0 = rep->clock();
    load_and_step(&p, &copy, true);
    t[i] = (rep->clock() - t0) * 1e9;
    mt_heap_close(&copy);
  }
  add(rep, "small_snapshot_bytes", "snapshot of a small paused program: size", (double)p.size, "bytes");
  add(rep, "small_dump_ns", "  dump latency (collect + checksum + copy)", median(d, N), "ns");
  add(rep, "resume_latency_ns", "  resume latency (load + run 1 tick)", median(t, N), "ns");
  close_paused(&p);
}

void snap_measure(bench_report *rep) {
  big_figures(rep);
  resume_latency(rep);
}
