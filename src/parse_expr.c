/*
** parse_expr.c: grammar actions for expressions, and the checks that turn
** an expression parsed in Load context into an assignment target.
*/
#include "parse_internal.h"

#include <string.h>

static mt_ast_node *expr1(mt_parse_state *ps, mt_ast_kind kind, mt_pos start, mt_pos end) {
  return mt_parse_node(ps, kind, start, end);
}

mt_ast_node *mt_parse_name(mt_parse_state *ps, mt_token tok) {
  mt_ast_node *n = expr1(ps, MT_AST_Name, TS(tok), TE(tok));
  n->v.Name.id = mt_parse_ident(ps, tok);
  n->v.Name.ctx = MT_AST_CTX_Load;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_constant(mt_parse_state *ps, mt_token tok, mt_ast_const_kind kind) {
  mt_ast_node *n = expr1(ps, MT_AST_Constant, TS(tok), TE(tok));
  n->v.Constant.value.kind = (uint8_t)kind;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_binop(mt_parse_state *ps, mt_ast_node *l, mt_ast_op op, mt_ast_node *r) {
  mt_ast_node *n = expr1(ps, MT_AST_BinOp, NS(l), NE(r));
  n->v.BinOp.left = l;
  n->v.BinOp.op = (uint8_t)op;
  n->v.BinOp.right = r;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_unary(mt_parse_state *ps, mt_token optok, mt_ast_op op, mt_ast_node *e) {
  mt_ast_node *n = expr1(ps, MT_AST_UnaryOp, TS(optok), NE(e));
  n->v.UnaryOp.op = (uint8_t)op;
  n->v.UnaryOp.operand = e;
  return mt_parse_fin(ps, n);
}

/* a or b or c is one BoolOp with three values (as in CPython); a
** parenthesized (a or b) stays a separate operand. */
mt_ast_node *mt_parse_boolop(mt_parse_state *ps, mt_ast_node *l, mt_ast_op op, mt_ast_node *r) {
  if (l->kind == MT_AST_BoolOp && l->v.BoolOp.op == op && !(l->flags & MT_AST_F_PAREN)) {
    mt_parse_seq_add(ps, &l->v.BoolOp.values, r);
    mt_parse_absorb(ps, l, r, MT_AST_CAT_EXPR);
    return l;
  }
  mt_ast_node *n = expr1(ps, MT_AST_BoolOp, NS(l), NE(r));
  n->v.BoolOp.op = (uint8_t)op;
  mt_parse_seq_add(ps, &n->v.BoolOp.values, l);
  mt_parse_seq_add(ps, &n->v.BoolOp.values, r);
  return mt_parse_fin(ps, n);
}

/* a < b < c is one Compare with two operators. */
mt_ast_node *mt_parse_compare(mt_parse_state *ps, mt_ast_node *l, int op, mt_ast_node *r) {
  mt_ast_node *n = l;
  bool chain = l->kind == MT_AST_Compare && !(l->flags & MT_AST_F_PAREN);
  if (!chain) {
    n = expr1(ps, MT_AST_Compare, NS(l), NE(r));
    n->v.Compare.left = l;
  }
  if (mt_ast_ops_push(ps->arena, &n->v.Compare.ops, (mt_ast_op)op)) mt_parse_out_of_memory(ps);
  mt_parse_seq_add(ps, &n->v.Compare.comparators, r);
  if (!chain) return mt_parse_fin(ps, n);
  mt_parse_absorb(ps, n, r, MT_AST_CAT_EXPR);
  return n;
}

mt_ast_node *mt_parse_ifexp(mt_parse_state *ps, mt_ast_node *body, mt_ast_node *test, mt_ast_node *orelse) {
  mt_ast_node *n = expr1(ps, MT_AST_IfExp, NS(body), NE(orelse));
  n->v.IfExp.test = test;
  n->v.IfExp.body = body;
  n->v.IfExp.orelse = orelse;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_lambda(mt_parse_state *ps, mt_token kw, mt_params *params, mt_ast_node *body) {
  mt_ast_node *n = expr1(ps, MT_AST_Lambda, TS(kw), NE(body));
  n->v.Lambda.args = mt_parse_fin(ps, params->args);
  n->v.Lambda.body = body;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_named_expr(mt_parse_state *ps, mt_ast_node *target, mt_ast_node *value) {
  if (target->kind != MT_AST_Name || (target->flags & MT_AST_F_PAREN))
    mt_parse_fail_node(ps, target, "cannot use assignment expressions with %s", mt_parse_expr_name(target));
  target->v.Name.ctx = MT_AST_CTX_Store;
  mt_ast_node *n = expr1(ps, MT_AST_NamedExpr, NS(target), NE(value));
  n->v.NamedExpr.target = target;
  n->v.NamedExpr.value = value;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_await(mt_parse_state *ps, mt_token kw, mt_ast_node *e) {
  mt_ast_node *n = expr1(ps, MT_AST_Await, TS(kw), NE(e));
  n->v.Await.value = e;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_yield(mt_parse_state *ps, mt_token kw, mt_ast_node *e, bool from) {
  mt_ast_node *n = expr1(ps, from ? MT_AST_YieldFrom : MT_AST_Yield, TS(kw), e ? NE(e) : TE(kw));
  if (from) n->v.YieldFrom.value = e;
  else n->v.Yield.value = e;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_starred(mt_parse_state *ps, mt_token star, mt_ast_node *e) {
  mt_ast_node *n = expr1(ps, MT_AST_Starred, TS(star), NE(e));
  n->v.Starred.value = e;
  n->v.Starred.ctx = MT_AST_CTX_Load;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_attribute(mt_parse_state *ps, mt_ast_node *value, mt_token name) {
  mt_ast_node *n = expr1(ps, MT_AST_Attribute, NS(value), TE(name));
  n->v.Attribute.value = value;
  n->v.Attribute.attr = mt_parse_ident(ps, name);
  n->v.Attribute.ctx = MT_AST_CTX_Load;
  return mt_parse_fin(ps, n);
}

/* Split call arguments into positional ones and keywords, enforcing
** Python's order: positional and *iterable before name=value and
** **mapping, no positional after either, no *iterable after **mapping;
** a bare generator expression must be the only argument. */
static void split_args(mt_parse_state *ps, mt_ast_seq *items, mt_ast_seq *args, mt_ast_seq *keywords,
                       mt_token rpar) {
  if (!items) return;
  bool kw = false;
  mt_ast_node *dstar = NULL; /* the first **mapping argument */
  for (uint32_t i = 0; i < items->len; i++) {
    mt_ast_node *a = items->items[i];
    if ((a->flags & MT_AST_F_BARE_GEN) && items->len > 1)
      mt_parse_fail_node(ps, a, "Generator expression must be parenthesized");
  }
  for (uint32_t i = 0; i < items->len; i++) {
    mt_ast_node *a = items->items[i];
    if (a->kind == MT_AST_keyword) {
      if (a->v.keyword.arg) kw = true;
      else if (!dstar) dstar = a;
      mt_parse_seq_add(ps, keywords, a);
      continue;
    }
    /* CPython points at the first **mapping for a misplaced *iterable, and
    ** at the closing parenthesis for a misplaced positional argument */
    if (a->kind == MT_AST_Starred) {
      if (dstar)
        mt_parse_fail_node(ps, dstar, "iterable argument unpacking follows keyword argument unpacking");
    } else if (dstar) {
      mt_parse_fail_at(ps, MT_SE_SYNTAX, rpar, "positional argument follows keyword argument unpacking");
    } else if (kw) {
      mt_parse_fail_at(ps, MT_SE_SYNTAX, rpar, "positional argument follows keyword argument");
    }
    mt_parse_seq_add(ps, args, a);
  }
}

mt_ast_node *mt_parse_call(mt_parse_state *ps, mt_ast_node *func, mt_ast_seq *args, mt_token rpar) {
  mt_ast_node *n = expr1(ps, MT_AST_Call, NS(func), TE(rpar));
  n->v.Call.func = func;
  split_args(ps, args, &n->v.Call.args, &n->v.Call.keywords, rpar);
  return mt_parse_fin(ps, n);
}

/* Class bases use the call-argument grammar but admit no bare generator. */
void mt_parse_class_args(mt_parse_state *ps, mt_ast_seq *items, mt_ast_seq *bases, mt_ast_seq *keywords,
                         mt_token rpar) {
  for (uint32_t i = 0; items && i < items->len; i++) {
    mt_ast_node *a = items->items[i];
    if (a->flags & MT_AST_F_BARE_GEN) {
      const mt_ast_node *g = a->v.GeneratorExp.generators.items[0];
      mt_pos start = NS(g), end = {g->line, g->col + 3};
      mt_parse_fail(ps, MT_SE_SYNTAX, start, end, "invalid syntax");
    }
  }
  split_args(ps, items, bases, keywords, rpar);
}

mt_ast_node *mt_parse_keyword_arg(mt_parse_state *ps, mt_ast_node *key, mt_token equal, mt_ast_node *value) {
  if (key->kind != MT_AST_Name || (key->flags & MT_AST_F_PAREN)) {
    if (key->kind == MT_AST_Constant && key->v.Constant.value.kind <= MT_AST_CONST_FALSE)
      mt_parse_fail(ps, MT_SE_SYNTAX, NS(key), TE(equal), "cannot assign to %s", mt_parse_expr_name(key));
    mt_parse_fail(ps, MT_SE_SYNTAX, NS(key), TE(equal),
                  "expression cannot contain assignment, perhaps you meant \"==\"?");
  }
  mt_ast_node *n = mt_parse_node(ps, MT_AST_keyword, NS(key), NE(value));
  n->v.keyword.arg = key->v.Name.id;
  n->v.keyword.value = value;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_dstar_arg(mt_parse_state *ps, mt_token dstar, mt_ast_node *value) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_keyword, TS(dstar), NE(value));
  n->v.keyword.value = value;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_subscript(mt_parse_state *ps, mt_ast_node *value, mt_ast_node *slice, mt_token rsqb) {
  mt_ast_node *n = expr1(ps, MT_AST_Subscript, NS(value), TE(rsqb));
  n->v.Subscript.value = value;
  n->v.Subscript.slice = slice;
  n->v.Subscript.ctx = MT_AST_CTX_Load;
  return mt_parse_fin(ps, n);
}

/* a[x] is x itself; a[x,], a[x, y] and a[*x] subscript with a Tuple. */
mt_ast_node *mt_parse_subscript_items(mt_parse_state *ps, mt_ast_seq *items, const mt_token *comma) {
  mt_ast_node *first = items->items[0];
  if (!comma && items->len == 1 && first->kind != MT_AST_Starred) return first;
  mt_pos end = comma ? TE(*comma) : NE(items->items[items->len - 1]);
  return mt_parse_tuple(ps, items, NS(first), end, 0);
}

mt_ast_node *mt_parse_slice(mt_parse_state *ps, mt_ast_node *lower, mt_token colon, mt_ast_node *upper,
                            const mt_token *colon2, mt_ast_node *step) {
  mt_pos end = step ? NE(step) : colon2 ? TE(*colon2) : upper ? NE(upper) : TE(colon);
  mt_ast_node *n = expr1(ps, MT_AST_Slice, lower ? NS(lower) : TS(colon), end);
  n->v.Slice.lower = lower;
  n->v.Slice.upper = upper;
  n->v.Slice.step = step;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_tuple(mt_parse_state *ps, mt_ast_seq *elts, mt_pos start, mt_pos end, int flags) {
  mt_ast_node *n = expr1(ps, MT_AST_Tuple, start, end);
  n->v.Tuple.elts = mt_parse_seq_take(elts);
  n->v.Tuple.ctx = MT_AST_CTX_Load;
  n->flags = (uint8_t)flags;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_tuple_or_item(mt_parse_state *ps, mt_ast_seq *elts) {
  if (elts->len == 1) return elts->items[0];
  return mt_parse_tuple(ps, elts, NS(elts->items[0]), NE(elts->items[elts->len - 1]), 0);
}

mt_ast_node *mt_parse_paren(mt_parse_state *ps, mt_ast_node *e) {
  (void)ps;
  e->flags |= MT_AST_F_PAREN;
  return e;
}

/* ( ... ): a parenthesized expression, a tuple display, or the
** parenthesized item list of a with statement when an item has `as`. */
mt_ast_node *mt_parse_paren_group(mt_parse_state *ps, mt_token lpar, mt_ast_seq *elts, bool comma,
                                  mt_token rpar) {
  const mt_ast_node *as_item = NULL;
  for (uint32_t i = 0; i < elts->len && !as_item; i++)
    if (elts->items[i]->kind == MT_AST_withitem) as_item = elts->items[i];
  if (as_item) {
    mt_ast_node *n = mt_parse_node(ps, MT_AST_ParenWithItems, NS(as_item), NE(as_item));
    for (uint32_t i = 0; i < elts->len; i++) {
      mt_ast_node *item = elts->items[i];
      if (item->kind != MT_AST_withitem) item = mt_parse_withitem(ps, item, NULL, NULL, false);
      mt_parse_seq_add(ps, &n->v.ParenWithItems.items, item);
    }
    mt_parse_fin(ps, n);
    return n;
  }
  if (!comma && elts->len == 1) {
    mt_ast_node *e = elts->items[0];
    if (e->kind == MT_AST_Starred) mt_parse_fail_node(ps, e, "cannot use starred expression here");
    return mt_parse_paren(ps, e);
  }
  return mt_parse_tuple(ps, elts, TS(lpar), TE(rpar), MT_AST_F_DISPLAY);
}

mt_ast_node *mt_parse_list(mt_parse_state *ps, mt_pos start, mt_ast_seq *elts, mt_pos end) {
  mt_ast_node *n = expr1(ps, MT_AST_List, start, end);
  n->v.List.elts = mt_parse_seq_take(elts);
  n->v.List.ctx = MT_AST_CTX_Load;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_set(mt_parse_state *ps, mt_pos start, mt_ast_seq *elts, mt_pos end) {
  mt_ast_node *n = expr1(ps, MT_AST_Set, start, end);
  n->v.Set.elts = mt_parse_seq_take(elts);
  return mt_parse_fin(ps, n);
}

/* dict_items build an unfinished Dict; mt_parse_dict places and finishes it. */
mt_ast_node *mt_parse_dict_add(mt_parse_state *ps, mt_ast_node *d, mt_ast_node *key, mt_ast_node *value) {
  if (!d) d = expr1(ps, MT_AST_Dict, NS(key ? key : value), NE(value));
  mt_parse_seq_add(ps, &d->v.Dict.keys, key);
  mt_parse_seq_add(ps, &d->v.Dict.values, value);
  return d;
}

mt_ast_node *mt_parse_dict(mt_parse_state *ps, mt_pos start, mt_ast_node *d, mt_pos end) {
  if (!d) d = expr1(ps, MT_AST_Dict, start, end);
  d->line = start.line;
  d->col = start.col;
  d->end_line = end.line;
  d->end_col = end.col;
  return mt_parse_fin(ps, d);
}

void mt_parse_starred_dict_value(mt_parse_state *ps, mt_ast_node *value) {
  mt_parse_fail_node(ps, value, "cannot use a starred expression in a dictionary value");
}

mt_ast_node *mt_parse_comp(mt_parse_state *ps, mt_ast_kind kind, mt_pos start, mt_pos end, mt_ast_node *elt,
                           mt_ast_node *value, mt_ast_seq *gens) {
  mt_ast_node *n = expr1(ps, kind, start, end);
  switch (kind) {
    case MT_AST_ListComp:
      n->v.ListComp.elt = elt;
      n->v.ListComp.generators = mt_parse_seq_take(gens);
      break;
    case MT_AST_SetComp:
      n->v.SetComp.elt = elt;
      n->v.SetComp.generators = mt_parse_seq_take(gens);
      break;
    case MT_AST_DictComp:
      n->v.DictComp.key = elt;
      n->v.DictComp.value = value;
      n->v.DictComp.generators = mt_parse_seq_take(gens);
      break;
    default:
      n->v.GeneratorExp.elt = elt;
      n->v.GeneratorExp.generators = mt_parse_seq_take(gens);
      break;
  }
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_comprehension(mt_parse_state *ps, mt_token kw, mt_ast_node *target, mt_ast_node *iter,
                                    bool async) {
  mt_parse_set_ctx(ps, target, MT_AST_CTX_Store, MT_TARGET_ASSIGN);
  mt_ast_node *n = mt_parse_node(ps, MT_AST_comprehension, TS(kw), NE(iter));
  n->v.comprehension.target = target;
  n->v.comprehension.iter = iter;
  n->v.comprehension.is_async = async;
  return mt_parse_fin(ps, n);
}

void mt_parse_comp_if(mt_parse_state *ps, mt_ast_seq *gens, mt_ast_node *cond) {
  mt_ast_node *last = gens->items[gens->len - 1];
  mt_parse_seq_add(ps, &last->v.comprehension.ifs, cond);
  mt_parse_absorb(ps, last, cond, MT_AST_CAT_EXPR);
}

void mt_parse_unpack_in_comp(mt_parse_state *ps, mt_ast_node *starred) {
  mt_parse_fail_node(ps, starred, "iterable unpacking cannot be used in comprehension");
}

void mt_parse_dict_unpack_in_comp(mt_parse_state *ps, mt_token dstar, mt_ast_node *value) {
  (void)value;
  mt_parse_fail(ps, MT_SE_SYNTAX, TS(dstar), TE(dstar), "dict unpacking cannot be used in dict comprehension");
}

/* A with item, or (without a target) a parenthesized group of them passed
** through for mt_parse_with. An item inside parentheses is placed at its
** `as`, where CPython reports such a group used as an expression; a group
** that itself gets a target is an error at that `as`. */
mt_ast_node *mt_parse_withitem(mt_parse_state *ps, mt_ast_node *e, const mt_token *as, mt_ast_node *target,
                               bool in_parens) {
  if (e->kind == MT_AST_ParenWithItems) {
    if (!target) return e;
    mt_parse_fail_at(ps, MT_SE_SYNTAX, *as, "invalid syntax");
  }
  if (target) mt_parse_set_ctx(ps, target, MT_AST_CTX_Store, MT_TARGET_ASSIGN);
  mt_pos start = in_parens ? TS(*as) : NS(e), end = in_parens ? TE(*as) : target ? NE(target) : NE(e);
  mt_ast_node *n = mt_parse_node(ps, MT_AST_withitem, start, end);
  n->v.withitem.context_expr = e;
  n->v.withitem.optional_vars = target;
  return mt_parse_fin(ps, n);
}

/*
** {==================================================================
** Targets
** ===================================================================
*/

const char *mt_parse_expr_name(const mt_ast_node *e) {
  switch (e->kind) {
    case MT_AST_Attribute: return "attribute";
    case MT_AST_Subscript: return "subscript";
    case MT_AST_Starred: return "starred";
    case MT_AST_Name: return "name";
    case MT_AST_List: return "list";
    case MT_AST_Tuple: return "tuple";
    case MT_AST_Lambda: return "lambda";
    case MT_AST_Call: return "function call";
    case MT_AST_BoolOp: case MT_AST_BinOp: case MT_AST_UnaryOp: return "expression";
    case MT_AST_GeneratorExp: return "generator expression";
    case MT_AST_Yield: case MT_AST_YieldFrom: return "yield expression";
    case MT_AST_Await: return "await expression";
    case MT_AST_ListComp: return "list comprehension";
    case MT_AST_SetComp: return "set comprehension";
    case MT_AST_DictComp: return "dict comprehension";
    case MT_AST_Dict: return "dict literal";
    case MT_AST_Set: return "set display";
    case MT_AST_JoinedStr: case MT_AST_FormattedValue: return "f-string expression";
    case MT_AST_Compare: return "comparison";
    case MT_AST_IfExp: return "conditional expression";
    case MT_AST_NamedExpr: return "named expression";
    case MT_AST_Constant:
      switch (e->v.Constant.value.kind) {
        case MT_AST_CONST_NONE: return "None";
        case MT_AST_CONST_TRUE: return "True";
        case MT_AST_CONST_FALSE: return "False";
        case MT_AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
      }
    default: return "expression";
  }
}

bool mt_parse_is_bitwise_or(const mt_ast_node *e) {
  if (e->flags & MT_AST_F_PAREN) return true;
  switch (e->kind) {
    case MT_AST_Compare: case MT_AST_BoolOp: case MT_AST_IfExp: case MT_AST_Lambda:
    case MT_AST_NamedExpr: case MT_AST_Starred: case MT_AST_Yield: case MT_AST_YieldFrom:
      return false;
    case MT_AST_UnaryOp: return e->v.UnaryOp.op != MT_AST_OP_Not;
    case MT_AST_Tuple: return (e->flags & MT_AST_F_DISPLAY) != 0;
    default: return true;
  }
}

bool mt_parse_is_here_target(const mt_ast_node *e) {
  switch (e->kind) {
    case MT_AST_List: case MT_AST_Tuple: case MT_AST_GeneratorExp: return false;
    case MT_AST_Constant: return e->v.Constant.value.kind > MT_AST_CONST_FALSE && mt_parse_is_bitwise_or(e);
    default: return mt_parse_is_bitwise_or(e);
  }
}

/* The first part of e that cannot be a target, or NULL. */
const mt_ast_node *mt_parse_invalid_target(const mt_ast_node *e, mt_target_use use) {
  switch (e->kind) {
    case MT_AST_Name: case MT_AST_Attribute: case MT_AST_Subscript:
      return NULL;
    case MT_AST_Starred:
      return use == MT_TARGET_DELETE ? e : mt_parse_invalid_target(e->v.Starred.value, use);
    case MT_AST_Tuple: case MT_AST_List: {
      const mt_ast_seq *elts = e->kind == MT_AST_Tuple ? &e->v.Tuple.elts : &e->v.List.elts;
      for (uint32_t i = 0; i < elts->len; i++) {
        const mt_ast_node *bad = mt_parse_invalid_target(elts->items[i], use);
        if (bad) return bad;
      }
      return NULL;
    }
    default:
      return e;
  }
}

static void apply_ctx(mt_ast_node *e, mt_ast_ctx ctx) {
  switch (e->kind) {
    case MT_AST_Name: e->v.Name.ctx = (uint8_t)ctx; break;
    case MT_AST_Attribute: e->v.Attribute.ctx = (uint8_t)ctx; break;
    case MT_AST_Subscript: e->v.Subscript.ctx = (uint8_t)ctx; break;
    case MT_AST_Starred:
      e->v.Starred.ctx = (uint8_t)ctx;
      apply_ctx(e->v.Starred.value, ctx);
      break;
    case MT_AST_Tuple:
      e->v.Tuple.ctx = (uint8_t)ctx;
      for (uint32_t i = 0; i < e->v.Tuple.elts.len; i++) apply_ctx(e->v.Tuple.elts.items[i], ctx);
      break;
    case MT_AST_List:
      e->v.List.ctx = (uint8_t)ctx;
      for (uint32_t i = 0; i < e->v.List.elts.len; i++) apply_ctx(e->v.List.elts.items[i], ctx);
      break;
    default: break;
  }
}

void mt_parse_set_ctx(mt_parse_state *ps, mt_ast_node *e, mt_ast_ctx ctx, mt_target_use use) {
  const mt_ast_node *bad = mt_parse_invalid_target(e, use);
  if (bad) {
    const char *what = use == MT_TARGET_DELETE ? "delete" : "assign to";
    mt_parse_fail_node(ps, bad, "cannot %s %s", what, mt_parse_expr_name(bad));
  }
  apply_ctx(e, ctx);
}
