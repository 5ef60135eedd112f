/*
** test_runtime.c: runtimes (monty_runtime_new/free, monty_interp_new_in)
** through the public C API: interpreters from a runtime run like ones of
** their own, stay isolated from each other, keep their own limits and
** seeds per runtime, misuse with NULLs is harmless, a runtime freed
** while interpreters live is freed by the last of them, and many threads
** create and run interpreters of one runtime at once.
*/
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "monty/monty.h"

static monty_runner *compile_ok(const char *src, const char *const *inputs, size_t ninputs) {
  monty_result *err = NULL;
  monty_runner *r = monty_compile(src, strlen(src), "main.py", inputs, ninputs, &err);
  cr_assert_not_null(r, "compile failed: %s", err && err->exception ? err->exception->text : "?");
  return r;
}

/* The int value of running src on in; fails the test otherwise. */
static int64_t run_int(monty_interp *in, const char *src) {
  monty_runner *r = compile_ok(src, NULL, 0);
  monty_result *res = monty_run(in, r, NULL, 0);
  cr_assert_eq(res->status, MONTY_OK, "%s: %s", src, res->exception ? res->exception->text : "not OK");
  cr_assert_eq(res->value.kind, MONTY_INT);
  int64_t v = res->value.u.i;
  monty_result_free(res);
  monty_runner_free(r);
  return v;
}

/* The exception type name of running src on in. */
static const char *run_exc(monty_interp *in, const char *src) {
  static char type[64];
  monty_runner *r = compile_ok(src, NULL, 0);
  monty_result *res = monty_run(in, r, NULL, 0);
  cr_assert_eq(res->status, MONTY_EXCEPTION, "%s: no exception", src);
  snprintf(type, sizeof type, "%s", res->exception->type);
  monty_result_free(res);
  monty_runner_free(r);
  return type;
}

Test(runtime, interpreters_of_a_runtime_run_programs) {
  monty_runtime *rt = monty_runtime_new();
  cr_assert_not_null(rt);
  /* More interpreters than the arena cache holds and than share an image
  ** (64): the cache and the image are renewed along the way. */
  for (int i = 0; i < 150; i++) {
    monty_interp *in = monty_interp_new_in(rt, NULL);
    cr_assert_not_null(in);
    cr_assert_eq(run_int(in, "2 + 2"), 4);
    cr_assert_eq(run_int(in, "len(str(list(range(100))))"), 390);
    monty_interp_free(in);
  }
  monty_runtime_free(rt);
}

/* Several live at once: more than the cache's 8 slots. */
Test(runtime, many_live_interpreters_are_independent) {
  enum { N = 20 };
  monty_runtime *rt = monty_runtime_new();
  monty_interp *in[N];
  for (int i = 0; i < N; i++) {
    in[i] = monty_interp_new_in(rt, NULL);
    cr_assert_not_null(in[i]);
  }
  for (int i = 0; i < N; i++) {
    char src[64];
    snprintf(src, sizeof src, "x = %d\nx * 3", i);
    cr_assert_eq(run_int(in[i], src), 3 * i);
  }
  for (int i = 0; i < N; i++) monty_interp_free(in[i]);
  monty_runtime_free(rt);
}

/* An arena goes back to the runtime zeroed: the next interpreter sees
** nothing of the last one (its globals, its output). */
Test(runtime, a_recycled_arena_shows_nothing_of_its_last_interpreter) {
  monty_runtime *rt = monty_runtime_new();
  monty_interp *a = monty_interp_new_in(rt, NULL);
  monty_runner *r = compile_ok("secret = 'x' * 1000\nprint('left over')\n", NULL, 0);
  monty_result_free(monty_run(a, r, NULL, 0));
  monty_runner_free(r);
  monty_interp_free(a);
  monty_interp *b = monty_interp_new_in(rt, NULL);
  cr_assert_str_eq(run_exc(b, "secret"), "NameError");
  r = compile_ok("1", NULL, 0);
  monty_result *res = monty_run(b, r, NULL, 0);
  cr_assert_eq(res->output_len, 0);
  monty_result_free(res);
  monty_runner_free(r);
  monty_interp_free(b);
  monty_runtime_free(rt);
}

/* Limits belong to the interpreter, not to the runtime's image. */
Test(runtime, limits_are_per_interpreter) {
  monty_runtime *rt = monty_runtime_new();
  monty_limits small = {.max_memory = 1u << 20};
  monty_interp *tight = monty_interp_new_in(rt, &small);
  monty_interp *loose = monty_interp_new_in(rt, NULL);
  cr_assert_not_null(tight);
  cr_assert_not_null(loose);
  const char *big = "len('x' * 4000000)";
  cr_assert_str_eq(run_exc(tight, big), "MemoryError");
  cr_assert_eq(run_int(loose, big), 4000000);
  monty_limits depth = {.max_recursion = 50};
  monty_interp *shallow = monty_interp_new_in(rt, &depth);
  cr_assert_str_eq(run_exc(shallow, "def f(n):\n    return f(n + 1)\nf(0)"), "RecursionError");
  monty_interp_free(shallow);
  monty_interp_free(tight);
  monty_interp_free(loose);
  monty_runtime_free(rt);
}

/* Hash seeds: shared by consecutive interpreters of one runtime, never by
** two runtimes or two interpreters of their own. */
Test(runtime, seeds_differ_across_runtimes_and_own_interpreters) {
  const char *h = "hash('some text')";
  monty_runtime *r1 = monty_runtime_new(), *r2 = monty_runtime_new();
  monty_interp *a = monty_interp_new_in(r1, NULL), *b = monty_interp_new_in(r1, NULL);
  monty_interp *c = monty_interp_new_in(r2, NULL);
  monty_interp *d = monty_interp_new(NULL), *e = monty_interp_new(NULL);
  int64_t ha = run_int(a, h);
  cr_assert_eq(run_int(b, h), ha);
  cr_assert_neq(run_int(c, h), ha);
  cr_assert_neq(run_int(d, h), run_int(e, h));
  /* Within one interpreter a hash is stable from run to run. */
  cr_assert_eq(run_int(a, h), ha);
  monty_interp_free(a);
  monty_interp_free(b);
  monty_interp_free(c);
  monty_interp_free(d);
  monty_interp_free(e);
  monty_runtime_free(r1);
  monty_runtime_free(r2);
}

Test(runtime, nulls_are_harmless) {
  monty_runtime_free(NULL);
  monty_interp_free(NULL);
  monty_interp *in = monty_interp_new_in(NULL, NULL);
  cr_assert_not_null(in);
  cr_assert_eq(run_int(in, "6 * 7"), 42);
  monty_interp_free(in);
}

/* Freeing a runtime with live interpreters: they keep working, it takes
** no new ones, and the last one frees it (the sanitizer builds check
** that nothing leaks or is used after being freed). */
Test(runtime, freed_while_interpreters_live) {
  monty_runtime *rt = monty_runtime_new();
  monty_interp *a = monty_interp_new_in(rt, NULL), *b = monty_interp_new_in(rt, NULL);
  monty_runtime_free(rt);
  cr_assert_null(monty_interp_new_in(rt, NULL));
  cr_assert_eq(run_int(a, "[1, 2, 3][-1]"), 3);
  monty_interp_free(a);
  cr_assert_null(monty_interp_new_in(rt, NULL));
  cr_assert_eq(run_int(b, "sum(range(10))"), 45);
  monty_interp_free(b);
}

/* Many threads at once on one runtime (invariant: many interpreters on
** many threads), each creating, running and freeing interpreters, some
** held alive across others' creation; one runner shared by all threads. */
enum { THREADS = 4, ROUNDS = 60 };

typedef struct worker {
  monty_runtime *rt;
  const monty_runner *shared;
  int id;
  int failures;
} worker;

static void *work(void *p) {
  worker *w = p;
  monty_interp *held = monty_interp_new_in(w->rt, NULL);
  if (!held) w->failures++;
  for (int i = 0; i < ROUNDS && held; i++) {
    monty_interp *in = monty_interp_new_in(w->rt, NULL);
    if (!in) {
      w->failures++;
      continue;
    }
    monty_value n = {.kind = MONTY_INT, .u.i = w->id * 1000 + i};
    monty_interp *use = i % 3 ? in : held;
    monty_result *res = monty_run(use, w->shared, &n, 1);
    int64_t want = (w->id * 1000 + i) * 2 + 1;
    if (res->status != MONTY_OK || res->value.kind != MONTY_INT || res->value.u.i != want) w->failures++;
    monty_result_free(res);
    monty_interp_free(in);
  }
  monty_interp_free(held);
  return NULL;
}

Test(runtime, threads_share_one_runtime) {
  monty_runtime *rt = monty_runtime_new();
  const char *names[] = {"n"};
  monty_runner *r = compile_ok("d = {str(k): k for k in range(50)}\nn * 2 + len(d) // 50", names, 1);
  pthread_t t[THREADS];
  worker w[THREADS];
  for (int i = 0; i < THREADS; i++) {
    w[i] = (worker){rt, r, i, 0};
    cr_assert_eq(pthread_create(&t[i], NULL, work, &w[i]), 0);
  }
  for (int i = 0; i < THREADS; i++) {
    pthread_join(t[i], NULL);
    cr_assert_eq(w[i].failures, 0, "thread %d: %d failures", i, w[i].failures);
  }
  monty_runner_free(r);
  monty_runtime_free(rt);
}

/* The runtime freed while threads run on its interpreters: each thread
** opens one, then (after the free) runs on it, gets no new one, and frees
** it; the last one out frees the runtime. */
typedef struct survivor {
  monty_runtime *rt;
  const monty_runner *shared;
  pthread_barrier_t *opened, *freed;
  int id;
  int failures;
} survivor;

static void *survive(void *p) {
  survivor *s = p;
  monty_interp *in = monty_interp_new_in(s->rt, NULL);
  pthread_barrier_wait(s->opened);
  pthread_barrier_wait(s->freed);
  if (!in) s->failures++;
  for (int i = 0; i < ROUNDS && in; i++) {
    monty_value n = {.kind = MONTY_INT, .u.i = s->id + i};
    monty_result *res = monty_run(in, s->shared, &n, 1);
    if (res->status != MONTY_OK || res->value.u.i != (s->id + i) * 2 + 1) s->failures++;
    monty_result_free(res);
    if (monty_interp_new_in(s->rt, NULL)) s->failures++;
  }
  monty_interp_free(in);
  return NULL;
}

Test(runtime, threads_outlive_their_freed_runtime) {
  monty_runtime *rt = monty_runtime_new();
  const char *names[] = {"n"};
  monty_runner *r = compile_ok("n * 2 + 1", names, 1);
  pthread_barrier_t opened, freed;
  pthread_barrier_init(&opened, NULL, THREADS + 1);
  pthread_barrier_init(&freed, NULL, THREADS + 1);
  pthread_t t[THREADS];
  survivor s[THREADS];
  for (int i = 0; i < THREADS; i++) {
    s[i] = (survivor){rt, r, &opened, &freed, i, 0};
    cr_assert_eq(pthread_create(&t[i], NULL, survive, &s[i]), 0);
  }
  pthread_barrier_wait(&opened);
  monty_runtime_free(rt);
  pthread_barrier_wait(&freed);
  for (int i = 0; i < THREADS; i++) {
    pthread_join(t[i], NULL);
    cr_assert_eq(s[i].failures, 0, "thread %d: %d failures", i, s[i].failures);
  }
  pthread_barrier_destroy(&opened);
  pthread_barrier_destroy(&freed);
  monty_runner_free(r);
}
