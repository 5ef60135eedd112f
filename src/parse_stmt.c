/*
** parse_stmt.c: grammar actions for statements and parameter lists.
*/
#include "parse_internal.h"

#include <string.h>

static mt_pos body_end(const mt_ast_seq *body) {
  return NE(body->items[body->len - 1]);
}

void mt_parse_module(mt_parse_state *ps, mt_ast_seq *body) {
  mt_pos start = {1, 1};
  mt_ast_node *n = mt_parse_node(ps, MT_AST_Module, start, body ? body_end(body) : start);
  n->v.Module.body = mt_parse_seq_take(body);
  ps->module = mt_parse_fin(ps, n);
}

static mt_ast_node *stmt1(mt_parse_state *ps, mt_ast_kind kind, mt_pos start, mt_pos end) {
  return mt_parse_node(ps, kind, start, end);
}

mt_ast_node *mt_parse_expr_stmt(mt_parse_state *ps, mt_ast_node *e) {
  mt_ast_node *n = stmt1(ps, MT_AST_Expr, NS(e), NE(e));
  n->v.Expr.value = e;
  return mt_parse_fin(ps, n);
}

/* Does the value of `target = value` start with a bitwise_or-level
** expression? (CPython then words an invalid target "cannot assign to X
** here. Maybe you meant '==' instead of '='?") */
static bool starts_with_bitwise_or(const mt_ast_node *e) {
  for (;;) {
    if (e->flags & MT_AST_F_PAREN) return true;
    switch (e->kind) {
      case MT_AST_Starred: case MT_AST_Lambda: case MT_AST_Yield: case MT_AST_YieldFrom:
        return false;
      case MT_AST_UnaryOp:
        return e->v.UnaryOp.op != MT_AST_OP_Not;
      case MT_AST_Tuple:
        if (e->flags & MT_AST_F_DISPLAY) return true;
        e = e->v.Tuple.elts.items[0];
        break;
      case MT_AST_BoolOp: e = e->v.BoolOp.values.items[0]; break;
      case MT_AST_Compare: e = e->v.Compare.left; break;
      case MT_AST_IfExp: e = e->v.IfExp.body; break;
      default: return true;
    }
  }
}

/* targets = ... = value, with CPython's wording for invalid targets. */
mt_ast_node *mt_parse_assign(mt_parse_state *ps, mt_ast_seq *parts) {
  uint32_t n = parts->len;
  mt_ast_node *value = parts->items[n - 1];
  for (uint32_t i = 0; i + 1 < n; i++) {
    mt_ast_node *t = parts->items[i];
    if ((t->kind == MT_AST_Yield || t->kind == MT_AST_YieldFrom) && !(t->flags & MT_AST_F_PAREN))
      mt_parse_fail_node(ps, t, "assignment to yield expression not possible");
    if (mt_parse_invalid_target(t, MT_TARGET_ASSIGN) && n == 2 && mt_parse_is_here_target(t) &&
        starts_with_bitwise_or(value))
      mt_parse_fail_node(ps, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         mt_parse_expr_name(t));
    mt_parse_set_ctx(ps, t, MT_AST_CTX_Store, MT_TARGET_ASSIGN);
  }
  mt_ast_node *a = stmt1(ps, MT_AST_Assign, NS(parts->items[0]), NE(value));
  parts->len--;
  a->v.Assign.targets = *parts;
  a->v.Assign.value = value;
  return mt_parse_fin(ps, a);
}

static bool is_single_target(const mt_ast_node *t) {
  return t->kind == MT_AST_Name || t->kind == MT_AST_Attribute || t->kind == MT_AST_Subscript;
}

mt_ast_node *mt_parse_augassign(mt_parse_state *ps, mt_ast_node *target, int op, mt_ast_node *value) {
  if (!is_single_target(target))
    mt_parse_fail_node(ps, target, "'%s' is an illegal expression for augmented assignment",
                       mt_parse_expr_name(target));
  mt_parse_set_ctx(ps, target, MT_AST_CTX_Store, MT_TARGET_ASSIGN);
  mt_ast_node *n = stmt1(ps, MT_AST_AugAssign, NS(target), NE(value));
  n->v.AugAssign.target = target;
  n->v.AugAssign.op = (uint8_t)op;
  n->v.AugAssign.value = value;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_annassign(mt_parse_state *ps, mt_ast_node *target, mt_ast_node *ann, mt_ast_node *value) {
  if (target->kind == MT_AST_Tuple && !(target->flags & (MT_AST_F_DISPLAY | MT_AST_F_PAREN)))
    mt_parse_fail_node(ps, target->v.Tuple.elts.items[0], "only single target (not tuple) can be annotated");
  if (target->kind == MT_AST_Tuple || target->kind == MT_AST_List)
    mt_parse_fail_node(ps, target, "only single target (not %s) can be annotated", mt_parse_expr_name(target));
  if (!is_single_target(target)) mt_parse_fail_node(ps, target, "illegal target for annotation");
  mt_parse_set_ctx(ps, target, MT_AST_CTX_Store, MT_TARGET_ASSIGN);
  mt_ast_node *n = stmt1(ps, MT_AST_AnnAssign, NS(target), NE(value ? value : ann));
  n->v.AnnAssign.target = target;
  n->v.AnnAssign.annotation = ann;
  n->v.AnnAssign.value = value;
  n->v.AnnAssign.simple = target->kind == MT_AST_Name && !(target->flags & MT_AST_F_PAREN);
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_delete(mt_parse_state *ps, mt_token kw, mt_ast_seq *targets, const mt_token *comma) {
  for (uint32_t i = 0; i < targets->len; i++)
    mt_parse_set_ctx(ps, targets->items[i], MT_AST_CTX_Del, MT_TARGET_DELETE);
  mt_ast_node *n = stmt1(ps, MT_AST_Delete, TS(kw), comma ? TE(*comma) : body_end(targets));
  n->v.Delete.targets = *targets;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_keyword_stmt(mt_parse_state *ps, mt_ast_kind kind, mt_token kw) {
  return mt_parse_fin(ps, stmt1(ps, kind, TS(kw), TE(kw)));
}

mt_ast_node *mt_parse_return(mt_parse_state *ps, mt_token kw, mt_ast_node *value) {
  mt_ast_node *n = stmt1(ps, MT_AST_Return, TS(kw), value ? NE(value) : TE(kw));
  n->v.Return.value = value;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_raise(mt_parse_state *ps, mt_token kw, mt_ast_node *exc, mt_ast_node *cause) {
  mt_ast_node *n = stmt1(ps, MT_AST_Raise, TS(kw), cause ? NE(cause) : exc ? NE(exc) : TE(kw));
  n->v.Raise.exc = exc;
  n->v.Raise.cause = cause;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_global(mt_parse_state *ps, mt_ast_kind kind, mt_token kw, mt_ast_ids *names,
                             mt_token last) {
  mt_parse_ids_add(ps, names, last);
  mt_ast_node *n = stmt1(ps, kind, TS(kw), TE(last));
  if (kind == MT_AST_Global) n->v.Global.names = *names;
  else n->v.Nonlocal.names = *names;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_assert(mt_parse_state *ps, mt_token kw, mt_ast_node *test, mt_ast_node *msg) {
  mt_ast_node *n = stmt1(ps, MT_AST_Assert, TS(kw), NE(msg ? msg : test));
  n->v.Assert.test = test;
  n->v.Assert.msg = msg;
  return mt_parse_fin(ps, n);
}

/* The identifier of a dotted name: the source span without the
** whitespace and line continuations `import a . b` may have. */
static const mt_ast_id *dotted_ident(mt_parse_state *ps, const mt_token *t) {
  const char *s = ps->src + t->off;
  if (!memchr(s, ' ', t->len) && !memchr(s, '\t', t->len) && !memchr(s, '\\', t->len) &&
      !memchr(s, '\f', t->len))
    return mt_parse_intern_name(ps, s, t->len);
  mt_buf_clear(&ps->scratch);
  for (uint32_t i = 0; i < t->len; i++) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\\' || c == '\r' || c == '\n') continue;
    if (mt_buf_putc(&ps->scratch, c)) mt_parse_out_of_memory(ps);
  }
  return mt_parse_intern_name(ps, ps->scratch.data, ps->scratch.len);
}

mt_ast_node *mt_parse_alias(mt_parse_state *ps, const mt_token *name, const mt_token *asname) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_alias, TS(*name), TE(asname ? *asname : *name));
  n->v.alias.name = dotted_ident(ps, name);
  n->v.alias.asname = asname ? mt_parse_ident(ps, *asname) : NULL;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_import(mt_parse_state *ps, mt_token kw, mt_ast_seq *names) {
  mt_ast_node *n = stmt1(ps, MT_AST_Import, TS(kw), body_end(names));
  n->v.Import.names = *names;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_import_from(mt_parse_state *ps, mt_token kw, uint32_t level, const mt_token *module,
                                  mt_ast_seq *names) {
  mt_ast_node *n = stmt1(ps, MT_AST_ImportFrom, TS(kw), body_end(names));
  n->v.ImportFrom.module = module ? dotted_ident(ps, module) : NULL;
  n->v.ImportFrom.names = *names;
  n->v.ImportFrom.level = (int32_t)level;
  return mt_parse_fin(ps, n);
}

/* Attach decorators; the definition keeps its position (CPython 3.8+
** places a decorated def at `def`). */
mt_ast_node *mt_parse_decorated(mt_parse_state *ps, mt_ast_seq *decorators, mt_ast_node *def) {
  switch (def->kind) {
    case MT_AST_FunctionDef: def->v.FunctionDef.decorator_list = *decorators; break;
    case MT_AST_AsyncFunctionDef: def->v.AsyncFunctionDef.decorator_list = *decorators; break;
    default: def->v.ClassDef.decorator_list = *decorators; break;
  }
  return mt_parse_fin(ps, def);
}

MT_STATIC_ASSERT(sizeof(mt_ast_FunctionDef) == sizeof(mt_ast_AsyncFunctionDef), "same fields");
MT_STATIC_ASSERT(sizeof(mt_ast_For) == sizeof(mt_ast_AsyncFor), "same fields");
MT_STATIC_ASSERT(sizeof(mt_ast_With) == sizeof(mt_ast_AsyncWith), "same fields");
MT_STATIC_ASSERT(sizeof(mt_ast_Try) == sizeof(mt_ast_TryStar), "same fields");

/* async def/for/with: the same fields under the Async kind. */
mt_ast_node *mt_parse_async(mt_parse_state *ps, mt_token kw, mt_ast_node *stmt) {
  mt_ast_kind kind = stmt->kind == MT_AST_FunctionDef ? MT_AST_AsyncFunctionDef
                     : stmt->kind == MT_AST_For       ? MT_AST_AsyncFor
                                                      : MT_AST_AsyncWith;
  mt_ast_node *n = stmt1(ps, kind, TS(kw), NE(stmt));
  switch (kind) {
    case MT_AST_AsyncFunctionDef:
      memcpy(&n->v.AsyncFunctionDef, &stmt->v.FunctionDef, sizeof n->v.AsyncFunctionDef);
      break;
    case MT_AST_AsyncFor:
      memcpy(&n->v.AsyncFor, &stmt->v.For, sizeof n->v.AsyncFor);
      break;
    default:
      memcpy(&n->v.AsyncWith, &stmt->v.With, sizeof n->v.AsyncWith);
      break;
  }
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_if(mt_parse_state *ps, mt_token kw, mt_ast_node *test, mt_ast_seq *body) {
  mt_ast_node *n = stmt1(ps, MT_AST_If, TS(kw), body_end(body));
  n->v.If.test = test;
  n->v.If.body = *body;
  return n; /* finished by mt_parse_if_chain once its orelse is known */
}

/* Nest if/elif clauses from the last one outwards. */
mt_ast_node *mt_parse_if_chain(mt_parse_state *ps, mt_ast_seq *clauses, mt_ast_seq *orelse) {
  mt_ast_seq tail = mt_parse_seq_take(orelse);
  for (uint32_t i = clauses->len; i-- > 0;) {
    mt_ast_node *n = clauses->items[i];
    n->v.If.orelse = tail;
    if (tail.len) {
      n->end_line = tail.items[tail.len - 1]->end_line;
      n->end_col = tail.items[tail.len - 1]->end_col;
    }
    mt_parse_fin(ps, n);
    tail = *mt_parse_seq_add(ps, NULL, n);
  }
  return clauses->items[0];
}

mt_ast_node *mt_parse_while(mt_parse_state *ps, mt_token kw, mt_ast_node *test, mt_ast_seq *body,
                            mt_ast_seq *orelse) {
  mt_ast_node *n = stmt1(ps, MT_AST_While, TS(kw), body_end(orelse ? orelse : body));
  n->v.While.test = test;
  n->v.While.body = *body;
  n->v.While.orelse = mt_parse_seq_take(orelse);
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_for(mt_parse_state *ps, mt_token kw, mt_ast_node *target, mt_ast_node *iter,
                          mt_ast_seq *body, mt_ast_seq *orelse) {
  mt_parse_set_ctx(ps, target, MT_AST_CTX_Store, MT_TARGET_ASSIGN);
  mt_ast_node *n = stmt1(ps, MT_AST_For, TS(kw), body_end(orelse ? orelse : body));
  n->v.For.target = target;
  n->v.For.iter = iter;
  n->v.For.body = *body;
  n->v.For.orelse = mt_parse_seq_take(orelse);
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_try(mt_parse_state *ps, mt_token kw, mt_ast_seq *body, mt_ast_seq *handlers,
                          mt_ast_seq *orelse, mt_ast_seq *final) {
  bool star = false;
  for (uint32_t i = 0; handlers && i < handlers->len; i++) {
    bool s = handlers->items[i]->flags & MT_AST_F_STAR_HANDLER;
    if (i && s != star) {
      mt_ast_node *h = handlers->items[i];
      mt_pos end = {h->line, h->col + 6 + s};
      mt_parse_fail(ps, MT_SE_SYNTAX, NS(h), end, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star = s;
  }
  const mt_ast_seq *last = final ? final : orelse ? orelse : handlers ? handlers : body;
  mt_ast_node *n = stmt1(ps, star ? MT_AST_TryStar : MT_AST_Try, TS(kw), body_end(last));
  n->v.Try.body = *body;
  n->v.Try.handlers = mt_parse_seq_take(handlers);
  n->v.Try.orelse = mt_parse_seq_take(orelse);
  n->v.Try.finalbody = mt_parse_seq_take(final);
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_handler(mt_parse_state *ps, mt_token kw, bool star, mt_ast_node *type,
                              const mt_token *name, mt_ast_seq *body) {
  if (type && type->kind == MT_AST_Tuple && !(type->flags & (MT_AST_F_DISPLAY | MT_AST_F_PAREN)))
    mt_parse_fail_node(ps, type, "multiple exception types must be parenthesized");
  mt_ast_node *n = mt_parse_node(ps, MT_AST_ExceptHandler, TS(kw), body_end(body));
  n->v.ExceptHandler.type = type;
  n->v.ExceptHandler.name = name ? mt_parse_ident(ps, *name) : NULL;
  n->v.ExceptHandler.body = *body;
  if (star) n->flags |= MT_AST_F_STAR_HANDLER;
  return mt_parse_fin(ps, n);
}

/* Can a parenthesized tuple's element stand as a with item of its own?
** CPython's `with (a, b):` items are `expression`s: no starred, no
** unparenthesized walrus. */
static bool plain_with_item(const mt_ast_node *e) {
  if (e->flags & MT_AST_F_PAREN) return true;
  return e->kind != MT_AST_Starred && e->kind != MT_AST_NamedExpr;
}

/* with a, b: / with (a as b, c): / with (a, b): all become a list of
** withitems; a lone parenthesized tuple of plain expressions lists its
** elements (CPython's grammar tries the parenthesized form first). */
mt_ast_node *mt_parse_with(mt_parse_state *ps, mt_token kw, mt_ast_seq *items, mt_ast_seq *body) {
  mt_ast_node *first = items->items[0];
  if (items->len == 1 && first->kind == MT_AST_ParenWithItems) {
    items = &first->v.ParenWithItems.items;
  } else if (items->len == 1 && !first->v.withitem.optional_vars) {
    mt_ast_node *t = first->v.withitem.context_expr;
    bool explode = t->kind == MT_AST_Tuple && (t->flags & MT_AST_F_DISPLAY) && !(t->flags & MT_AST_F_PAREN) &&
                   t->v.Tuple.elts.len > 0;
    for (uint32_t i = 0; explode && i < t->v.Tuple.elts.len; i++) explode = plain_with_item(t->v.Tuple.elts.items[i]);
    if (explode) {
      mt_ast_seq *exploded = NULL;
      for (uint32_t i = 0; i < t->v.Tuple.elts.len; i++)
        exploded = mt_parse_seq_add(ps, exploded, mt_parse_withitem(ps, t->v.Tuple.elts.items[i], NULL, NULL, false));
      items = exploded;
    }
  }
  mt_ast_node *n = stmt1(ps, MT_AST_With, TS(kw), body_end(body));
  n->v.With.items = *items;
  n->v.With.body = *body;
  return mt_parse_fin(ps, n); /* a ParenWithItems left among several items fails here */
}

mt_ast_node *mt_parse_funcdef(mt_parse_state *ps, mt_token kw, mt_token name, mt_params *params,
                              mt_ast_node *returns, mt_ast_seq *body) {
  mt_ast_node *n = stmt1(ps, MT_AST_FunctionDef, TS(kw), body_end(body));
  n->v.FunctionDef.name = mt_parse_ident(ps, name);
  n->v.FunctionDef.args = mt_parse_fin(ps, params->args);
  n->v.FunctionDef.body = *body;
  n->v.FunctionDef.returns = returns;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_classdef(mt_parse_state *ps, mt_token kw, mt_token name, mt_ast_seq *args,
                               const mt_token *rpar, mt_ast_seq *body) {
  mt_ast_node *n = stmt1(ps, MT_AST_ClassDef, TS(kw), body_end(body));
  n->v.ClassDef.name = mt_parse_ident(ps, name);
  if (args) mt_parse_class_args(ps, args, &n->v.ClassDef.bases, &n->v.ClassDef.keywords, *rpar);
  n->v.ClassDef.body = *body;
  return mt_parse_fin(ps, n);
}

/*
** {==================================================================
** Parameters
** ===================================================================
*/

mt_params *mt_parse_params(mt_parse_state *ps) {
  mt_params *p = mt_parse_alloc(ps, sizeof *p);
  memset(p, 0, sizeof *p);
  mt_pos none = {0, 0};
  p->args = mt_parse_node(ps, MT_AST_arguments, none, none);
  return p;
}

mt_param *mt_parse_param(mt_parse_state *ps, mt_param_kind kind, const mt_token *sym, mt_token name,
                         mt_ast_node *ann, const mt_token *equal, mt_ast_node *def) {
  mt_param *p = mt_parse_alloc(ps, sizeof *p);
  memset(p, 0, sizeof *p);
  p->kind = (uint8_t)kind;
  p->sym = sym ? *sym : name;
  if (equal) p->equal = *equal;
  p->def = def;
  if (kind != MT_PARAM_BARE_STAR && kind != MT_PARAM_SLASH) {
    mt_ast_node *a = mt_parse_node(ps, MT_AST_arg, TS(name), ann ? NE(ann) : TE(name));
    a->v.arg.arg = mt_parse_ident(ps, name);
    a->v.arg.annotation = ann;
    p->arg = mt_parse_fin(ps, a);
  }
  return p;
}

static _Noreturn void param_fail(mt_parse_state *ps, const mt_param *p, const char *msg) {
  mt_parse_fail_at(ps, MT_SE_SYNTAX, p->sym, "%s", msg);
}

/* File one parameter, checking the order rules as CPython words them. */
mt_params *mt_parse_params_add(mt_parse_state *ps, mt_params *params, mt_param *p) {
  mt_ast_arguments *a = &params->args->v.arguments;
  if (params->section == 2) param_fail(ps, p, "arguments cannot follow var-keyword argument");
  switch ((mt_param_kind)p->kind) {
    case MT_PARAM_SLASH:
      if (params->slash) param_fail(ps, p, "/ may appear only once");
      if (params->section) param_fail(ps, p, "/ must be ahead of *");
      if (!a->args.len) param_fail(ps, p, "invalid syntax");
      a->posonlyargs = a->args;
      memset(&a->args, 0, sizeof a->args);
      params->slash = true;
      break;
    case MT_PARAM_PLAIN:
      if (params->section == 1) {
        mt_parse_seq_add(ps, &a->kwonlyargs, p->arg);
        mt_parse_seq_add(ps, &a->kw_defaults, p->def);
        params->bare_star = NULL;
        break;
      }
      if (p->def) {
        mt_parse_seq_add(ps, &a->defaults, p->def);
        params->defaults = true;
      } else if (params->defaults) {
        param_fail(ps, p, "non-default argument follows default argument");
      }
      mt_parse_seq_add(ps, &a->args, p->arg);
      break;
    case MT_PARAM_STAR:
    case MT_PARAM_BARE_STAR:
      if (params->section) param_fail(ps, p, "* argument may appear only once");
      if (p->def) mt_parse_fail_at(ps, MT_SE_SYNTAX, p->equal, "var-positional argument cannot have default value");
      params->section = 1;
      if (p->kind == MT_PARAM_STAR) a->vararg = p->arg;
      else params->bare_star = p;
      break;
    case MT_PARAM_DSTAR:
      if (p->def) mt_parse_fail_at(ps, MT_SE_SYNTAX, p->equal, "var-keyword argument cannot have default value");
      if (params->bare_star) param_fail(ps, params->bare_star, "named arguments must follow bare *");
      a->kwarg = p->arg;
      params->section = 2;
      break;
  }
  return params;
}

mt_params *mt_parse_params_end(mt_parse_state *ps, mt_params *params, bool lambda) {
  if (params->bare_star) {
    if (lambda) mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "named arguments must follow bare *");
    param_fail(ps, params->bare_star, "named arguments must follow bare *");
  }
  return params;
}
