/*
** test_symtable.c: scope analysis — which names are local, cell, free or
** global in each block, checked against what CPython 3.11's symtable
** module reports for the same programs (its private Symbol scope).
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "symtable.h"

typedef struct analyzed {
  mt_ast_arena arena;
  mt_symtable st;
} analyzed;

static analyzed *analyze(const char *src) {
  analyzed *a = calloc(1, sizeof *a);
  mt_syntax_error err = {0};
  mt_ast_arena_init(&a->arena, 0);
  mt_ast_node *m = mt_parse(&a->arena, src, strlen(src), &err);
  cr_assert(m, "parse: %s", err.msg);
  cr_assert_eq(mt_symtable_build(&a->st, m, &err), 0, "symtable: %s", err.msg);
  return a;
}

static void release(analyzed *a) {
  mt_symtable_free(&a->st);
  mt_ast_arena_free(&a->arena);
  free(a);
}

static const char *block_name(const mt_block *b) {
  static const char *const names[] = {"<module>", NULL, "<lambda>", "<listcomp>",
                                      "<setcomp>", "<dictcomp>", "<genexpr>"};
  return b->kind == MT_BLOCK_FUNCTION ? b->name->s : names[b->kind];
}

/* The block at a dotted path of block names below the module, e.g.
** "f.g.<listcomp>" (the first child of that name at each step). */
static const mt_block *block_at(const analyzed *a, const char *path) {
  const mt_block *b = a->st.top;
  char buf[200];
  snprintf(buf, sizeof buf, "%s", path);
  char *save = NULL;
  for (char *part = strtok_r(buf, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
    const mt_block *next = NULL;
    for (uint32_t i = 0; i < b->nchildren && !next; i++)
      if (strcmp(block_name(b->children[i]), part) == 0) next = b->children[i];
    cr_assert(next, "no block %s in %s", part, path);
    b = next;
  }
  return b;
}

/* "LOCAL", "CELL", ... or "-" when the block does not know the name. */
static const char *scope(const analyzed *a, const char *path, const char *name) {
  const mt_block *b = *path ? block_at(a, path) : a->st.top;
  for (uint32_t i = 0; i < b->nsyms; i++)
    if (strcmp(b->syms[i].name->s, name) == 0) return mt_symtable_scope_name(b->syms[i].scope);
  return "-";
}

#define expect_scope(a, path, name, want) cr_assert_str_eq(scope(a, path, name), want, "%s in %s", name, path)

Test(symtable, module_names) {
  analyzed *a = analyze("x = 1\nprint(x, y)\ndef f(): pass\nimport os\n");
  expect_scope(a, "", "x", "LOCAL");
  expect_scope(a, "", "y", "GLOBAL_IMPLICIT");
  expect_scope(a, "", "print", "GLOBAL_IMPLICIT");
  expect_scope(a, "", "f", "LOCAL");
  expect_scope(a, "", "os", "LOCAL");
  release(a);
}

Test(symtable, function_locals_params_globals) {
  analyzed *a = analyze("def f(a, *b, c, **d):\n"
                        "    e = a\n"
                        "    for i in b: pass\n"
                        "    return len(g)\n");
  const char *locals[] = {"a", "b", "c", "d", "e", "i"};
  for (size_t i = 0; i < 6; i++) expect_scope(a, "f", locals[i], "LOCAL");
  expect_scope(a, "f", "g", "GLOBAL_IMPLICIT");
  expect_scope(a, "f", "len", "GLOBAL_IMPLICIT");
  const mt_block *f = block_at(a, "f");
  cr_assert_eq(f->nparams, 4);
  cr_assert_str_eq(f->params[0]->s, "a");
  cr_assert_str_eq(f->params[1]->s, "c");
  cr_assert_str_eq(f->params[2]->s, "b");
  cr_assert_str_eq(f->params[3]->s, "d");
  release(a);
}

Test(symtable, closures_cell_and_free) {
  analyzed *a = analyze("def f(p):\n"
                        "    x = 1\n"
                        "    def g():\n"
                        "        return x + p + y\n"
                        "    return g\n");
  expect_scope(a, "f", "x", "CELL");
  expect_scope(a, "f", "p", "CELL");
  expect_scope(a, "f", "g", "LOCAL");
  expect_scope(a, "f.g", "x", "FREE");
  expect_scope(a, "f.g", "p", "FREE");
  expect_scope(a, "f.g", "y", "GLOBAL_IMPLICIT");
  cr_assert(block_at(a, "f.g")->has_free);
  cr_assert(block_at(a, "f")->child_free);
  release(a);
}

Test(symtable, free_variable_passes_through_middle_function) {
  analyzed *a = analyze("def f():\n"
                        "    x = 1\n"
                        "    def g():\n"
                        "        def h():\n"
                        "            return x\n"
                        "        return h\n");
  expect_scope(a, "f", "x", "CELL");
  expect_scope(a, "f.g", "x", "FREE");
  expect_scope(a, "f.g.h", "x", "FREE");
  release(a);
}

Test(symtable, nonlocal_chain) {
  analyzed *a = analyze("def f():\n"
                        "    x = 1\n"
                        "    def g():\n"
                        "        nonlocal x\n"
                        "        x = 2\n"
                        "        def h():\n"
                        "            nonlocal x\n"
                        "            x += 1\n");
  expect_scope(a, "f", "x", "CELL");
  expect_scope(a, "f.g", "x", "FREE");
  expect_scope(a, "f.g.h", "x", "FREE");
  release(a);
}

Test(symtable, global_stops_capture) {
  analyzed *a = analyze("def f():\n"
                        "    x = 1\n"
                        "    def g():\n"
                        "        global x\n"
                        "        def h():\n"
                        "            return x\n"
                        "    return x\n");
  expect_scope(a, "f", "x", "LOCAL");
  expect_scope(a, "f.g", "x", "GLOBAL_EXPLICIT");
  expect_scope(a, "f.g.h", "x", "GLOBAL_IMPLICIT");
  release(a);
}

Test(symtable, global_in_outer_function) {
  analyzed *a = analyze("def f():\n"
                        "    global x\n"
                        "    x = 1\n"
                        "    def g():\n"
                        "        return x\n");
  expect_scope(a, "f", "x", "GLOBAL_EXPLICIT");
  expect_scope(a, "f.g", "x", "GLOBAL_IMPLICIT");
  release(a);
}

Test(symtable, defaults_and_decorators_are_outside) {
  analyzed *a = analyze("def f():\n"
                        "    x = 1\n"
                        "    d = 2\n"
                        "    @d\n"
                        "    def g(a=x):\n"
                        "        return a\n"
                        "    h = lambda b=x: b\n");
  expect_scope(a, "f", "x", "LOCAL");
  expect_scope(a, "f", "d", "LOCAL");
  expect_scope(a, "f.g", "x", "-");
  expect_scope(a, "f.<lambda>", "b", "LOCAL");
  release(a);
}

Test(symtable, comprehension_scopes) {
  analyzed *a = analyze("def f(n):\n"
                        "    return [x + n for x in range(n) if x]\n"
                        "y = [z for z in w]\n");
  expect_scope(a, "f.<listcomp>", ".0", "LOCAL");
  expect_scope(a, "f.<listcomp>", "x", "LOCAL");
  expect_scope(a, "f.<listcomp>", "n", "FREE");
  expect_scope(a, "f.<listcomp>", "range", "-"); /* the first iterable is outside */
  expect_scope(a, "f", "range", "GLOBAL_IMPLICIT");
  expect_scope(a, "f", "n", "CELL");
  expect_scope(a, "<listcomp>", "z", "LOCAL");
  expect_scope(a, "<listcomp>", "w", "-");
  expect_scope(a, "", "w", "GLOBAL_IMPLICIT");
  release(a);
}

Test(symtable, nested_comprehensions_and_lambdas) {
  analyzed *a = analyze("def f(m):\n"
                        "    return [[i * j for j in m] for i in m], [lambda: k for k in m]\n");
  expect_scope(a, "f.<listcomp>", "i", "CELL");
  expect_scope(a, "f.<listcomp>", "m", "FREE");
  expect_scope(a, "f.<listcomp>.<listcomp>", "i", "FREE");
  expect_scope(a, "f.<listcomp>.<listcomp>", "j", "LOCAL");
  expect_scope(a, "f", "m", "CELL");
  release(a);
  a = analyze("def f(m):\n    return [lambda: k for k in m]\n");
  expect_scope(a, "f.<listcomp>", "k", "CELL");
  expect_scope(a, "f.<listcomp>.<lambda>", "k", "FREE");
  expect_scope(a, "f", "m", "LOCAL");
  release(a);
}

Test(symtable, walrus_in_comprehension_binds_enclosing_function) {
  analyzed *a = analyze("def f(d):\n"
                        "    if any((last := v) > 3 for v in d):\n"
                        "        return last\n"
                        "    return [[(y := 1) for a in d] for b in d], y\n");
  expect_scope(a, "f", "last", "CELL");
  expect_scope(a, "f.<genexpr>", "last", "FREE");
  expect_scope(a, "f", "y", "CELL");
  expect_scope(a, "f.<listcomp>", "y", "FREE");
  expect_scope(a, "f.<listcomp>.<listcomp>", "y", "FREE");
  expect_scope(a, "f.<listcomp>", "d", "FREE");
  expect_scope(a, "f", "d", "CELL");
  release(a);
}

Test(symtable, walrus_in_module_comprehension_is_global) {
  analyzed *a = analyze("r = [(t := x) for x in range(3)]\n");
  expect_scope(a, "<listcomp>", "t", "GLOBAL_EXPLICIT");
  expect_scope(a, "", "t", "GLOBAL_EXPLICIT");
  release(a);
  a = analyze("def f():\n    global t\n    [(t := x) for x in y]\n");
  expect_scope(a, "f.<listcomp>", "t", "GLOBAL_EXPLICIT");
  release(a);
}

Test(symtable, flags) {
  analyzed *a = analyze("def f(a):\n"
                        "    try:\n"
                        "        pass\n"
                        "    except E as e:\n"
                        "        pass\n"
                        "    del a\n"
                        "    (w := 1)\n"
                        "    import os.path\n"
                        "    yield\n");
  const mt_block *f = block_at(a, "f");
  cr_assert(f->generator);
  for (uint32_t i = 0; i < f->nsyms; i++) {
    const mt_sym *s = &f->syms[i];
    if (strcmp(s->name->s, "e") == 0 || strcmp(s->name->s, "a") == 0)
      cr_assert(s->flags & MT_SYM_DEL, "%s", s->name->s);
    if (strcmp(s->name->s, "w") == 0) cr_assert(s->flags & MT_SYM_WALRUS);
  }
  expect_scope(a, "f", "os", "LOCAL");
  expect_scope(a, "f", "os.path", "-");
  release(a);
}

Test(symtable, block_of_node) {
  analyzed *a = analyze("def f():\n    return lambda: 0\n");
  const mt_block *f = block_at(a, "f");
  cr_assert_eq(mt_symtable_block(&a->st, f->node), f);
  cr_assert_eq(mt_symtable_block(&a->st, a->st.top->node), a->st.top);
  release(a);
}
