/*
** parse_internal.h: what the parser's files share: the parse state, the
** grammar's value types and the helpers its actions call.
**
**   parse.c          driver (lexer -> lemon), soft keywords, node and list
**                    helpers, identifier pool, error reporting
**   parse_error.c    diagnostics for syntax errors (CPython's messages)
**   parse_expr.c     expression nodes and assignment-target checks
**   parse_stmt.c     statement nodes and parameter lists
**   parse_literal.c  numbers, strings, f-strings
**   parse_pattern.c  match-statement patterns
**   grammar.y        the grammar (generates grammar.c)
*/
#ifndef MT_PARSE_INTERNAL_H
#define MT_PARSE_INTERNAL_H

#include <setjmp.h>
#include <stddef.h>

#include "ast.h"
#include "lex.h"
#include "parse.h"

/* A source position in the lexer's convention (1-based line and column). */
typedef struct mt_pos {
  uint32_t line, col;
} mt_pos;

#define TS(t) ((mt_pos){(t).line, (t).col})
#define TE(t) ((mt_pos){(t).end_line, (t).end_col})
#define NS(n) ((mt_pos){(n)->line, (n)->col})
#define NE(n) ((mt_pos){(n)->end_line, (n)->end_col})

/* Relative-import level of `from ..x import y`. */
typedef struct mt_dots {
  uint32_t level;
} mt_dots;

/* One parameter of a def or lambda, before it is filed into `arguments`. */
typedef enum {
  MT_PARAM_PLAIN,     /* name, name: ann, name=default */
  MT_PARAM_STAR,      /* *name */
  MT_PARAM_BARE_STAR, /* * */
  MT_PARAM_DSTAR,     /* **name */
  MT_PARAM_SLASH      /* / */
} mt_param_kind;

typedef struct mt_param {
  uint8_t kind;     /* mt_param_kind */
  mt_ast_node *arg; /* arg node, NULL for '*' and '/' */
  mt_ast_node *def; /* default value or NULL */
  mt_token sym;     /* the '*', '**', '/' or name token that starts it */
  mt_token equal;   /* the '=' before the default (kind 0 without one) */
} mt_param;

/* A parameter list under construction: the arguments node plus where in
** the order (positional, keyword-only, after **) the next one falls. */
typedef struct mt_params {
  mt_ast_node *args;            /* arguments */
  uint8_t section;              /* 0 positional, 1 keyword-only, 2 after **kwargs */
  bool slash;                   /* '/' seen */
  bool defaults;                /* a positional default seen */
  const mt_param *bare_star;    /* a '*' still waiting for a keyword-only parameter */
} mt_params;

/* Adjacent string literals and f-strings being concatenated; also the parts
** of one f-string or of one format spec. Literal text accumulates in `lit`
** until a replacement field (or the end) turns it into a Constant. */
typedef struct mt_strparts {
  mt_pos start, end;
  bool bytes;      /* the first part was a bytes literal */
  bool mixed;      /* bytes and str parts were mixed (reported at the end) */
  bool fstring;    /* some part is an f-string: the result is a JoinedStr */
  bool u;          /* the first part has a u prefix: Constants get kind='u' */
  bool raw;        /* (one f-string's parts) its prefix has r */
  mt_ast_seq values;
  char *lit;
  uint32_t lit_len, lit_cap;
  mt_pos lit_start, lit_end;
} mt_strparts;

/* A replacement field {expr=!r:spec}: the FormattedValue and, for the
** debug form, the source text to print before it. */
typedef struct mt_freplace {
  mt_ast_node *value;
  uint32_t debug_off, debug_len;
} mt_freplace;

/* A conversion !s/!r/!a: the character (-1 without one) and where the '!' is. */
typedef struct mt_fconv {
  int32_t conv;
  uint32_t off;
} mt_fconv;

typedef struct mt_fspec {
  mt_ast_node *spec; /* JoinedStr, NULL without a spec */
  uint32_t off;      /* offset of the ':' */
} mt_fspec;

typedef struct mt_parse_name_slot {
  uint32_t hash;
  const mt_ast_id *id;
} mt_parse_name_slot;

#define MT_PARSE_RECENT 64 /* finished expression nodes kept for diagnostics */
#define MT_PARSE_RING 32   /* tokens kept for diagnostics */
#define MT_PARSE_MAX_FSTRINGS (MT_LEX_MAX_FSTRING_DEPTH + 1)

/* Room for lemon's parser object (grammar.c asserts that it fits): its
** first 64 stack entries (40 bytes each) and a few pointers. */
typedef union mt_parse_engine {
  max_align_t align;
  unsigned char bytes[64 * 40 + 64];
} mt_parse_engine;

typedef struct mt_parse_state {
  /* input and output */
  mt_ast_arena *arena;
  const char *src;
  size_t len;
  mt_syntax_error *err;
  jmp_buf fail; /* actions and diagnostics longjmp here on the first error */
  mt_ast_node *module;

  /* identifier pool: open addressing, power-of-two capacity */
  mt_parse_name_slot *names;
  uint32_t names_mask, names_count;
  mt_buf scratch; /* literal decoding */

  /* driver */
  mt_lexer *lx;
  mt_syntax_error lex_err; /* why the lexer could not be created */
  void *parser;
  mt_token *queue; /* tokens read ahead (soft keywords, diagnostics) */
  uint32_t qhead, qlen, qcap;
  bool qfailed; /* the lexer failed right after the queued tokens */
  mt_token tok;                /* the token being fed */
  const mt_token *prev, *prev2; /* the tokens fed before it (in ring, or none) */
  mt_token none;                /* kind 0: what prev and prev2 are at the start */
  uint32_t depth; /* open brackets before tok */
  bool final_error; /* the error may not give way to a later tokenizer error */
  /* the first two tokens of the logical line being parsed */
  mt_token head, head2;
  uint32_t head_at; /* nring when head was fed */
  bool at_line_start;
  mt_token last_newline; /* the most recent NEWLINE fed */
  uint32_t nring;   /* tokens fed (ring below) */
  uint32_t fdepth;  /* f-strings open at tok (fraw below) */
  uint32_t nrecent; /* expression nodes finished (recent below) */

  /* The histories and stacks (about 1.6 KB) come last: mt_parse zeroes
  ** every member before recent, and an entry of these is written before
  ** it is read (parse.c asserts that only they follow recent). */
  /* diagnostics: recently finished expression nodes, newest last */
  mt_ast_node *recent[MT_PARSE_RECENT];
  /* the last tokens fed, for diagnostics: ring[(nring - 1) % N] is prev */
  mt_token ring[MT_PARSE_RING];
  /* the open brackets, innermost last: '(', '[', '{', or 'p' for the '('
  ** of a def's parameter list */
  uint8_t brackets[MT_LEX_MAX_BRACKETS];
  /* f-strings open at tok: raw flag of each, innermost last */
  uint8_t fraw[MT_PARSE_MAX_FSTRINGS];
} mt_parse_state;

/* ---- lemon's entry points (grammar.c) ---- */
MT_INTERNAL void mt_parserInit(void *parser, mt_parse_state *ps);
MT_INTERNAL void mt_parserFinalize(void *parser);
MT_INTERNAL void mt_parser(void *parser, int major, mt_token minor);
MT_INTERNAL int mt_parserFallback(int token);
MT_INTERNAL bool mt_parser_accepts(void *parser, int token);

/* ---- parse.c: errors, nodes, lists, identifiers ---- */
/* Record the first error and abandon the parse (longjmp). A message raised
** inside an f-string replacement field gets CPython's "f-string: " prefix. */
MT_INTERNAL _Noreturn void mt_parse_fail(mt_parse_state *ps, mt_syntax_error_kind kind, mt_pos start,
                                         mt_pos end, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
MT_INTERNAL _Noreturn void mt_parse_fail_at(mt_parse_state *ps, mt_syntax_error_kind kind, mt_token tok,
                                            const char *fmt, ...) __attribute__((format(printf, 4, 5)));
MT_INTERNAL _Noreturn void mt_parse_fail_node(mt_parse_state *ps, const mt_ast_node *n, const char *fmt,
                                              ...) __attribute__((format(printf, 3, 4)));
MT_INTERNAL _Noreturn void mt_parse_out_of_memory(mt_parse_state *ps);
/* Report an error another module filled in (lexer literal decoding). */
MT_INTERNAL _Noreturn void mt_parse_fail_with(mt_parse_state *ps, const mt_syntax_error *e);
/* Where CPython puts a SyntaxError for this token: its span, but layout
** tokens (NEWLINE, INDENT, DEDENT, the end) are zero-width. */
MT_INTERNAL void mt_parse_token_span(const mt_token *tok, mt_pos *start, mt_pos *end);

MT_INTERNAL void *mt_parse_alloc(mt_parse_state *ps, size_t n);
MT_INTERNAL mt_ast_node *mt_parse_node(mt_parse_state *ps, mt_ast_kind kind, mt_pos start, mt_pos end);
/* Compute the node's depth and check its children; returns n. */
MT_INTERNAL mt_ast_node *mt_parse_fin(mt_parse_state *ps, mt_ast_node *n);
/* Fold a child appended to an already finished node (a or b or c, a < b <
** c, comprehension ifs, p | q) into its depth and extend its end, as
** mt_parse_fin would have, checking the child's category. */
MT_INTERNAL void mt_parse_absorb(mt_parse_state *ps, mt_ast_node *parent, mt_ast_node *child,
                                 mt_ast_category cat);
MT_INTERNAL mt_ast_seq *mt_parse_seq_add(mt_parse_state *ps, mt_ast_seq *s, mt_ast_node *item);
MT_INTERNAL mt_ast_seq *mt_parse_seq_cat(mt_parse_state *ps, mt_ast_seq *s, mt_ast_seq *more);
/* The list's contents for a node field (empty for NULL). */
MT_INTERNAL mt_ast_seq mt_parse_seq_take(mt_ast_seq *s);
MT_INTERNAL const mt_ast_id *mt_parse_intern(mt_parse_state *ps, const char *s, size_t len);
MT_INTERNAL const mt_ast_id *mt_parse_intern_name(mt_parse_state *ps, const char *s, size_t len);
MT_INTERNAL const mt_ast_id *mt_parse_ident(mt_parse_state *ps, mt_token tok);
MT_INTERNAL mt_ast_ids *mt_parse_ids(mt_parse_state *ps);
MT_INTERNAL void mt_parse_ids_add(mt_parse_state *ps, mt_ast_ids *ids, mt_token tok);
MT_INTERNAL void mt_parse_token_extend(mt_token *a, const mt_token *b);
/* Token i after the one being fed (0 = the next one); false when the lexer
** fails before it. Past the end marker, the end marker repeats. */
MT_INTERNAL bool mt_parse_peek(mt_parse_state *ps, uint32_t i, mt_token *out);
MT_INTERNAL bool mt_parse_starts_expression(uint32_t kind);
/* The innermost open bracket at the token being fed ('(', '[', '{', or 'p'
** for a def's parameter list), 0 outside brackets. */
MT_INTERNAL char mt_parse_innermost_bracket(const mt_parse_state *ps);

/* ---- parse_error.c ---- */
MT_INTERNAL _Noreturn void mt_parse_syntax_error(mt_parse_state *ps, int major, const mt_token *tok);
MT_INTERNAL _Noreturn void mt_parse_stack_overflow(mt_parse_state *ps);

/* ---- parse_expr.c: expressions and targets ---- */
MT_INTERNAL mt_ast_node *mt_parse_name(mt_parse_state *ps, mt_token tok);
MT_INTERNAL mt_ast_node *mt_parse_constant(mt_parse_state *ps, mt_token tok, mt_ast_const_kind kind);
MT_INTERNAL mt_ast_node *mt_parse_binop(mt_parse_state *ps, mt_ast_node *l, mt_ast_op op, mt_ast_node *r);
MT_INTERNAL mt_ast_node *mt_parse_unary(mt_parse_state *ps, mt_token optok, mt_ast_op op, mt_ast_node *e);
MT_INTERNAL mt_ast_node *mt_parse_boolop(mt_parse_state *ps, mt_ast_node *l, mt_ast_op op, mt_ast_node *r);
MT_INTERNAL mt_ast_node *mt_parse_compare(mt_parse_state *ps, mt_ast_node *l, int op, mt_ast_node *r);
MT_INTERNAL mt_ast_node *mt_parse_ifexp(mt_parse_state *ps, mt_ast_node *body, mt_ast_node *test,
                                        mt_ast_node *orelse);
MT_INTERNAL mt_ast_node *mt_parse_lambda(mt_parse_state *ps, mt_token kw, mt_params *params,
                                         mt_ast_node *body);
MT_INTERNAL mt_ast_node *mt_parse_named_expr(mt_parse_state *ps, mt_ast_node *target, mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_await(mt_parse_state *ps, mt_token kw, mt_ast_node *e);
MT_INTERNAL mt_ast_node *mt_parse_yield(mt_parse_state *ps, mt_token kw, mt_ast_node *e, bool from);
MT_INTERNAL mt_ast_node *mt_parse_starred(mt_parse_state *ps, mt_token star, mt_ast_node *e);
MT_INTERNAL mt_ast_node *mt_parse_attribute(mt_parse_state *ps, mt_ast_node *value, mt_token name);
MT_INTERNAL mt_ast_node *mt_parse_call(mt_parse_state *ps, mt_ast_node *func, mt_ast_seq *args,
                                       mt_token rpar);
MT_INTERNAL mt_ast_node *mt_parse_keyword_arg(mt_parse_state *ps, mt_ast_node *key, mt_token equal,
                                              mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_dstar_arg(mt_parse_state *ps, mt_token dstar, mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_subscript(mt_parse_state *ps, mt_ast_node *value, mt_ast_node *slice,
                                            mt_token rsqb);
MT_INTERNAL mt_ast_node *mt_parse_subscript_items(mt_parse_state *ps, mt_ast_seq *items,
                                                  const mt_token *comma);
MT_INTERNAL mt_ast_node *mt_parse_slice(mt_parse_state *ps, mt_ast_node *lower, mt_token colon,
                                        mt_ast_node *upper, const mt_token *colon2, mt_ast_node *step);
MT_INTERNAL mt_ast_node *mt_parse_tuple(mt_parse_state *ps, mt_ast_seq *elts, mt_pos start, mt_pos end,
                                        int flags);
MT_INTERNAL mt_ast_node *mt_parse_tuple_or_item(mt_parse_state *ps, mt_ast_seq *elts);
MT_INTERNAL mt_ast_node *mt_parse_paren(mt_parse_state *ps, mt_ast_node *e);
MT_INTERNAL mt_ast_node *mt_parse_paren_group(mt_parse_state *ps, mt_token lpar, mt_ast_seq *elts,
                                              bool comma, mt_token rpar);
MT_INTERNAL mt_ast_node *mt_parse_list(mt_parse_state *ps, mt_pos start, mt_ast_seq *elts, mt_pos end);
MT_INTERNAL mt_ast_node *mt_parse_set(mt_parse_state *ps, mt_pos start, mt_ast_seq *elts, mt_pos end);
MT_INTERNAL mt_ast_node *mt_parse_dict(mt_parse_state *ps, mt_pos start, mt_ast_node *d, mt_pos end);
MT_INTERNAL mt_ast_node *mt_parse_dict_add(mt_parse_state *ps, mt_ast_node *d, mt_ast_node *key,
                                           mt_ast_node *value);
MT_INTERNAL _Noreturn void mt_parse_starred_dict_value(mt_parse_state *ps, mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_comp(mt_parse_state *ps, mt_ast_kind kind, mt_pos start, mt_pos end,
                                       mt_ast_node *elt, mt_ast_node *value, mt_ast_seq *gens);
MT_INTERNAL mt_ast_node *mt_parse_comprehension(mt_parse_state *ps, mt_token kw, mt_ast_node *target,
                                                mt_ast_node *iter, bool async);
MT_INTERNAL void mt_parse_comp_if(mt_parse_state *ps, mt_ast_seq *gens, mt_ast_node *cond);
MT_INTERNAL _Noreturn void mt_parse_unpack_in_comp(mt_parse_state *ps, mt_ast_node *starred);
MT_INTERNAL _Noreturn void mt_parse_dict_unpack_in_comp(mt_parse_state *ps, mt_token dstar, mt_ast_node *value);
/* Split class arguments into bases and keywords (checked like a call's). */
MT_INTERNAL void mt_parse_class_args(mt_parse_state *ps, mt_ast_seq *items, mt_ast_seq *bases,
                                     mt_ast_seq *keywords, mt_token rpar);
MT_INTERNAL mt_ast_node *mt_parse_withitem(mt_parse_state *ps, mt_ast_node *e, const mt_token *as,
                                           mt_ast_node *target, bool in_parens);

/* Assignment-target contexts for mt_parse_set_ctx. */
typedef enum {
  MT_TARGET_ASSIGN, /* =, for, with, comprehension: "cannot assign to X" */
  MT_TARGET_DELETE  /* del: "cannot delete X" */
} mt_target_use;
/* Turn an expression parsed in Load context into a target (Store or Del),
** or report CPython's error for what cannot be one. */
MT_INTERNAL void mt_parse_set_ctx(mt_parse_state *ps, mt_ast_node *e, mt_ast_ctx ctx, mt_target_use use);
/* The first part of e that cannot be a target of `use`, or NULL. */
MT_INTERNAL const mt_ast_node *mt_parse_invalid_target(const mt_ast_node *e, mt_target_use use);
/* Is e at or below CPython's bitwise_or level (no comparison, not, and/or,
** ternary, lambda, starred, yield, unparenthesized walrus or tuple)? */
MT_INTERNAL bool mt_parse_is_bitwise_or(const mt_ast_node *e);
/* Does CPython word e as an invalid target of `e = value` with "cannot
** assign to X here. Maybe you meant '==' instead of '='?": a bitwise_or
** that is not a list, tuple, generator expression, True, False or None. */
MT_INTERNAL bool mt_parse_is_here_target(const mt_ast_node *e);
/* CPython's name for an expression kind in messages, e.g. "function call". */
MT_INTERNAL const char *mt_parse_expr_name(const mt_ast_node *e);

/* ---- parse_stmt.c: statements and parameters ---- */
MT_INTERNAL void mt_parse_module(mt_parse_state *ps, mt_ast_seq *body);
MT_INTERNAL mt_ast_node *mt_parse_expr_stmt(mt_parse_state *ps, mt_ast_node *e);
MT_INTERNAL mt_ast_node *mt_parse_assign(mt_parse_state *ps, mt_ast_seq *parts);
MT_INTERNAL mt_ast_node *mt_parse_augassign(mt_parse_state *ps, mt_ast_node *target, int op,
                                            mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_annassign(mt_parse_state *ps, mt_ast_node *target, mt_ast_node *ann,
                                            mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_delete(mt_parse_state *ps, mt_token kw, mt_ast_seq *targets,
                                         const mt_token *comma);
MT_INTERNAL mt_ast_node *mt_parse_keyword_stmt(mt_parse_state *ps, mt_ast_kind kind, mt_token kw);
MT_INTERNAL mt_ast_node *mt_parse_return(mt_parse_state *ps, mt_token kw, mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_raise(mt_parse_state *ps, mt_token kw, mt_ast_node *exc,
                                        mt_ast_node *cause);
MT_INTERNAL mt_ast_node *mt_parse_global(mt_parse_state *ps, mt_ast_kind kind, mt_token kw,
                                         mt_ast_ids *names, mt_token last);
MT_INTERNAL mt_ast_node *mt_parse_assert(mt_parse_state *ps, mt_token kw, mt_ast_node *test,
                                         mt_ast_node *msg);
MT_INTERNAL mt_ast_node *mt_parse_import(mt_parse_state *ps, mt_token kw, mt_ast_seq *names);
MT_INTERNAL mt_ast_node *mt_parse_import_from(mt_parse_state *ps, mt_token kw, uint32_t level,
                                              const mt_token *module, mt_ast_seq *names);
MT_INTERNAL mt_ast_node *mt_parse_alias(mt_parse_state *ps, const mt_token *name, const mt_token *asname);
MT_INTERNAL mt_ast_node *mt_parse_decorated(mt_parse_state *ps, mt_ast_seq *decorators, mt_ast_node *def);
MT_INTERNAL mt_ast_node *mt_parse_async(mt_parse_state *ps, mt_token kw, mt_ast_node *stmt);
MT_INTERNAL mt_ast_node *mt_parse_if(mt_parse_state *ps, mt_token kw, mt_ast_node *test, mt_ast_seq *body);
MT_INTERNAL mt_ast_node *mt_parse_if_chain(mt_parse_state *ps, mt_ast_seq *clauses, mt_ast_seq *orelse);
MT_INTERNAL mt_ast_node *mt_parse_while(mt_parse_state *ps, mt_token kw, mt_ast_node *test,
                                        mt_ast_seq *body, mt_ast_seq *orelse);
MT_INTERNAL mt_ast_node *mt_parse_for(mt_parse_state *ps, mt_token kw, mt_ast_node *target,
                                      mt_ast_node *iter, mt_ast_seq *body, mt_ast_seq *orelse);
MT_INTERNAL mt_ast_node *mt_parse_try(mt_parse_state *ps, mt_token kw, mt_ast_seq *body,
                                      mt_ast_seq *handlers, mt_ast_seq *orelse, mt_ast_seq *final);
MT_INTERNAL mt_ast_node *mt_parse_handler(mt_parse_state *ps, mt_token kw, bool star, mt_ast_node *type,
                                          const mt_token *name, mt_ast_seq *body);
MT_INTERNAL mt_ast_node *mt_parse_with(mt_parse_state *ps, mt_token kw, mt_ast_seq *items, mt_ast_seq *body);
MT_INTERNAL mt_ast_node *mt_parse_funcdef(mt_parse_state *ps, mt_token kw, mt_token name,
                                          mt_params *params, mt_ast_node *returns, mt_ast_seq *body);
MT_INTERNAL mt_ast_node *mt_parse_classdef(mt_parse_state *ps, mt_token kw, mt_token name,
                                           mt_ast_seq *args, const mt_token *rpar, mt_ast_seq *body);
MT_INTERNAL mt_params *mt_parse_params(mt_parse_state *ps);
MT_INTERNAL mt_param *mt_parse_param(mt_parse_state *ps, mt_param_kind kind, const mt_token *sym,
                                     mt_token name, mt_ast_node *ann, const mt_token *equal,
                                     mt_ast_node *def);
MT_INTERNAL mt_params *mt_parse_params_add(mt_parse_state *ps, mt_params *params, mt_param *p);
/* Check the finished list (a '*' must be followed by a keyword-only
** parameter; for lambda CPython reports it at the ':', the current token). */
MT_INTERNAL mt_params *mt_parse_params_end(mt_parse_state *ps, mt_params *params, bool lambda);

/* ---- parse_literal.c: numbers, strings, f-strings ---- */
MT_INTERNAL mt_ast_node *mt_parse_number(mt_parse_state *ps, mt_token tok);
MT_INTERNAL mt_strparts *mt_parse_str_add(mt_parse_state *ps, mt_strparts *s, mt_token tok);
MT_INTERNAL mt_strparts *mt_parse_str_fstring(mt_parse_state *ps, mt_strparts *s, mt_strparts *f,
                                              mt_token end);
MT_INTERNAL mt_ast_node *mt_parse_strings(mt_parse_state *ps, mt_strparts *s);
MT_INTERNAL mt_strparts *mt_parse_fstring_start(mt_parse_state *ps, mt_token tok);
MT_INTERNAL void mt_parse_fstring_middle(mt_parse_state *ps, mt_strparts *f, mt_token tok);
MT_INTERNAL void mt_parse_fstring_field(mt_parse_state *ps, mt_strparts *f, mt_freplace *r);
MT_INTERNAL mt_freplace mt_parse_fstring_replacement(mt_parse_state *ps, mt_token lbrace, mt_ast_node *e,
                                                     const mt_token *debug, const mt_fconv *conv,
                                                     const mt_fspec *spec, mt_token rbrace);
MT_INTERNAL mt_ast_node *mt_parse_fstring_expr(mt_parse_state *ps, mt_ast_seq *elts, const mt_token *comma);
MT_INTERNAL mt_fconv mt_parse_fstring_conversion(mt_parse_state *ps, mt_token bang, mt_token name);
MT_INTERNAL mt_fspec mt_parse_fstring_spec(mt_parse_state *ps, mt_token colon, mt_strparts *parts);
MT_INTERNAL mt_strparts *mt_parse_fstring_spec_start(mt_parse_state *ps);

/* ---- parse_pattern.c: match statements ---- */
MT_INTERNAL mt_ast_node *mt_parse_match(mt_parse_state *ps, mt_token kw, mt_ast_seq *subject,
                                        const mt_token *comma, mt_ast_seq *cases);
MT_INTERNAL mt_ast_node *mt_parse_case(mt_parse_state *ps, mt_ast_node *pattern, mt_ast_node *guard,
                                       mt_ast_seq *body);
MT_INTERNAL mt_ast_node *mt_parse_pattern_seq(mt_parse_state *ps, mt_ast_seq *items, const mt_token *comma);
MT_INTERNAL mt_ast_node *mt_parse_star_pattern(mt_parse_state *ps, mt_token star, mt_token name);
MT_INTERNAL mt_ast_node *mt_parse_as_pattern(mt_parse_state *ps, mt_ast_node *p, mt_token name);
MT_INTERNAL mt_ast_node *mt_parse_or_pattern(mt_parse_state *ps, mt_ast_node *l, mt_ast_node *r);
MT_INTERNAL mt_ast_node *mt_parse_value_pattern(mt_parse_state *ps, mt_ast_node *value);
MT_INTERNAL mt_ast_node *mt_parse_complex_literal(mt_parse_state *ps, mt_ast_node *real, mt_ast_op op,
                                                  mt_token imag);
MT_INTERNAL mt_ast_node *mt_parse_singleton_pattern(mt_parse_state *ps, mt_token kw, mt_ast_const_kind kind);
MT_INTERNAL mt_ast_node *mt_parse_name_pattern(mt_parse_state *ps, mt_ast_node *name);
MT_INTERNAL mt_ast_node *mt_parse_class_pattern(mt_parse_state *ps, mt_ast_node *cls, mt_ast_seq *args,
                                                mt_token rpar);
MT_INTERNAL mt_ast_node *mt_parse_paren_pattern(mt_parse_state *ps, mt_token lpar, mt_ast_seq *items,
                                                bool comma, mt_token rpar);
MT_INTERNAL mt_ast_node *mt_parse_list_pattern(mt_parse_state *ps, mt_token lsqb, mt_ast_seq *items,
                                               mt_token rsqb);
MT_INTERNAL mt_ast_node *mt_parse_mapping_pattern(mt_parse_state *ps, mt_token lbrace, mt_ast_node *m,
                                                  mt_token rbrace);
MT_INTERNAL mt_ast_node *mt_parse_keyword_pattern(mt_parse_state *ps, mt_token name, mt_ast_node *p);
MT_INTERNAL mt_ast_node *mt_parse_map_add(mt_parse_state *ps, mt_ast_node *m, mt_ast_node *item);
MT_INTERNAL mt_ast_node *mt_parse_map_item(mt_parse_state *ps, mt_ast_node *key, mt_ast_node *p);
MT_INTERNAL mt_ast_node *mt_parse_map_rest(mt_parse_state *ps, mt_token dstar, mt_token name);
MT_INTERNAL mt_ast_node *mt_parse_map_name_key(mt_parse_state *ps, mt_ast_node *name);

#endif
