/*
** parse_error.c: what to say when the parser rejects a token.
**
** The LALR automaton only knows that the token cannot be shifted. To give
** CPython 3.11's messages for the common mistakes, this file looks at the
** context: which tokens the parser *would* accept here (mt_parser_accepts
** simulates the reductions), the statement the current logical line
** starts, the tokens just fed, the expression nodes just finished, and the
** tokens that follow. Whatever it does not recognize is "invalid syntax"
** at the offending token, as CPython says for plain errors.
*/
#include "parse_internal.h"

#include <string.h>

#include "grammar.h"

/* The outermost recently finished expression that ends exactly at pos. */
static mt_ast_node *expr_ending_at(const mt_parse_state *ps, mt_pos pos) {
  uint32_t n = ps->nrecent < MT_PARSE_RECENT ? ps->nrecent : MT_PARSE_RECENT;
  for (uint32_t i = 1; i <= n; i++) {
    mt_ast_node *e = ps->recent[(ps->nrecent - i) % MT_PARSE_RECENT];
    if (e->end_line == pos.line && e->end_col == pos.col) return e;
  }
  return NULL;
}

/* The token fed `back` tokens ago (1 = prev), or NULL. */
static const mt_token *fed(const mt_parse_state *ps, uint32_t back) {
  if (back == 0 || back > ps->nring || back > MT_PARSE_RING) return NULL;
  return &ps->ring[(ps->nring - back) % MT_PARSE_RING];
}

/* The expression just before the error token: the node that ends where the
** previous token ends. */
static mt_ast_node *expr_before(const mt_parse_state *ps) {
  return ps->prev->kind ? expr_ending_at(ps, TE(*ps->prev)) : NULL;
}

/* The last disjunction of an expression (CPython's invalid_expression
** looks at `disjunction expression`): descend through the parts that end
** with a nested expression. */
static mt_ast_node *last_disjunction(mt_ast_node *e) {
  for (;;) {
    if (e->flags & MT_AST_F_PAREN) return e;
    switch (e->kind) {
      case MT_AST_IfExp: e = e->v.IfExp.orelse; break;
      case MT_AST_Lambda: e = e->v.Lambda.body; break;
      case MT_AST_NamedExpr: e = e->v.NamedExpr.value; break;
      case MT_AST_Starred: e = e->v.Starred.value; break;
      case MT_AST_YieldFrom: e = e->v.YieldFrom.value; break;
      case MT_AST_Yield:
        if (!e->v.Yield.value) return NULL;
        e = e->v.Yield.value;
        break;
      case MT_AST_Tuple: /* unparenthesized: yield a, b */
        if (!e->v.Tuple.elts.len || (e->flags & MT_AST_F_DISPLAY)) return e;
        e = e->v.Tuple.elts.items[e->v.Tuple.elts.len - 1];
        break;
      default: return e;
    }
  }
}

/* The leftmost name an expression starts with, if it starts with one. */
static const mt_ast_id *leftmost_name(const mt_ast_node *e) {
  for (;;) {
    if (e->flags & MT_AST_F_PAREN) return NULL;
    switch (e->kind) {
      case MT_AST_Name: return e->v.Name.id;
      case MT_AST_Attribute: e = e->v.Attribute.value; break;
      case MT_AST_Call: e = e->v.Call.func; break;
      case MT_AST_Subscript: e = e->v.Subscript.value; break;
      case MT_AST_BinOp: e = e->v.BinOp.left; break;
      case MT_AST_Compare: e = e->v.Compare.left; break;
      case MT_AST_BoolOp: e = e->v.BoolOp.values.items[0]; break;
      default: return NULL;
    }
  }
}

static bool id_is(const mt_ast_id *id, const char *s) {
  return id && id->len == strlen(s) && memcmp(id->s, s, id->len) == 0;
}

/*
** {==================================================================
** Scanning an expression's extent in the tokens ahead
** ===================================================================
*/

/* Token i of the stream starting at the error token (0 = the error token). */
static bool ahead(mt_parse_state *ps, uint32_t i, mt_token *t) {
  if (i == 0) {
    *t = ps->tok;
    return true;
  }
  return mt_parse_peek(ps, i - 1, t);
}

/* Skip a bracketed group or an f-string starting at token *i; returns its
** last token. */
static bool skip_group(mt_parse_state *ps, uint32_t *i, mt_token *last) {
  uint32_t depth = 0;
  mt_token t;
  for (;; (*i)++) {
    if (!ahead(ps, *i, &t) || t.kind == 0) return false;
    switch (t.kind) {
      case TK_LPAR: case TK_LSQB: case TK_LBRACE: case TK_FSTRING_START: depth++; break;
      case TK_RPAR: case TK_RSQB: case TK_RBRACE: case TK_FSTRING_END: depth--; break;
      default: break;
    }
    if (depth == 0) {
      *last = t;
      return true;
    }
  }
}

static bool is_binary_op(uint32_t k, bool bitwise_only) {
  switch (k) {
    case TK_PLUS: case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_DOUBLESLASH: case TK_PERCENT:
    case TK_AT: case TK_DOUBLESTAR: case TK_VBAR: case TK_AMPER: case TK_CIRCUMFLEX:
    case TK_LSHIFT: case TK_RSHIFT:
      return true;
    case TK_LESS: case TK_GREATER: case TK_EQEQUAL: case TK_NOTEQUAL: case TK_LESSEQUAL:
    case TK_GREATEREQUAL: case TK_IN: case TK_NOT: case TK_IS: case TK_AND: case TK_OR:
    case TK_IF: case TK_ELSE:
      return !bitwise_only;
    default:
      return false;
  }
}

typedef enum {
  EXTENT_EXPR,       /* CPython's expression_without_invalid */
  EXTENT_BITWISE_OR, /* bitwise_or: no comparison, not, and/or, ternary, lambda */
  EXTENT_LIST        /* star_expressions: expressions joined by commas */
} extent_mode;

/* Where the expression starting at the error token ends, found by a token-level scan:
** operands with their trailers joined by operators. Sets *end and *after
** (the token following it); false when no operand starts there. */
static bool expr_extent(mt_parse_state *ps, extent_mode mode, mt_pos *end, mt_token *after) {
  bool operand = true, found = false, bitwise_only = mode == EXTENT_BITWISE_OR;
  mt_token t, last;
  memset(&last, 0, sizeof last);
  uint32_t i = 0;
  for (;; i++) {
    if (!ahead(ps, i, &t)) return false;
    uint32_t k = t.kind;
    if (operand) {
      if (k == TK_MINUS || k == TK_PLUS || k == TK_TILDE || k == TK_AWAIT || (k == TK_NOT && !bitwise_only))
        continue;
      if (k == TK_LAMBDA && !bitwise_only) {
        while (ahead(ps, ++i, &t) && t.kind != TK_COLON && t.kind != TK_NEWLINE && t.kind != 0) {}
        if (t.kind != TK_COLON) return false;
        continue;
      }
      if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE || k == TK_FSTRING_START) {
        if (!skip_group(ps, &i, &last)) return false;
      } else if (k == TK_NAME || k == TK_NUMBER || k == TK_STRING || k == TK_NONE || k == TK_TRUE ||
                 k == TK_FALSE || k == TK_ELLIPSIS || k == TK_MATCH || k == TK_CASE) {
        last = t;
      } else {
        break;
      }
      *end = TE(last);
      found = true;
      operand = false;
      continue;
    }
    if (k == TK_DOT) {
      if (!ahead(ps, ++i, &t) || t.kind != TK_NAME) break;
      *end = TE(t);
    } else if (k == TK_LPAR || k == TK_LSQB) {
      if (!skip_group(ps, &i, &last)) return false;
      *end = TE(last);
    } else if ((k == TK_STRING || k == TK_FSTRING_START) && (last.kind == TK_STRING || last.kind == TK_FSTRING_END)) {
      if (k == TK_FSTRING_START && !skip_group(ps, &i, &last)) return false;
      if (k == TK_STRING) last = t;
      *end = TE(last);
    } else if (is_binary_op(k, bitwise_only) || (k == TK_COMMA && mode == EXTENT_LIST)) {
      operand = true;
    } else {
      break;
    }
  }
  if (!found) return false;
  /* the token after the last complete operand */
  for (uint32_t j = 0;; j++) {
    if (!ahead(ps, j, after)) return false;
    if (after->line > end->line || (after->line == end->line && after->col >= end->col)) return true;
    if (after->kind == 0) return true;
  }
}

/*
** {==================================================================
** The diagnostics, most specific first
** ===================================================================
*/

/* The statement a logical line starts with, as CPython names it in
** "expected an indented block after ...", or NULL. */
static const char *statement_name(const mt_token *head, const mt_token *head2) {
  uint32_t k = head->kind == TK_ASYNC ? head2->kind : head->kind;
  switch (k) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_WITH: return "'with' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return head2->kind == TK_STAR ? "'except*' statement" : "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_MATCH: return "'match' statement";
    case TK_CASE: return "'case' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    default: return NULL;
  }
}

static bool at_end(const mt_parse_state *ps, const mt_token *t) {
  return t->kind == 0 || (t->kind == TK_DEDENT && t->off >= ps->len);
}

/* The error token's position as CPython reports it: at the end of the
** file, that of the last NEWLINE; a DEDENT (zero-width at the next line's
** first token) at the 0-based column of that token. */
static void error_span(const mt_parse_state *ps, mt_pos *start, mt_pos *end) {
  if (at_end(ps, &ps->tok) && ps->last_newline.kind) {
    mt_parse_token_span(&ps->last_newline, start, end);
  } else if (ps->tok.kind == TK_DEDENT) {
    start->line = end->line = ps->tok.line;
    start->col = end->col = ps->tok.col - 1;
  } else {
    mt_parse_token_span(&ps->tok, start, end);
  }
}

/* IndentationError for a missing block after a compound statement header. */
static void check_missing_block(mt_parse_state *ps) {
  if (ps->tok.kind == TK_INDENT || !mt_parser_accepts(ps->parser, TK_INDENT)) return;
  mt_pos start, end, none = {0, 0};
  error_span(ps, &start, &end);
  end = none; /* CPython shows no range for IndentationError */
  const char *what = statement_name(&ps->head, &ps->head2);
  if (!what) mt_parse_fail(ps, MT_SE_INDENTATION, start, end, "expected an indented block");
  mt_parse_fail(ps, MT_SE_INDENTATION, start, end, "expected an indented block after %s on line %u", what,
                (unsigned)ps->head.line);
}

/* "expected ':'" where CPython's grammar forces the colon of a compound
** statement header: before the end of the line, and right after try,
** finally, else and a def's signature. */
static void check_expected_colon(mt_parse_state *ps) {
  if (!statement_name(&ps->head, &ps->head2) || !mt_parser_accepts(ps->parser, TK_COLON)) return;
  uint32_t head = ps->head.kind == TK_ASYNC ? ps->head2.kind : ps->head.kind;
  uint32_t prev = ps->prev->kind;
  bool forced = ps->tok.kind == TK_NEWLINE || prev == TK_TRY || prev == TK_FINALLY || prev == TK_ELSE ||
                (head == TK_DEF && ps->depth == 0);
  if (forced) mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "expected ':'");
}

static void check_missing_handler(mt_parse_state *ps) {
  if (mt_parser_accepts(ps->parser, TK_EXCEPT) && mt_parser_accepts(ps->parser, TK_FINALLY) &&
      !mt_parser_accepts(ps->parser, TK_ELSE)) {
    mt_pos start, end;
    error_span(ps, &start, &end);
    mt_parse_fail(ps, MT_SE_SYNTAX, start, end, "expected 'except' or 'finally' block");
  }
}

static void check_walrus(mt_parse_state *ps) {
  if (ps->tok.kind != TK_COLONEQUAL) return;
  mt_ast_node *target = expr_before(ps);
  if (target && !(target->kind == MT_AST_Name && !(target->flags & MT_AST_F_PAREN)))
    mt_parse_fail_node(ps, target, "cannot use assignment expressions with %s", mt_parse_expr_name(target));
}

/* `if x = 1:` and friends: '=' where an expression goes on. */
/* The token fed just before the one that starts at pos, or NULL. */
static const mt_token *token_before(const mt_parse_state *ps, mt_pos pos) {
  for (uint32_t back = 1; fed(ps, back + 1); back++) {
    const mt_token *t = fed(ps, back);
    if (t->line == pos.line && t->col == pos.col) return fed(ps, back + 1);
  }
  return NULL;
}

/* Does an expression starting at pos stand where CPython's grammar has a
** named_expression (conditions, display elements, positional arguments,
** subscripts, decorators, match subjects)? */
static bool in_named_context(const mt_parse_state *ps, mt_pos pos) {
  const mt_token *t = token_before(ps, pos);
  if (!t) return false;
  switch (t->kind) {
    case TK_LPAR: case TK_LSQB: case TK_LBRACE: case TK_IF: case TK_ELIF: case TK_WHILE: case TK_AT:
    case TK_MATCH:
      return true;
    case TK_COMMA:
      return ps->depth > 0;
    default:
      return false;
  }
}

static void check_equal_in_expression(mt_parse_state *ps) {
  if (ps->tok.kind != TK_EQUAL) return;
  mt_ast_node *a = expr_before(ps);
  if (!a || !mt_parse_is_bitwise_or(a) || !in_named_context(ps, NS(a))) return;
  mt_pos end;
  mt_token after;
  /* the expression after '=' starts at the token after the error token */
  mt_token eq = ps->tok, next;
  if (!mt_parse_peek(ps, 0, &next)) return;
  ps->tok = next;
  bool ok = mt_parse_starts_expression(next.kind) && expr_extent(ps, EXTENT_BITWISE_OR, &end, &after);
  ps->tok = eq;
  if (!ok || after.kind == TK_EQUAL || after.kind == TK_COLONEQUAL) return;
  if (a->kind == MT_AST_Name && !(a->flags & MT_AST_F_PAREN))
    mt_parse_fail(ps, MT_SE_SYNTAX, NS(a), end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  if (mt_parse_is_here_target(a))
    mt_parse_fail_node(ps, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                       mt_parse_expr_name(a));
}

/* `x = a if b` without else. */
static void check_missing_else(mt_parse_state *ps) {
  if (ps->tok.kind == TK_COLON || !mt_parser_accepts(ps->parser, TK_ELSE) ||
      mt_parser_accepts(ps->parser, TK_ELIF))
    return;
  mt_ast_node *test = expr_before(ps);
  if (!test) return;
  /* the IF token sits just before the test; the body ends just before it */
  const mt_token *kw = token_before(ps, NS(test));
  const mt_token *last = kw && kw->kind == TK_IF ? token_before(ps, TS(*kw)) : NULL;
  mt_ast_node *body = last ? expr_ending_at(ps, TE(*last)) : NULL;
  if (body) mt_parse_fail(ps, MT_SE_SYNTAX, NS(body), NE(test), "expected 'else' after 'if' expression");
}

/* Two expressions side by side: a missing comma inside brackets, or
** Python 2's print statement. */
static void check_juxtaposed(mt_parse_state *ps) {
  if (!mt_parse_starts_expression(ps->tok.kind)) return;
  mt_ast_node *a = expr_before(ps);
  if (!a || !(a = last_disjunction(a))) return;
  const mt_ast_id *first = leftmost_name(a);
  bool name_string = a->kind == MT_AST_Name && (ps->tok.kind == TK_STRING || ps->tok.kind == TK_FSTRING_START);
  bool soft = id_is(first, "match") || id_is(first, "case") || id_is(first, "_");
  mt_pos end;
  mt_token after;
  bool legacy = a->kind == MT_AST_Name && !(a->flags & MT_AST_F_PAREN) &&
                (id_is(first, "print") || id_is(first, "exec")) && ps->tok.kind != TK_LPAR;
  if (legacy && expr_extent(ps, EXTENT_LIST, &end, &after))
    mt_parse_fail(ps, MT_SE_SYNTAX, NS(a), end, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                  first->s, first->s);
  if (name_string || soft || ps->depth == 0 || !expr_extent(ps, EXTENT_EXPR, &end, &after)) return;
  mt_parse_fail(ps, MT_SE_SYNTAX, NS(a), end, "invalid syntax. Perhaps you forgot a comma?");
}

static void check_fstring_empty(mt_parse_state *ps) {
  if (!ps->fdepth || ps->prev->kind != TK_LBRACE) return;
  uint32_t k = ps->tok.kind;
  if (k == TK_EXCLAMATION) mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "expression required before '!'");
  if (k == TK_RBRACE || k == TK_COLON || k == TK_EQUAL)
    mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "empty expression not allowed");
}

static void check_def(mt_parse_state *ps) {
  if (ps->prev->kind == TK_NAME && ps->prev2->kind == TK_DEF && ps->tok.kind != TK_LPAR)
    mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "expected '('");
  if (ps->prev->kind == TK_EQUAL && (ps->tok.kind == TK_COMMA || ps->tok.kind == TK_RPAR) &&
      mt_parse_innermost_bracket(ps) == 'p')
    mt_parse_fail_at(ps, MT_SE_SYNTAX, *ps->prev, "expected default value expression");
}

/* {1: 2, 3}: a dictionary key without its value. */
static void check_dict_key(mt_parse_state *ps) {
  if ((ps->tok.kind != TK_COMMA && ps->tok.kind != TK_RBRACE) || mt_parse_innermost_bracket(ps) != '{' ||
      !mt_parser_accepts(ps->parser, TK_COLON) || mt_parser_accepts(ps->parser, TK_COMMA))
    return;
  mt_ast_node *key = expr_before(ps);
  mt_pos none = {0, 0};
  if (key) mt_parse_fail(ps, MT_SE_SYNTAX, NS(key), none, "':' expected after dictionary key");
}

void mt_parse_syntax_error(mt_parse_state *ps, int major, const mt_token *tok) {
  ps->tok = *tok;
  ps->tok.kind = (uint32_t)major;
  if (major == TK_INDENT) {
    /* CPython points at the indentation's end: the 0-based column of the
    ** first token of the line */
    mt_token next;
    uint32_t col = mt_parse_peek(ps, 0, &next) && next.line == tok->line && next.col ? next.col - 1 : tok->col;
    mt_pos at = {tok->line, col}, none = {0, 0};
    ps->final_error = true; /* CPython does not look for tokenizer errors after this one */
    mt_parse_fail(ps, MT_SE_INDENTATION, at, none, "unexpected indent");
  }
  check_missing_block(ps);
  check_fstring_empty(ps);
  check_def(ps);
  check_expected_colon(ps);
  check_missing_handler(ps);
  check_walrus(ps);
  check_equal_in_expression(ps);
  check_missing_else(ps);
  check_dict_key(ps);
  check_juxtaposed(ps);
  mt_pos start, end;
  error_span(ps, &start, &end);
  mt_parse_fail(ps, MT_SE_SYNTAX, start, end, "invalid syntax");
}

void mt_parse_stack_overflow(mt_parse_state *ps) {
  mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "too many nested expressions");
}
