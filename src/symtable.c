/*
** symtable.c: scope analysis (see symtable.h). Pass 1 walks the tree and
** records each block's names and flags, reporting the errors CPython's
** symtable reports while building; pass 2 decides scopes top-down and turns
** captured locals into cells bottom-up.
**
** Everything is allocated in the table's arena; errors unwind with longjmp.
** Recursion follows the tree, so its depth is bounded by MT_AST_MAX_DEPTH.
*/
#include "symtable.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct builder {
  mt_symtable *st;
  mt_block *cur;
  mt_syntax_error *err;
  const mt_ast_id *dot0;
  jmp_buf jb;
} builder;

/*
** {==================================================================
** Errors and memory
** ===================================================================
*/

static void fail_at(builder *b, uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col,
                    const char *fmt, ...) __attribute__((noreturn, format(printf, 6, 7)));

static void fail_at(builder *b, uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col,
                    const char *fmt, ...) {
  char msg[sizeof b->err->msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  mt_syntax_error_set(b->err, MT_SE_SYNTAX, line, col, "%s", msg);
  b->err->end_line = end_line;
  b->err->end_col = end_col;
  longjmp(b->jb, 1);
}

#define FAIL_NODE(b, n, ...) fail_at(b, (n)->line, (n)->col, (n)->end_line, (n)->end_col, __VA_ARGS__)

static void fail_memory(builder *b) __attribute__((noreturn));
static void fail_memory(builder *b) {
  mt_syntax_error_set(b->err, MT_SE_MEMORY, 0, 0, "out of memory");
  longjmp(b->jb, 1);
}

static void *alloc(builder *b, size_t n) {
  void *p = mt_ast_arena_alloc(&b->st->arena, n);
  if (!p) fail_memory(b);
  memset(p, 0, n);
  return p;
}

/* Grow an arena array of elem-sized items from *cap to at least need. */
static void *grow(builder *b, void *old, uint32_t *cap, uint32_t need, size_t elem) {
  if (need <= *cap) return old;
  uint32_t ncap = *cap ? *cap : 4;
  while (ncap < need) {
    if (ncap > UINT32_MAX / 2) fail_memory(b);
    ncap *= 2;
  }
  void *p = alloc(b, (size_t)ncap * elem);
  if (*cap) memcpy(p, old, (size_t)*cap * elem);
  *cap = ncap;
  return p;
}

/*
** {==================================================================
** Blocks and symbols
** ===================================================================
*/

bool mt_symtable_id_eq(const mt_ast_id *a, const mt_ast_id *b) {
  return a == b || (a->len == b->len && memcmp(a->s, b->s, a->len) == 0);
}

/* Hash of a name's text (FNV-1a), so that names made outside the parser's
** intern table (".0", "a" of "import a.b") find the same entries. */
uint32_t mt_symtable_id_hash(const mt_ast_id *id) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < id->len; i++) h = (h ^ (uint8_t)id->s[i]) * 16777619u;
  return h;
}

mt_sym *mt_symtable_lookup(const mt_block *bl, const mt_ast_id *name) {
  if (!bl->indexcap) return NULL;
  uint32_t mask = bl->indexcap - 1;
  for (uint32_t i = mt_symtable_id_hash(name) & mask;; i = (i + 1) & mask) {
    uint32_t v = bl->index[i];
    if (!v) return NULL;
    if (mt_symtable_id_eq(bl->syms[v - 1].name, name)) return &bl->syms[v - 1];
  }
}

static void index_insert(mt_block *bl, uint32_t symidx) {
  uint32_t mask = bl->indexcap - 1;
  uint32_t i = mt_symtable_id_hash(bl->syms[symidx].name) & mask;
  while (bl->index[i]) i = (i + 1) & mask;
  bl->index[i] = symidx + 1;
}

/* The entry of name in block bl, created (with no flags) when missing. */
static mt_sym *sym_get(builder *b, mt_block *bl, const mt_ast_id *name) {
  mt_sym *s = mt_symtable_lookup(bl, name);
  if (s) return s;
  if ((bl->nsyms + 1) * 2 > bl->indexcap) {
    uint32_t cap = bl->indexcap ? bl->indexcap * 2 : 16;
    bl->index = alloc(b, (size_t)cap * sizeof *bl->index);
    bl->indexcap = cap;
    for (uint32_t i = 0; i < bl->nsyms; i++) index_insert(bl, i);
  }
  bl->syms = grow(b, bl->syms, &bl->capsyms, bl->nsyms + 1, sizeof *bl->syms);
  s = &bl->syms[bl->nsyms];
  s->name = name;
  index_insert(bl, bl->nsyms++);
  return s;
}

static void map_insert(mt_symtable *st, const mt_ast_node *key, mt_block *val) {
  uint32_t mask = st->mapcap - 1;
  uint32_t i = (uint32_t)(((uintptr_t)key >> 3) * 2654435761u) & mask;
  while (st->keys[i]) i = (i + 1) & mask;
  st->keys[i] = key;
  st->vals[i] = val;
}

mt_block *mt_symtable_block(const mt_symtable *st, const mt_ast_node *node) {
  if (!st->mapcap) return NULL;
  uint32_t mask = st->mapcap - 1;
  for (uint32_t i = (uint32_t)(((uintptr_t)node >> 3) * 2654435761u) & mask;; i = (i + 1) & mask) {
    if (!st->keys[i]) return NULL;
    if (st->keys[i] == node) return st->vals[i];
  }
}

static mt_block *enter_block(builder *b, mt_block_kind kind, const mt_ast_node *node,
                             const mt_ast_id *name) {
  mt_symtable *st = b->st;
  mt_block *bl = alloc(b, sizeof *bl);
  bl->kind = (uint8_t)kind;
  bl->node = node;
  bl->name = name;
  bl->parent = b->cur;
  if (b->cur) {
    mt_block *p = b->cur;
    p->children = grow(b, p->children, &p->capchildren, p->nchildren + 1, sizeof *p->children);
    p->children[p->nchildren++] = bl;
  }
  if ((st->nblocks + 1) * 2 > st->mapcap) {
    const mt_ast_node **okeys = st->keys;
    mt_block **ovals = st->vals;
    uint32_t ocap = st->mapcap;
    st->mapcap = ocap ? ocap * 2 : 16;
    st->keys = alloc(b, (size_t)st->mapcap * sizeof *st->keys);
    st->vals = alloc(b, (size_t)st->mapcap * sizeof *st->vals);
    for (uint32_t i = 0; i < ocap; i++)
      if (okeys[i]) map_insert(st, okeys[i], ovals[i]);
  }
  map_insert(st, node, bl);
  st->nblocks++;
  b->cur = bl;
  return bl;
}

static void exit_block(builder *b) { b->cur = b->cur->parent; }

/* Record a use of name with flag in block bl; `where` positions errors.
** Mirrors CPython's symtable_add_def_helper. */
static void add_def_in(builder *b, mt_block *bl, const mt_ast_id *name, uint16_t flag,
                       const mt_ast_node *where) {
  mt_sym *s = sym_get(b, bl, name);
  if ((flag & MT_SYM_PARAM) && (s->flags & MT_SYM_PARAM))
    FAIL_NODE(b, where, "duplicate argument '%s' in function definition", name->s);
  uint16_t val = s->flags | flag;
  if (bl->comp_iter_target) {
    if (val & (MT_SYM_GLOBAL | MT_SYM_NONLOCAL))
      FAIL_NODE(b, where, "comprehension inner loop cannot rebind assignment expression target '%s'",
                name->s);
    val |= MT_SYM_COMP_ITER;
  }
  s->flags = val;
  if (flag & MT_SYM_PARAM) {
    bl->params = grow(b, bl->params, &bl->capparams, bl->nparams + 1, sizeof *bl->params);
    bl->params[bl->nparams++] = name;
  }
}

static void add_def(builder *b, const mt_ast_id *name, uint16_t flag, const mt_ast_node *where) {
  add_def_in(b, b->cur, name, flag, where);
}

/*
** {==================================================================
** Pass 1: walk the tree
** ===================================================================
*/

static void visit_expr(builder *b, const mt_ast_node *e);
static void visit_stmts(builder *b, const mt_ast_seq *body);

static void visit_exprs(builder *b, const mt_ast_seq *seq) {
  for (uint32_t i = 0; i < seq->len; i++)
    if (seq->items[i]) visit_expr(b, seq->items[i]);
}

static void visit_opt(builder *b, const mt_ast_node *e) {
  if (e) visit_expr(b, e);
}

static void visit_params(builder *b, const mt_ast_seq *args) {
  for (uint32_t i = 0; i < args->len; i++)
    add_def(b, args->items[i]->v.arg.arg, MT_SYM_PARAM, args->items[i]);
}

/* Parameters in register order: positional-only, positional, keyword-only,
** *args, **kwargs (CPython's co_varnames order). */
static void visit_arguments(builder *b, const mt_ast_node *a) {
  const mt_ast_arguments *args = &a->v.arguments;
  visit_params(b, &args->posonlyargs);
  visit_params(b, &args->args);
  visit_params(b, &args->kwonlyargs);
  if (args->vararg) add_def(b, args->vararg->v.arg.arg, MT_SYM_PARAM, args->vararg);
  if (args->kwarg) add_def(b, args->kwarg->v.arg.arg, MT_SYM_PARAM, args->kwarg);
}

/* Default values are evaluated where the function is defined. */
static void visit_defaults(builder *b, const mt_ast_node *a) {
  visit_exprs(b, &a->v.arguments.defaults);
  visit_exprs(b, &a->v.arguments.kw_defaults);
}

/* global / nonlocal: CPython's checks against earlier uses in the block. */
static void visit_directive(builder *b, const mt_ast_node *s, bool global) {
  const mt_ast_ids *names = global ? &s->v.Global.names : &s->v.Nonlocal.names;
  const char *what = global ? "global" : "nonlocal";
  for (uint32_t i = 0; i < names->len; i++) {
    const mt_ast_id *name = names->items[i];
    mt_sym *cur = mt_symtable_lookup(b->cur, name);
    uint16_t f = cur ? cur->flags : 0;
    if (f & MT_SYM_PARAM) FAIL_NODE(b, s, "name '%s' is parameter and %s", name->s, what);
    if (f & MT_SYM_USE) FAIL_NODE(b, s, "name '%s' is used prior to %s declaration", name->s, what);
    if (f & MT_SYM_ANNOT) FAIL_NODE(b, s, "annotated name '%s' can't be %s", name->s, what);
    if (f & (MT_SYM_LOCAL | MT_SYM_IMPORT))
      FAIL_NODE(b, s, "name '%s' is assigned to before %s declaration", name->s, what);
    add_def(b, name, global ? MT_SYM_GLOBAL : MT_SYM_NONLOCAL, s);
    mt_sym *sym = mt_symtable_lookup(b->cur, name);
    if (!sym->directive) sym->directive = s;
  }
}

static void visit_annassign(builder *b, const mt_ast_node *s) {
  const mt_ast_AnnAssign *a = &s->v.AnnAssign;
  if (a->target->kind == MT_AST_Name) {
    const mt_ast_id *name = a->target->v.Name.id;
    mt_sym *cur = mt_symtable_lookup(b->cur, name);
    if (cur && (cur->flags & (MT_SYM_GLOBAL | MT_SYM_NONLOCAL)) && b->cur->kind != MT_BLOCK_MODULE &&
        a->simple)
      FAIL_NODE(b, s, "annotated name '%s' can't be %s", name->s,
                (cur->flags & MT_SYM_GLOBAL) ? "global" : "nonlocal");
    if (a->simple)
      add_def(b, name, MT_SYM_ANNOT | MT_SYM_LOCAL, a->target);
    else if (a->value)
      add_def(b, name, MT_SYM_LOCAL, a->target);
  } else {
    visit_expr(b, a->target);
  }
  /* Annotations are never evaluated (compile.c), so they use no names. */
  visit_opt(b, a->value);
}

static void visit_import(builder *b, const mt_ast_node *s, const mt_ast_seq *names) {
  for (uint32_t i = 0; i < names->len; i++) {
    const mt_ast_node *al = names->items[i];
    const mt_ast_id *as = al->v.alias.asname;
    const mt_ast_id *name = al->v.alias.name;
    if (!as && name->len == 1 && name->s[0] == '*') {
      if (b->cur->kind != MT_BLOCK_MODULE) FAIL_NODE(b, al, "import * only allowed at module level");
      continue;
    }
    if (!as && memchr(name->s, '.', name->len)) {
      /* import a.b.c binds a */
      const char *dot = memchr(name->s, '.', name->len);
      uint32_t n = (uint32_t)(dot - name->s);
      mt_ast_id *first = alloc(b, sizeof *first + n + 1);
      first->len = n;
      memcpy(first->s, name->s, n);
      as = first;
    }
    add_def(b, as ? as : name, MT_SYM_IMPORT, al);
  }
  (void)s;
}

static void visit_function(builder *b, const mt_ast_node *s) {
  const mt_ast_FunctionDef *f = &s->v.FunctionDef;
  add_def(b, f->name, MT_SYM_LOCAL, s);
  visit_defaults(b, f->args);
  visit_exprs(b, &f->decorator_list);
  enter_block(b, MT_BLOCK_FUNCTION, s, f->name);
  visit_arguments(b, f->args);
  visit_stmts(b, &f->body);
  exit_block(b);
}

static void unsupported(builder *b, const mt_ast_node *n, const char *what) {
  FAIL_NODE(b, n, "%s", what);
}

static void visit_stmt(builder *b, const mt_ast_node *s) {
  switch ((mt_ast_kind)s->kind) {
    case MT_AST_FunctionDef: visit_function(b, s); break;
    case MT_AST_AsyncFunctionDef: unsupported(b, s, "async functions are not supported"); break;
    case MT_AST_ClassDef: unsupported(b, s, "class definitions are not supported"); break;
    case MT_AST_Return: visit_opt(b, s->v.Return.value); break;
    case MT_AST_Delete: visit_exprs(b, &s->v.Delete.targets); break;
    case MT_AST_Assign:
      visit_exprs(b, &s->v.Assign.targets);
      visit_expr(b, s->v.Assign.value);
      break;
    case MT_AST_AugAssign:
      visit_expr(b, s->v.AugAssign.target);
      visit_expr(b, s->v.AugAssign.value);
      break;
    case MT_AST_AnnAssign: visit_annassign(b, s); break;
    case MT_AST_For:
      visit_expr(b, s->v.For.target);
      visit_expr(b, s->v.For.iter);
      visit_stmts(b, &s->v.For.body);
      visit_stmts(b, &s->v.For.orelse);
      break;
    case MT_AST_AsyncFor: unsupported(b, s, "'async for' outside async function"); break;
    case MT_AST_While:
      visit_expr(b, s->v.While.test);
      visit_stmts(b, &s->v.While.body);
      visit_stmts(b, &s->v.While.orelse);
      break;
    case MT_AST_If:
      visit_expr(b, s->v.If.test);
      visit_stmts(b, &s->v.If.body);
      visit_stmts(b, &s->v.If.orelse);
      break;
    case MT_AST_With:
      for (uint32_t i = 0; i < s->v.With.items.len; i++) {
        const mt_ast_node *it = s->v.With.items.items[i];
        visit_expr(b, it->v.withitem.context_expr);
        visit_opt(b, it->v.withitem.optional_vars);
      }
      visit_stmts(b, &s->v.With.body);
      break;
    case MT_AST_AsyncWith: unsupported(b, s, "'async with' outside async function"); break;
    case MT_AST_Match: unsupported(b, s, "'match' statements are not supported"); break;
    case MT_AST_Raise:
      visit_opt(b, s->v.Raise.exc);
      visit_opt(b, s->v.Raise.cause);
      break;
    case MT_AST_Try:
      visit_stmts(b, &s->v.Try.body);
      visit_stmts(b, &s->v.Try.orelse);
      for (uint32_t i = 0; i < s->v.Try.handlers.len; i++) {
        const mt_ast_node *h = s->v.Try.handlers.items[i];
        visit_opt(b, h->v.ExceptHandler.type);
        if (h->v.ExceptHandler.name)
          add_def(b, h->v.ExceptHandler.name, MT_SYM_LOCAL | MT_SYM_DEL, h);
        visit_stmts(b, &h->v.ExceptHandler.body);
      }
      visit_stmts(b, &s->v.Try.finalbody);
      break;
    case MT_AST_TryStar: unsupported(b, s, "'except*' is not supported"); break;
    case MT_AST_Assert:
      visit_expr(b, s->v.Assert.test);
      visit_opt(b, s->v.Assert.msg);
      break;
    case MT_AST_Import: visit_import(b, s, &s->v.Import.names); break;
    case MT_AST_ImportFrom: visit_import(b, s, &s->v.ImportFrom.names); break;
    case MT_AST_Global: visit_directive(b, s, true); break;
    case MT_AST_Nonlocal: visit_directive(b, s, false); break;
    case MT_AST_Expr: visit_expr(b, s->v.Expr.value); break;
    case MT_AST_Pass:
    case MT_AST_Break:
    case MT_AST_Continue: break;
    default: FAIL_NODE(b, s, "unexpected %s statement", mt_ast_kind_name((mt_ast_kind)s->kind));
  }
}

static void visit_stmts(builder *b, const mt_ast_seq *body) {
  for (uint32_t i = 0; i < body->len; i++) visit_stmt(b, body->items[i]);
}

/* A walrus in a comprehension binds in the nearest enclosing function (as
** nonlocal) or the module (as global): CPython's
** symtable_extend_namedexpr_scope. */
static void extend_namedexpr_scope(builder *b, const mt_ast_node *target) {
  const mt_ast_id *name = target->v.Name.id;
  for (mt_block *bl = b->cur; bl; bl = bl->parent) {
    if (mt_symtable_is_comprehension(bl)) {
      mt_sym *s = mt_symtable_lookup(bl, name);
      if (s && (s->flags & MT_SYM_COMP_ITER))
        FAIL_NODE(b, target, "assignment expression cannot rebind comprehension iteration variable '%s'",
                  name->s);
      continue;
    }
    uint16_t flag;
    if (bl->kind == MT_BLOCK_MODULE) {
      flag = MT_SYM_GLOBAL;
    } else {
      mt_sym *s = mt_symtable_lookup(bl, name);
      flag = (s && (s->flags & MT_SYM_GLOBAL)) ? MT_SYM_GLOBAL : MT_SYM_NONLOCAL;
    }
    add_def(b, name, flag, target);
    mt_sym *s = mt_symtable_lookup(b->cur, name);
    if (!s->directive) s->directive = target;
    add_def_in(b, bl, name, bl->kind == MT_BLOCK_MODULE ? MT_SYM_GLOBAL : MT_SYM_LOCAL, target);
    return;
  }
}

/* There are no async functions, so an asynchronous comprehension is always
** CPython's error; an async generator expression would be legal there. */
static void async_comprehension(builder *b, const mt_ast_node *comp) {
  if (comp->kind == MT_AST_GeneratorExp)
    FAIL_NODE(b, comp, "asynchronous generator expressions are not supported");
  FAIL_NODE(b, comp, "asynchronous comprehension outside of an asynchronous function");
}

static void visit_comprehension_tail(builder *b, const mt_ast_node *gen) {
  const mt_ast_comprehension *c = &gen->v.comprehension;
  b->cur->comp_iter_target = 1;
  visit_expr(b, c->target);
  b->cur->comp_iter_target = 0;
  b->cur->comp_iter_expr++;
  visit_expr(b, c->iter);
  b->cur->comp_iter_expr--;
  visit_exprs(b, &c->ifs);
  if (c->is_async) async_comprehension(b, b->cur->node);
}

/* A comprehension is a function block taking the iterator of its first
** iterable (evaluated in the enclosing block) as the parameter ".0". */
static void visit_comprehension(builder *b, const mt_ast_node *e, mt_block_kind kind,
                                const mt_ast_seq *gens, const mt_ast_node *elt,
                                const mt_ast_node *value) {
  const mt_ast_node *first = gens->items[0];
  b->cur->comp_iter_expr++;
  visit_expr(b, first->v.comprehension.iter);
  b->cur->comp_iter_expr--;
  mt_block *bl = enter_block(b, kind, e, NULL);
  add_def(b, b->dot0, MT_SYM_PARAM, e);
  bl->comp_iter_target = 1;
  visit_expr(b, first->v.comprehension.target);
  bl->comp_iter_target = 0;
  visit_exprs(b, &first->v.comprehension.ifs);
  if (first->v.comprehension.is_async) async_comprehension(b, e);
  for (uint32_t i = 1; i < gens->len; i++) visit_comprehension_tail(b, gens->items[i]);
  visit_opt(b, value);
  visit_expr(b, elt);
  if (kind == MT_BLOCK_GENEXPR) bl->generator = true;
  exit_block(b);
}

static void visit_yield(builder *b, const mt_ast_node *e, const mt_ast_node *value) {
  visit_opt(b, value);
  b->cur->generator = true;
  static const char *const where[] = {
      [MT_BLOCK_LISTCOMP] = "list comprehension", [MT_BLOCK_SETCOMP] = "set comprehension",
      [MT_BLOCK_DICTCOMP] = "dict comprehension", [MT_BLOCK_GENEXPR] = "generator expression"};
  if (mt_symtable_is_comprehension(b->cur))
    FAIL_NODE(b, e, "'yield' inside %s", where[b->cur->kind]);
}

static void visit_expr(builder *b, const mt_ast_node *e) {
  switch ((mt_ast_kind)e->kind) {
    case MT_AST_BoolOp: visit_exprs(b, &e->v.BoolOp.values); break;
    case MT_AST_NamedExpr:
      if (b->cur->comp_iter_expr > 0)
        FAIL_NODE(b, e, "assignment expression cannot be used in a comprehension iterable expression");
      if (mt_symtable_is_comprehension(b->cur) && e->v.NamedExpr.target->kind == MT_AST_Name)
        extend_namedexpr_scope(b, e->v.NamedExpr.target);
      visit_expr(b, e->v.NamedExpr.value);
      visit_expr(b, e->v.NamedExpr.target);
      if (e->v.NamedExpr.target->kind == MT_AST_Name)
        sym_get(b, b->cur, e->v.NamedExpr.target->v.Name.id)->flags |= MT_SYM_WALRUS;
      break;
    case MT_AST_BinOp:
      visit_expr(b, e->v.BinOp.left);
      visit_expr(b, e->v.BinOp.right);
      break;
    case MT_AST_UnaryOp: visit_expr(b, e->v.UnaryOp.operand); break;
    case MT_AST_Lambda:
      visit_defaults(b, e->v.Lambda.args);
      enter_block(b, MT_BLOCK_LAMBDA, e, NULL);
      visit_arguments(b, e->v.Lambda.args);
      visit_expr(b, e->v.Lambda.body);
      exit_block(b);
      break;
    case MT_AST_IfExp:
      visit_expr(b, e->v.IfExp.test);
      visit_expr(b, e->v.IfExp.body);
      visit_expr(b, e->v.IfExp.orelse);
      break;
    case MT_AST_Dict:
      visit_exprs(b, &e->v.Dict.keys);
      visit_exprs(b, &e->v.Dict.values);
      break;
    case MT_AST_Set: visit_exprs(b, &e->v.Set.elts); break;
    case MT_AST_ListComp:
      visit_comprehension(b, e, MT_BLOCK_LISTCOMP, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
      break;
    case MT_AST_SetComp:
      visit_comprehension(b, e, MT_BLOCK_SETCOMP, &e->v.SetComp.generators, e->v.SetComp.elt, NULL);
      break;
    case MT_AST_DictComp:
      visit_comprehension(b, e, MT_BLOCK_DICTCOMP, &e->v.DictComp.generators, e->v.DictComp.key,
                          e->v.DictComp.value);
      break;
    case MT_AST_GeneratorExp:
      visit_comprehension(b, e, MT_BLOCK_GENEXPR, &e->v.GeneratorExp.generators,
                          e->v.GeneratorExp.elt, NULL);
      break;
    case MT_AST_Await:
      if (mt_symtable_is_comprehension(b->cur)) async_comprehension(b, b->cur->node);
      FAIL_NODE(b, e, "%s", b->cur->kind == MT_BLOCK_MODULE ? "'await' outside function"
                                                              : "'await' outside async function");
      break;
    case MT_AST_Yield: visit_yield(b, e, e->v.Yield.value); break;
    case MT_AST_YieldFrom: visit_yield(b, e, e->v.YieldFrom.value); break;
    case MT_AST_Compare:
      visit_expr(b, e->v.Compare.left);
      visit_exprs(b, &e->v.Compare.comparators);
      break;
    case MT_AST_Call:
      visit_expr(b, e->v.Call.func);
      visit_exprs(b, &e->v.Call.args);
      for (uint32_t i = 0; i < e->v.Call.keywords.len; i++)
        visit_expr(b, e->v.Call.keywords.items[i]->v.keyword.value);
      break;
    case MT_AST_FormattedValue:
      visit_expr(b, e->v.FormattedValue.value);
      visit_opt(b, e->v.FormattedValue.format_spec);
      break;
    case MT_AST_JoinedStr: visit_exprs(b, &e->v.JoinedStr.values); break;
    case MT_AST_Constant: break;
    case MT_AST_Attribute: visit_expr(b, e->v.Attribute.value); break;
    case MT_AST_Subscript:
      visit_expr(b, e->v.Subscript.value);
      visit_expr(b, e->v.Subscript.slice);
      break;
    case MT_AST_Starred: visit_expr(b, e->v.Starred.value); break;
    case MT_AST_Name:
      add_def(b, e->v.Name.id,
              e->v.Name.ctx == MT_AST_CTX_Load  ? MT_SYM_USE
              : e->v.Name.ctx == MT_AST_CTX_Del ? (MT_SYM_LOCAL | MT_SYM_DEL)
                                                : MT_SYM_LOCAL,
              e);
      break;
    case MT_AST_List: visit_exprs(b, &e->v.List.elts); break;
    case MT_AST_Tuple: visit_exprs(b, &e->v.Tuple.elts); break;
    case MT_AST_Slice:
      visit_opt(b, e->v.Slice.lower);
      visit_opt(b, e->v.Slice.upper);
      visit_opt(b, e->v.Slice.step);
      break;
    default: FAIL_NODE(b, e, "unexpected %s expression", mt_ast_kind_name((mt_ast_kind)e->kind));
  }
}

/*
** {==================================================================
** Pass 2: scopes
** ===================================================================
*/

/* Is name bound in a function enclosing bl (so that bl can capture it)?
** The walk stops at a block declaring it global, like CPython's "bound"
** set, from which analyze_name discards global names. */
static bool bound_outside(const mt_block *bl, const mt_ast_id *name) {
  for (const mt_block *p = bl->parent; p && p->kind != MT_BLOCK_MODULE; p = p->parent) {
    const mt_sym *s = mt_symtable_lookup(p, name);
    if (!s) continue;
    if (s->scope == MT_SCOPE_GLOBAL_EXPLICIT) return false;
    if (s->scope == MT_SCOPE_LOCAL || s->scope == MT_SCOPE_CELL || s->scope == MT_SCOPE_FREE)
      return true;
  }
  return false;
}

static void fail_directive(builder *b, const mt_sym *s, const char *fmt) {
  const mt_ast_node *d = s->directive;
  fail_at(b, d ? d->line : 0, d ? d->col : 0, d ? d->end_line : 0, d ? d->end_col : 0, fmt,
          s->name->s);
}

static void analyze_name(builder *b, mt_block *bl, mt_sym *s) {
  if (s->flags & MT_SYM_GLOBAL) {
    if (s->flags & MT_SYM_NONLOCAL) fail_directive(b, s, "name '%s' is nonlocal and global");
    s->scope = MT_SCOPE_GLOBAL_EXPLICIT;
  } else if (s->flags & MT_SYM_NONLOCAL) {
    if (bl->kind == MT_BLOCK_MODULE)
      fail_directive(b, s, "nonlocal declaration not allowed at module level%.0s");
    if (!bound_outside(bl, s->name)) fail_directive(b, s, "no binding for nonlocal '%s' found");
    s->scope = MT_SCOPE_FREE;
    bl->has_free = true;
  } else if (s->flags & MT_SYM_BOUND) {
    s->scope = MT_SCOPE_LOCAL;
  } else if (bl->kind != MT_BLOCK_MODULE && bound_outside(bl, s->name)) {
    s->scope = MT_SCOPE_FREE;
    bl->has_free = true;
  } else {
    s->scope = MT_SCOPE_GLOBAL_IMPLICIT;
  }
}

/* Decide the scopes of bl's names, then its children's; then a local that a
** child captures becomes a cell, and a name free in a child but unknown here
** becomes free here too so the cell can be passed down. */
static void analyze_block(builder *b, mt_block *bl) {
  for (uint32_t i = 0; i < bl->nsyms; i++) analyze_name(b, bl, &bl->syms[i]);
  for (uint32_t c = 0; c < bl->nchildren; c++) {
    mt_block *ch = bl->children[c];
    analyze_block(b, ch);
    if (ch->has_free || ch->child_free) bl->child_free = true;
    if (bl->kind == MT_BLOCK_MODULE) continue;
    for (uint32_t i = 0; i < ch->nsyms; i++) {
      const mt_sym *cs = &ch->syms[i];
      if (cs->scope != MT_SCOPE_FREE) continue;
      mt_sym *s = mt_symtable_lookup(bl, cs->name);
      if (!s) {
        s = sym_get(b, bl, cs->name);
        s->scope = MT_SCOPE_FREE;
        bl->has_free = true;
      } else if (s->scope == MT_SCOPE_LOCAL) {
        s->scope = MT_SCOPE_CELL;
      }
    }
  }
}

/*
** {==================================================================
** Entry points
** ===================================================================
*/

int mt_symtable_build(mt_symtable *st, const mt_ast_node *module, mt_syntax_error *err) {
  memset(st, 0, sizeof *st);
  mt_ast_arena_init(&st->arena, 0);
  builder b = {.st = st, .err = err};
  if (setjmp(b.jb)) {
    mt_symtable_free(st);
    return -1;
  }
  mt_ast_id *dot0 = alloc(&b, sizeof *dot0 + 3);
  dot0->len = 2;
  memcpy(dot0->s, ".0", 3);
  b.dot0 = dot0;
  st->dot0 = dot0;
  st->top = enter_block(&b, MT_BLOCK_MODULE, module, NULL);
  visit_stmts(&b, &module->v.Module.body);
  analyze_block(&b, st->top);
  return 0;
}

void mt_symtable_free(mt_symtable *st) {
  mt_ast_arena_free(&st->arena);
  memset(st, 0, sizeof *st);
}

const char *mt_symtable_scope_name(mt_scope_kind s) {
  static const char *const names[] = {
#define X(name) #name,
      MT_SCOPE_KINDS(X)
#undef X
  };
  return (unsigned)s < MT_ARRAY_LEN(names) ? names[s] : "?";
}
