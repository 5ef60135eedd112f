/*
** test_vm.c: the VM through the public C API: values in and out, captured
** output, structured exceptions and tracebacks, budgets and resumption,
** limits, deep recursion without C recursion, collections mid-run. The
** same file is built against both dispatch modes (./dev test's switch
** tree).
*/
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "monty/monty.h"

/* GC stress builds (-Dgc_stress=true) collect at every safe point: loops
** there run fewer iterations. */
#ifdef MT_GC_STRESS
#define STRESSED 1
#else
#define STRESSED 0
#endif

static monty_runner *compile_ok(const char *src) {
  monty_result *err = NULL;
  monty_runner *r = monty_compile(src, strlen(src), "main.py", NULL, 0, &err);
  cr_assert_not_null(r, "compile failed: %s", err && err->exception ? err->exception->text : "?");
  return r;
}

/* Run src on a fresh interpreter with limits (may be NULL). */
static monty_result *run_with(const char *src, const monty_limits *limits) {
  monty_interp *in = monty_interp_new(limits);
  cr_assert_not_null(in);
  monty_runner *r = compile_ok(src);
  monty_result *res = monty_run(in, r, NULL, 0);
  monty_runner_free(r);
  monty_interp_free(in);
  return res;
}

static monty_result *run(const char *src) { return run_with(src, NULL); }

static void expect_int(const char *src, int64_t want) {
  monty_result *res = run(src);
  cr_assert_eq(res->status, MONTY_OK, "%s: %s", src, res->exception ? res->exception->text : "");
  cr_assert_eq(res->value.kind, MONTY_INT);
  cr_assert_eq(res->value.u.i, want, "%s: got %lld", src, (long long)res->value.u.i);
  monty_result_free(res);
}

static void expect_exception(const char *src, const char *type, const char *message) {
  monty_result *res = run(src);
  cr_assert_eq(res->status, MONTY_EXCEPTION, "%s did not raise", src);
  cr_assert_str_eq(res->exception->type, type);
  cr_assert_str_eq(res->exception->message, message);
  monty_result_free(res);
}

Test(vm, last_expression_is_the_result) {
  expect_int("2 + 2", 4);
  expect_int("x = 6\nx * 7", 42);
  expect_int("def f(a, b=3):\n    return a * b\nf(5)", 15);
  expect_int("sum(i * i for i in range(10))", 285);
  monty_result *res = run("x = 1");
  cr_assert_eq(res->status, MONTY_OK);
  cr_assert_eq(res->value.kind, MONTY_NONE);
  monty_result_free(res);
}

Test(vm, captured_output) {
  monty_result *res = run("print('a', 1)\nprint([1, 2], end='!')\n'done'");
  cr_assert_eq(res->status, MONTY_OK);
  cr_assert_eq(res->output_len, strlen("a 1\n[1, 2]!"));
  cr_assert_str_eq(res->output, "a 1\n[1, 2]!");
  cr_assert_eq(res->value.kind, MONTY_STR);
  cr_assert_str_eq(res->value.u.s.data, "done");
  monty_result_free(res);
}

Test(vm, result_values_cross_the_boundary) {
  monty_result *res = run("[None, True, 2**70, -5, 1.5, 'é', b'\\x00b', (1,), {'k': [2]}, {3}, frozenset(), ...]");
  cr_assert_eq(res->status, MONTY_OK, "%s", res->exception ? res->exception->text : "");
  const monty_value *v = &res->value;
  cr_assert_eq(v->kind, MONTY_LIST);
  cr_assert_eq(v->u.seq.len, 12);
  const monty_value *it = v->u.seq.items;
  cr_assert_eq(it[0].kind, MONTY_NONE);
  cr_assert(it[1].kind == MONTY_BOOL && it[1].u.b);
  cr_assert_eq(it[2].kind, MONTY_BIGINT);
  cr_assert_str_eq(it[2].u.s.data, "1180591620717411303424");
  cr_assert(it[3].kind == MONTY_INT && it[3].u.i == -5);
  cr_assert(it[4].kind == MONTY_FLOAT && it[4].u.f == 1.5);
  cr_assert(it[5].kind == MONTY_STR && strcmp(it[5].u.s.data, "\xc3\xa9") == 0);
  cr_assert(it[6].kind == MONTY_BYTES && it[6].u.s.len == 2 && it[6].u.s.data[0] == 0);
  cr_assert(it[7].kind == MONTY_TUPLE && it[7].u.seq.len == 1);
  cr_assert(it[8].kind == MONTY_DICT && it[8].u.seq.len == 1);
  cr_assert_str_eq(it[8].u.seq.items[0].u.s.data, "k");
  cr_assert_eq(it[8].u.seq.items[1].kind, MONTY_LIST);
  cr_assert(it[9].kind == MONTY_SET && it[9].u.seq.len == 1 && it[9].u.seq.items[0].u.i == 3);
  cr_assert_eq(it[10].kind, MONTY_FROZENSET);
  cr_assert_eq(it[11].kind, MONTY_ELLIPSIS);
  monty_result_free(res);
}

Test(vm, self_containing_result_exports_as_its_repr) {
  monty_result *res = run("a = [1]\na.append(a)\na");
  cr_assert_eq(res->status, MONTY_OK);
  cr_assert_eq(res->value.kind, MONTY_LIST);
  cr_assert_eq(res->value.u.seq.items[1].kind, MONTY_OTHER);
  cr_assert_str_eq(res->value.u.seq.items[1].u.s.data, "[1, [...]]");
  monty_result_free(res);
}

Test(vm, inputs_become_globals) {
  const char *names[] = {"x", "items"};
  monty_result *err = NULL;
  const char *src = "x * len(items) + items[1]";
  monty_runner *r = monty_compile(src, strlen(src), NULL, names, 2, &err);
  cr_assert_not_null(r);
  monty_value items[3] = {{MONTY_INT, {.i = 1}}, {MONTY_INT, {.i = 20}}, {MONTY_INT, {.i = 3}}};
  monty_value in[2] = {{MONTY_INT, {.i = 10}}, {MONTY_LIST, {.seq = {items, 3}}}};
  monty_interp *interp = monty_interp_new(NULL);
  for (int round = 0; round < 3; round++) {
    monty_result *res = monty_run(interp, r, in, 2);
    cr_assert_eq(res->status, MONTY_OK);
    cr_assert_eq(res->value.u.i, 50);
    monty_result_free(res);
  }
  monty_result *bad = monty_run(interp, r, in, 1);
  cr_assert_eq(bad->status, MONTY_ERROR);
  monty_result_free(bad);
  monty_interp_free(interp);
  monty_runner_free(r);
}

Test(vm, input_name_checks) {
  const char *dup[] = {"a", "b", "a"}, *empty[] = {""};
  monty_result *err = NULL;
  cr_assert_null(monty_compile("a", 1, NULL, dup, 3, &err));
  cr_assert_eq(err->status, MONTY_ERROR);
  cr_assert_str_eq(err->error, "duplicate inputs: a");
  monty_result_free(err);
  cr_assert_null(monty_compile("a", 1, NULL, empty, 1, &err));
  cr_assert_str_eq(err->error, "inputs must not contain empty strings");
  monty_result_free(err);
}

Test(vm, exceptions_are_structured) {
  monty_result *res = run("def f(x):\n    return 1 / x\n\nprint('out')\nf(0)\n");
  cr_assert_eq(res->status, MONTY_EXCEPTION);
  cr_assert_str_eq(res->output, "out\n");
  const monty_exception *e = res->exception;
  cr_assert_str_eq(e->type, "ZeroDivisionError");
  cr_assert_str_eq(e->message, "division by zero");
  cr_assert_eq(e->nframes, 2);
  cr_assert_str_eq(e->frames[0].function, "<module>");
  cr_assert_eq(e->frames[0].line, 5);
  cr_assert_str_eq(e->frames[0].source, "f(0)");
  cr_assert_str_eq(e->frames[1].function, "f");
  cr_assert_eq(e->frames[1].line, 2);
  cr_assert_str_eq(e->frames[1].filename, "main.py");
  cr_assert_str_eq(e->text,
                   "Traceback (most recent call last):\n"
                   "  File \"main.py\", line 5, in <module>\n"
                   "    f(0)\n"
                   "  File \"main.py\", line 2, in f\n"
                   "    return 1 / x\n"
                   "ZeroDivisionError: division by zero\n");
  monty_result_free(res);
}

Test(vm, chained_exceptions) {
  monty_result *res = run("try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n");
  cr_assert_eq(res->status, MONTY_EXCEPTION);
  const monty_exception *e = res->exception;
  cr_assert_str_eq(e->type, "ValueError");
  cr_assert_not_null(e->chained);
  cr_assert(e->chained_is_cause);
  cr_assert_str_eq(e->chained->type, "KeyError");
  cr_assert_str_eq(e->chained->message, "'k'");
  cr_assert_not_null(strstr(e->text, "The above exception was the direct cause of the following exception:"));
  monty_result_free(res);
  res = run("try:\n    1/0\nexcept ZeroDivisionError:\n    undefined\n");
  cr_assert_str_eq(res->exception->type, "NameError");
  cr_assert_str_eq(res->exception->chained->type, "ZeroDivisionError");
  cr_assert(!res->exception->chained_is_cause);
  cr_assert_not_null(strstr(res->exception->text, "During handling of the above exception, another exception occurred:"));
  monty_result_free(res);
}

Test(vm, syntax_errors) {
  monty_result *err = NULL;
  const char *src = "x = (1,\n";
  cr_assert_null(monty_compile(src, strlen(src), "main.py", NULL, 0, &err));
  cr_assert_eq(err->status, MONTY_EXCEPTION);
  cr_assert_str_eq(err->exception->type, "SyntaxError");
  cr_assert_str_eq(err->exception->message, "'(' was never closed");
  cr_assert_str_eq(err->exception->text, "  File \"main.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
  monty_result_free(err);
}

Test(vm, common_errors_match_cpython) {
  expect_exception("[1][5]", "IndexError", "list index out of range");
  expect_exception("{}['a']", "KeyError", "'a'");
  expect_exception("1 + 'a'", "TypeError", "unsupported operand type(s) for +: 'int' and 'str'");
  expect_exception("(5).foo", "AttributeError", "'int' object has no attribute 'foo'");
  expect_exception("nope", "NameError", "name 'nope' is not defined");
  expect_exception("def f(a): pass\nf()", "TypeError", "f() missing 1 required positional argument: 'a'");
  expect_exception("int('x')", "ValueError", "invalid literal for int() with base 10: 'x'");
  expect_exception("raise KeyError", "KeyError", "");
}

/* A loop that needs many slices still ends with the right result, and
** the output of each slice comes with it. */
Test(vm, budget_pauses_and_resumes_exactly) {
  monty_interp *in = monty_interp_new(NULL);
  int64_t n = STRESSED ? 4000 : 100000;
  char src[128];
  snprintf(src, sizeof src, "t = 0\nfor i in range(%lld):\n    t += i\n    if i %% %lld == 0:\n        print(i)\nt",
           (long long)n, (long long)(n / 4));
  monty_runner *r = compile_ok(src);
  cr_assert_null(monty_start(in, r, NULL, 0));
  int pauses = 0;
  size_t printed = 0;
  monty_result *res;
  while ((res = monty_resume(in, 1000))->status == MONTY_PAUSED) {
    pauses++;
    printed += res->output_len;
    monty_result_free(res);
  }
  cr_assert_eq(res->status, MONTY_OK);
  printed += res->output_len;
  char want[64];
  snprintf(want, sizeof want, "0\n%lld\n%lld\n%lld\n", (long long)n / 4, (long long)n / 2, (long long)(3 * n / 4));
  cr_assert_geq(pauses, n / 1000 - 1);
  cr_assert_eq(printed, strlen(want));
  cr_assert_eq(res->value.u.i, n * (n - 1) / 2);
  monty_result_free(res);
  monty_runner_free(r);
  monty_interp_free(in);
}

Test(vm, infinite_loop_is_stoppable) {
  monty_interp *in = monty_interp_new(NULL);
  monty_runner *r = compile_ok("while True:\n    pass\n");
  cr_assert_null(monty_start(in, r, NULL, 0));
  for (int k = 0; k < (STRESSED ? 5 : 50); k++) {
    monty_result *res = monty_resume(in, STRESSED ? 100 : 10000);
    cr_assert_eq(res->status, MONTY_PAUSED);
    monty_result_free(res);
  }
  monty_runner_free(r);
  monty_interp_free(in);
}

Test(vm, pauses_inside_calls_and_builtins) {
  monty_interp *in = monty_interp_new(NULL);
  monty_runner *r = compile_ok("def f(x):\n    return x * 2\n"
                               "def g(n):\n    for i in range(n):\n        yield f(i)\n"
                               "sorted(list(map(f, g(300))), key=lambda v: -v)[:3]");
  cr_assert_null(monty_start(in, r, NULL, 0));
  monty_result *res;
  int pauses = 0;
  while ((res = monty_resume(in, 7))->status == MONTY_PAUSED) {
    pauses++;
    monty_result_free(res);
  }
  cr_assert_eq(res->status, MONTY_OK, "%s", res->exception ? res->exception->text : "");
  cr_assert_gt(pauses, 100);
  cr_assert_eq(res->value.u.seq.len, 3);
  cr_assert_eq(res->value.u.seq.items[0].u.i, 1196);
  monty_result_free(res);
  monty_runner_free(r);
  monty_interp_free(in);
}

/* Run src with monty_start and monty_resume(budget) until it ends; the
** output of all the steps goes to out (NUL-terminated), the pauses to
** *pauses. */
static monty_result *run_in_steps(const char *src, uint64_t budget, char *out, size_t cap, int *pauses) {
  monty_interp *in = monty_interp_new(NULL);
  monty_runner *r = compile_ok(src);
  cr_assert_null(monty_start(in, r, NULL, 0));
  size_t len = 0;
  monty_result *res;
  *pauses = 0;
  for (;;) {
    res = monty_resume(in, budget);
    cr_assert_lt(len + res->output_len, cap);
    memcpy(out + len, res->output, res->output_len);
    len += res->output_len;
    if (res->status != MONTY_PAUSED) break;
    (*pauses)++;
    monty_result_free(res);
  }
  out[len] = '\0';
  monty_runner_free(r);
  monty_interp_free(in);
  return res;
}

/* Generators resumed by send/throw/close, yield from, iter(callable,
** sentinel) and unpacking of generators all run Python code from inside
** an instruction or a native: a run paused at every tick (budget 1: at
** each call, return and backward jump) ends as an unpaused one does. */
Test(vm, pauses_inside_generator_protocol_and_unpacking) {
  const char *src = "def inner():\n"
                    "    total = 0\n"
                    "    try:\n"
                    "        while True:\n"
                    "            total += yield total\n"
                    "    finally:\n"
                    "        print('inner closed', total)\n"
                    "def outer():\n"
                    "    return (yield from inner())\n"
                    "o = outer()\n"
                    "acc = [next(o), o.send(1), o.send(2)]\n"
                    "o.close()\n"
                    "n = [0]\n"
                    "def tick():\n"
                    "    n[0] += 1\n"
                    "    return n[0]\n"
                    "a, b, *c = iter(tick, 6)\n"
                    "def gen(k):\n"
                    "    for i in range(k):\n"
                    "        yield i * i\n"
                    "s = {*gen(5), *map(lambda v: v + 100, gen(3))}\n"
                    "d = [*gen(4)]\n"
                    "p, q = gen(2)\n"
                    "def stubborn():\n"
                    "    try:\n"
                    "        yield 1\n"
                    "    except GeneratorExit:\n"
                    "        yield 2\n"
                    "g = stubborn()\n"
                    "next(g)\n"
                    "try:\n"
                    "    g.close()\n"
                    "except RuntimeError as e:\n"
                    "    print(e)\n"
                    "try:\n"
                    "    x, y = gen(3)\n"
                    "except ValueError as e:\n"
                    "    print(e)\n"
                    "repr(acc + [a, b] + c + sorted(s) + d + [p, q])";
  const char *want_out = "inner closed 3\ngenerator ignored GeneratorExit\ntoo many values to unpack (expected 2)\n";
  const char *want = "[0, 1, 3, 1, 2, 3, 4, 5, 0, 1, 4, 9, 16, 100, 101, 104, 0, 1, 4, 9, 0, 1]";
  static const uint64_t budgets[] = {UINT64_MAX, 1, 2, 3};
  for (size_t k = 0; k < sizeof budgets / sizeof budgets[0]; k++) {
    char out[256];
    int pauses;
    monty_result *res = run_in_steps(src, budgets[k], out, sizeof out, &pauses);
    cr_assert_eq(res->status, MONTY_OK, "budget %llu: %s", (unsigned long long)budgets[k],
                 res->exception ? res->exception->text : "");
    cr_assert_str_eq(out, want_out);
    cr_assert_eq(res->value.kind, MONTY_STR);
    cr_assert_str_eq(res->value.u.s.data, want);
    if (budgets[k] == 1) cr_assert_gt(pauses, 50, "%d pauses", pauses);
    monty_result_free(res);
  }
}

/* An exception crossing a generator being closed, a yield from and a
** catching native frame keeps its traceback through pauses. */
Test(vm, exceptions_through_generators_when_paused) {
  const char *src = "def inner():\n"
                    "    try:\n"
                    "        yield 1\n"
                    "    except GeneratorExit:\n"
                    "        raise KeyError('k')\n"
                    "def outer():\n"
                    "    yield from inner()\n"
                    "o = outer()\n"
                    "next(o)\n"
                    "o.close()\n";
  for (uint64_t budget = 1; budget <= 3; budget++) {
    char out[64];
    int pauses;
    monty_result *res = run_in_steps(src, budget, out, sizeof out, &pauses);
    cr_assert_eq(res->status, MONTY_EXCEPTION);
    cr_assert_str_eq(res->exception->type, "KeyError");
    cr_assert_str_eq(res->exception->message, "'k'");
    cr_assert_eq(res->exception->nframes, 3);
    cr_assert_str_eq(res->exception->frames[1].function, "outer");
    cr_assert_str_eq(res->exception->frames[2].function, "inner");
    cr_assert_not_null(res->exception->chained);
    cr_assert_str_eq(res->exception->chained->type, "GeneratorExit");
    monty_result_free(res);
  }
}

Test(vm, time_limit_raises_timeout_error) {
  monty_limits lim = {.max_duration = 0.05};
  monty_result *res = run_with("def spin():\n    while True:\n        try:\n            pass\n        except Exception:\n            pass\nspin()", &lim);
  cr_assert_eq(res->status, MONTY_EXCEPTION);
  cr_assert_str_eq(res->exception->type, "TimeoutError");
  cr_assert_str_eq(res->exception->message, "time limit exceeded");
  cr_assert_eq(res->exception->nframes, 2);
  cr_assert_str_eq(res->exception->frames[1].function, "spin");
  monty_result_free(res);
}

Test(vm, recursion_limit_is_configurable) {
  const char *src = "n = 0\ndef f(k):\n    global n\n    n = k\n    f(k + 1)\ntry:\n    f(1)\nexcept RecursionError:\n    pass\nn";
  monty_result *res = run(src);
  cr_assert_eq(res->value.u.i, 999);
  monty_result_free(res);
  monty_limits lim = {.max_recursion = 50};
  res = run_with(src, &lim);
  cr_assert_eq(res->value.u.i, 49);
  monty_result_free(res);
  res = run_with("def f():\n    f()\nf()", &lim);
  cr_assert_str_eq(res->exception->type, "RecursionError");
  cr_assert_str_eq(res->exception->message, "maximum recursion depth exceeded");
  cr_assert_not_null(strstr(res->exception->text, "[Previous line repeated 46 more times]"));
  monty_result_free(res);
}

/* 10^5 nested Python calls on a thread with a 64 KiB C stack: only
** possible because Python calls never recurse in C. (GC stress builds,
** which collect at every call, go 2000 deep.) */
#ifdef MT_GC_STRESS
#define DEPTH "2000"
#define DEPTH_N 2000
#else
#define DEPTH "100000"
#define DEPTH_N 100000
#endif

static void *deep(void *arg) {
  monty_limits lim = {.max_recursion = 200000};
  monty_interp *in = monty_interp_new(&lim);
  monty_runner *r = (monty_runner *)arg;
  monty_result *res = monty_run(in, r, NULL, 0);
  void *ok = (void *)(intptr_t)(res->status == MONTY_OK && res->value.kind == MONTY_INT && res->value.u.i == DEPTH_N);
  monty_result_free(res);
  monty_interp_free(in);
  return ok;
}

Test(vm, deep_recursion_does_not_use_the_c_stack) {
  monty_runner *r = compile_ok("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nd(" DEPTH ")");
  pthread_attr_t attr;
  pthread_t t;
  void *ok = NULL;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 << 10);
  cr_assert_eq(pthread_create(&t, &attr, deep, r), 0);
  pthread_join(t, &ok);
  pthread_attr_destroy(&attr);
  monty_runner_free(r);
  cr_assert(ok, "deep recursion failed");
}

Test(vm, memory_limit_raises_memory_error) {
  monty_limits lim = {.max_memory = 4 << 20};
  monty_result *res = run_with("x = []\nwhile True:\n    x.append([0] * 10000)\n", &lim);
  cr_assert_eq(res->status, MONTY_EXCEPTION);
  cr_assert_str_eq(res->exception->type, "MemoryError");
  monty_result_free(res);
}

/* Lots of garbage forces collections at safe points mid-run; objects
** that survive are intact. */
Test(vm, collections_during_a_run) {
  monty_limits lim = {.max_memory = 16 << 20};
  int64_t n = STRESSED ? 5000 : 200000;
  char src[256];
  snprintf(src, sizeof src,
           "keep = []\nfor i in range(%lld):\n    tmp = [i, str(i), (i, i)]\n"
           "    if i %% 1000 == 0:\n        keep.append(tmp)\n"
           "sum(k[0] for k in keep) + len(keep)",
           (long long)n);
  monty_result *res = run_with(src, &lim);
  cr_assert_eq(res->status, MONTY_OK, "%s", res->exception ? res->exception->text : "");
  int64_t kept = n / 1000, want = 1000 * kept * (kept - 1) / 2 + kept;
  cr_assert_eq(res->value.u.i, want);
  monty_result_free(res);
}

Test(vm, allocation_limit) {
  monty_limits lim = {.max_allocations = 1000};
  monty_result *res = run_with("[str(i) for i in range(10000)]", &lim);
  cr_assert_eq(res->status, MONTY_EXCEPTION);
  cr_assert_str_eq(res->exception->type, "MemoryError");
  monty_result_free(res);
}

Test(vm, disassembly_and_ast) {
  monty_runner *r = compile_ok("print(2 + 2)");
  char *dis = monty_disassemble(r);
  cr_assert_not_null(dis);
  cr_assert_not_null(strstr(dis, "CALL"));
  monty_text_free(dis);
  monty_runner_free(r);
  char *ast = monty_dump_ast("x = 1", 5, NULL);
  cr_assert_str_eq(ast, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n");
  monty_text_free(ast);
}

/* Reruns of one runner reuse its code object: the inline caches must not
** carry one run's globals into the next. */
Test(vm, reruns_see_their_own_globals) {
  const char *names[] = {"flag"};
  const char *src = "if flag:\n    len = lambda v: 99\nlen([1])";
  monty_runner *r = monty_compile(src, strlen(src), NULL, names, 1, NULL);
  cr_assert_not_null(r);
  monty_interp *in = monty_interp_new(NULL);
  bool flags[] = {false, true, false, true};
  int64_t want[] = {1, 99, 1, 99};
  for (int k = 0; k < 4; k++) {
    monty_value v = {MONTY_BOOL, {.b = flags[k]}};
    monty_result *res = monty_run(in, r, &v, 1);
    cr_assert_eq(res->status, MONTY_OK);
    cr_assert_eq(res->value.u.i, want[k], "run %d", k);
    monty_result_free(res);
  }
  monty_interp_free(in);
  monty_runner_free(r);
}
