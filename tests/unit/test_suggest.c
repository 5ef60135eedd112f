/*
** test_suggest.c: the "Did you mean" suggestions of uncaught NameError and
** AttributeError (suggest.c) through the public API. Every expected name
** (or its absence) is what CPython 3.11 prints for the same program.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "monty/monty.h"

static monty_result *run(const char *src) {
  monty_result *err = NULL;
  monty_runner *r = monty_compile(src, strlen(src), "main.py", NULL, 0, &err);
  cr_assert_not_null(r, "compile failed: %s", err && err->exception ? err->exception->text : "?");
  monty_interp *in = monty_interp_new(NULL);
  cr_assert_not_null(in);
  monty_result *res = monty_run(in, r, NULL, 0);
  monty_runner_free(r);
  monty_interp_free(in);
  cr_assert_eq(res->status, MONTY_EXCEPTION, "%s did not raise", src);
  return res;
}

static const struct {
  const char *src;
  const char *suggestion; /* NULL: none */
} cases[] = {
    {"value = 1\nvaleu", "value"},
    {"Value = 1\nvalue", "Value"},
    {"lenn([])", "len"},
    {"pirnt(1)", "print"},
    {"Ture", NULL},
    {"Noen", NULL},
    {"ValueEror", "ValueError"},
    {"Exceptoin", "Exception"},
    {"def f():\n    counter = 1\n    return countr\nf()", "counter"},
    {"def f(alpha):\n    return alpah\nf(1)", "alpha"},
    {"xyzzy", NULL},
    {"abcdef = 1\nuvwxyz", NULL},
    {"axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx = 1\nbxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", NULL},
    {"aab = 1\nabb = 2\nabx", "abb"},
    {"abb = 1\naab = 2\nabx", "abb"},
    {"value = 1\nraise NameError(\"name 'valeu' is not defined\")", NULL},
    {"[].apend", "append"},
    {"'s'.uper()", "upper"},
    {"(1).rael", NULL},
    {"range(3).strat", "start"},
    {"def f():\n    pass\nf.counter = 1\nf.countr", "counter"},
    {"1.0.imga", NULL},
    {"{}.kyes()", NULL},
    {"KeyError('x').argz", "args"},
    {"int.from_byte", "from_bytes"},
    {"[].zzzzzz", NULL},
    {"raise AttributeError('x')", NULL},
    {"def f():\n    x = x + 1\nf()", NULL},
    {"value = 1\n[valeu for _ in range(1)]", "value"},
    {"e = ValueError()\ne.args = ()\ne.argz", "args"},
    {"zipp", "zip"},
    {"dict.formkeys", "fromkeys"},
};

Test(suggest, matches_cpython) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    monty_result *res = run(cases[i].src);
    const char *got = res->exception->suggestion;
    if (cases[i].suggestion) {
      cr_assert_not_null(got, "%s: no suggestion", cases[i].src);
      cr_assert_str_eq(got, cases[i].suggestion, "%s", cases[i].src);
    } else {
      cr_assert_null(got, "%s: suggested %s", cases[i].src, got);
    }
    monty_result_free(res);
  }
}

/* The suggestion is in the printed last line, not in the message. */
Test(suggest, text_not_message) {
  monty_result *res = run("items = [3]\nitems.apend(2)\n");
  const monty_exception *e = res->exception;
  cr_assert_str_eq(e->message, "'list' object has no attribute 'apend'");
  cr_assert_str_eq(e->suggestion, "append");
  const char *tail = "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?\n";
  size_t n = strlen(e->text), m = strlen(tail);
  cr_assert(n >= m && strcmp(e->text + n - m, tail) == 0, "%s", e->text);
  monty_result_free(res);
}

/* Each exception of a chain gets its own suggestion. */
Test(suggest, chained) {
  monty_result *res = run("value = 1\ntry:\n    valeu\nexcept NameError:\n    [].apend\n");
  const monty_exception *e = res->exception;
  cr_assert_str_eq(e->suggestion, "append");
  cr_assert_not_null(e->chained);
  cr_assert_str_eq(e->chained->suggestion, "value");
  cr_assert_not_null(strstr(e->text, "NameError: name 'valeu' is not defined. Did you mean: 'value'?\n"));
  monty_result_free(res);
}

/* Candidate lists of 750 names or more are not searched. */
Test(suggest, long_candidate_lists) {
  char src[64 * 1024];
  size_t n = 0;
  for (int i = 0; i < 760; i++) n += (size_t)snprintf(src + n, sizeof src - n, "v%d = 0\n", i);
  snprintf(src + n, sizeof src - n, "v7x\n");
  monty_result *res = run(src);
  cr_assert_null(res->exception->suggestion);
  monty_result_free(res);
  n = 0;
  for (int i = 0; i < 740; i++) n += (size_t)snprintf(src + n, sizeof src - n, "v%d = 0\n", i);
  snprintf(src + n, sizeof src - n, "v7x\n");
  res = run(src);
  cr_assert_str_eq(res->exception->suggestion, "v7");
  monty_result_free(res);
}
