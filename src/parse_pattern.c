/*
** parse_pattern.c: grammar actions for the match statement and its
** patterns (PEP 634), with CPython 3.11's checks and messages.
*/
#include "parse_internal.h"

#include <string.h>

static bool is_wildcard(mt_parse_state *ps, mt_token name) {
  return name.len == 1 && ps->src[name.off] == '_';
}

/* A capture target: any name but `_`. */
static const mt_ast_id *capture_name(mt_parse_state *ps, mt_token name) {
  if (is_wildcard(ps, name)) mt_parse_fail_at(ps, MT_SE_SYNTAX, name, "cannot use '_' as a target");
  return mt_parse_ident(ps, name);
}

mt_ast_node *mt_parse_match(mt_parse_state *ps, mt_token kw, mt_ast_seq *subject, const mt_token *comma,
                            mt_ast_seq *cases) {
  mt_ast_node *s = subject->items[0];
  if (comma || subject->len > 1) {
    mt_pos end = comma ? TE(*comma) : NE(subject->items[subject->len - 1]);
    s = mt_parse_tuple(ps, subject, NS(s), end, 0);
  } else if (s->kind == MT_AST_Starred) {
    mt_parse_fail_node(ps, s, "invalid syntax");
  }
  mt_ast_node *n = mt_parse_node(ps, MT_AST_Match, TS(kw), NE(cases->items[cases->len - 1]));
  n->v.Match.subject = s;
  n->v.Match.cases = *cases;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_case(mt_parse_state *ps, mt_ast_node *pattern, mt_ast_node *guard, mt_ast_seq *body) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_match_case, NS(pattern), NE(body->items[body->len - 1]));
  n->v.match_case.pattern = pattern;
  n->v.match_case.guard = guard;
  n->v.match_case.body = *body;
  return mt_parse_fin(ps, n);
}

static mt_ast_node *sequence(mt_parse_state *ps, mt_ast_seq *items, mt_pos start, mt_pos end) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchSequence, start, end);
  n->v.MatchSequence.patterns = mt_parse_seq_take(items);
  return mt_parse_fin(ps, n);
}

/* case a, *b: is a sequence; case a: is the pattern itself. */
mt_ast_node *mt_parse_pattern_seq(mt_parse_state *ps, mt_ast_seq *items, const mt_token *comma) {
  mt_ast_node *first = items->items[0];
  if (!comma && items->len == 1) {
    if (first->kind == MT_AST_MatchStar) mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "invalid syntax");
    return first;
  }
  return sequence(ps, items, NS(first), comma ? TE(*comma) : NE(items->items[items->len - 1]));
}

mt_ast_node *mt_parse_star_pattern(mt_parse_state *ps, mt_token star, mt_token name) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchStar, TS(star), TE(name));
  n->v.MatchStar.name = is_wildcard(ps, name) ? NULL : mt_parse_ident(ps, name);
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_as_pattern(mt_parse_state *ps, mt_ast_node *p, mt_token name) {
  const mt_ast_id *id = capture_name(ps, name);
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchAs, NS(p), TE(name));
  n->v.MatchAs.pattern = p;
  n->v.MatchAs.name = id;
  return mt_parse_fin(ps, n);
}

/* a | b | c is one MatchOr; a parenthesized (a | b) stays one alternative. */
mt_ast_node *mt_parse_or_pattern(mt_parse_state *ps, mt_ast_node *l, mt_ast_node *r) {
  if (l->kind == MT_AST_MatchOr && !(l->flags & MT_AST_F_PAREN)) {
    mt_parse_seq_add(ps, &l->v.MatchOr.patterns, r);
    mt_parse_absorb(ps, l, r, MT_AST_CAT_PATTERN);
    return l;
  }
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchOr, NS(l), NE(r));
  mt_parse_seq_add(ps, &n->v.MatchOr.patterns, l);
  mt_parse_seq_add(ps, &n->v.MatchOr.patterns, r);
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_value_pattern(mt_parse_state *ps, mt_ast_node *value) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchValue, NS(value), NE(value));
  n->v.MatchValue.value = value;
  return mt_parse_fin(ps, n);
}

/* The number inside a signed number (-1 -> 1). */
static const mt_ast_node *unsigned_part(const mt_ast_node *n) {
  return n->kind == MT_AST_UnaryOp ? n->v.UnaryOp.operand : n;
}

/* real +/- imaginary, as a pattern literal or a mapping key. */
mt_ast_node *mt_parse_complex_literal(mt_parse_state *ps, mt_ast_node *real, mt_ast_op op, mt_token imag) {
  const mt_ast_node *r = unsigned_part(real);
  if (r->v.Constant.value.kind == MT_AST_CONST_IMAG)
    mt_parse_fail_node(ps, r, "real number required in complex literal");
  mt_ast_node *i = mt_parse_number(ps, imag);
  if (i->v.Constant.value.kind != MT_AST_CONST_IMAG)
    mt_parse_fail_node(ps, i, "imaginary number required in complex literal");
  return mt_parse_binop(ps, real, op, i);
}

mt_ast_node *mt_parse_singleton_pattern(mt_parse_state *ps, mt_token kw, mt_ast_const_kind kind) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchSingleton, TS(kw), TE(kw));
  n->v.MatchSingleton.value.kind = (uint8_t)kind;
  return mt_parse_fin(ps, n);
}

/* x captures, _ is the wildcard, a.b is a value. */
mt_ast_node *mt_parse_name_pattern(mt_parse_state *ps, mt_ast_node *name) {
  if (name->kind == MT_AST_Attribute) return mt_parse_value_pattern(ps, name);
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchAs, NS(name), NE(name));
  const mt_ast_id *id = name->v.Name.id;
  n->v.MatchAs.name = id->len == 1 && id->s[0] == '_' ? NULL : id;
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_keyword_pattern(mt_parse_state *ps, mt_token name, mt_ast_node *p) {
  /* an unfinished keyword node carrying (name, pattern) to the class pattern */
  mt_ast_node *n = mt_parse_node(ps, MT_AST_keyword, TS(name), NE(p));
  n->v.keyword.arg = mt_parse_ident(ps, name);
  n->v.keyword.value = p;
  return n;
}

mt_ast_node *mt_parse_class_pattern(mt_parse_state *ps, mt_ast_node *cls, mt_ast_seq *args, mt_token rpar) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchClass, NS(cls), TE(rpar));
  mt_ast_MatchClass *m = &n->v.MatchClass;
  m->cls = cls;
  for (uint32_t i = 0; args && i < args->len; i++) {
    mt_ast_node *a = args->items[i];
    if (a->kind == MT_AST_keyword) {
      if (mt_ast_ids_push(ps->arena, &m->kwd_attrs, a->v.keyword.arg)) mt_parse_out_of_memory(ps);
      mt_parse_seq_add(ps, &m->kwd_patterns, a->v.keyword.value);
    } else {
      if (m->kwd_attrs.len) mt_parse_fail_node(ps, a, "positional patterns follow keyword patterns");
      mt_parse_seq_add(ps, &m->patterns, a);
    }
  }
  return mt_parse_fin(ps, n);
}

mt_ast_node *mt_parse_paren_pattern(mt_parse_state *ps, mt_token lpar, mt_ast_seq *items, bool comma,
                                    mt_token rpar) {
  if (items && !comma && items->len == 1) {
    mt_ast_node *p = items->items[0];
    if (p->kind == MT_AST_MatchStar) mt_parse_fail_at(ps, MT_SE_SYNTAX, rpar, "invalid syntax");
    p->flags |= MT_AST_F_PAREN;
    return p;
  }
  return sequence(ps, items, TS(lpar), TE(rpar));
}

mt_ast_node *mt_parse_list_pattern(mt_parse_state *ps, mt_token lsqb, mt_ast_seq *items, mt_token rsqb) {
  return sequence(ps, items, TS(lsqb), TE(rsqb));
}

/* Mapping items arrive as one-entry MatchMapping nodes (or a rest-only
** one for **rest) and are merged into the first; **rest must be last. */
mt_ast_node *mt_parse_map_item(mt_parse_state *ps, mt_ast_node *key, mt_ast_node *p) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchMapping, NS(key), NE(p));
  mt_parse_seq_add(ps, &n->v.MatchMapping.keys, key);
  mt_parse_seq_add(ps, &n->v.MatchMapping.patterns, p);
  return n;
}

mt_ast_node *mt_parse_map_rest(mt_parse_state *ps, mt_token dstar, mt_token name) {
  if (is_wildcard(ps, name)) mt_parse_fail_at(ps, MT_SE_SYNTAX, name, "invalid syntax");
  mt_ast_node *n = mt_parse_node(ps, MT_AST_MatchMapping, TS(dstar), TE(name));
  n->v.MatchMapping.rest = mt_parse_ident(ps, name);
  return n;
}

mt_ast_node *mt_parse_map_add(mt_parse_state *ps, mt_ast_node *m, mt_ast_node *item) {
  if (!m) return item;
  if (m->v.MatchMapping.rest) mt_parse_fail_node(ps, item, "invalid syntax");
  if (item->v.MatchMapping.rest) {
    m->v.MatchMapping.rest = item->v.MatchMapping.rest;
  } else {
    mt_parse_seq_add(ps, &m->v.MatchMapping.keys, item->v.MatchMapping.keys.items[0]);
    mt_parse_seq_add(ps, &m->v.MatchMapping.patterns, item->v.MatchMapping.patterns.items[0]);
  }
  return m;
}

mt_ast_node *mt_parse_map_name_key(mt_parse_state *ps, mt_ast_node *name) {
  if (name->kind == MT_AST_Name) mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "invalid syntax");
  return name;
}

mt_ast_node *mt_parse_mapping_pattern(mt_parse_state *ps, mt_token lbrace, mt_ast_node *m, mt_token rbrace) {
  if (!m) m = mt_parse_node(ps, MT_AST_MatchMapping, TS(lbrace), TE(rbrace));
  m->line = lbrace.line;
  m->col = lbrace.col;
  m->end_line = rbrace.end_line;
  m->end_col = rbrace.end_col;
  return mt_parse_fin(ps, m);
}
