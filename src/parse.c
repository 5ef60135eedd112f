/*
** parse.c: the parser driver. It pulls tokens from the lexer, resolves the
** `match` soft keyword with a lookahead, and pushes them into the lemon
** parser generated from grammar/grammar.y, whose actions build the tree in
** the caller's arena. Errors from actions and from the diagnostics
** longjmp back here: the first error in source order wins.
*/
#include "parse_internal.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "grammar.h"
#include "uninorm.h"

/*
** {==================================================================
** Errors
** ===================================================================
*/

static _Noreturn void vfail(mt_parse_state *ps, mt_syntax_error_kind kind, mt_pos start, mt_pos end,
                            const char *fmt, va_list ap) {
  mt_syntax_error *e = ps->err;
  if (e->kind == MT_SE_NONE) {
    char msg[sizeof e->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    const char *prefix = ps->fdepth && kind == MT_SE_SYNTAX ? "f-string: " : "";
    mt_syntax_error_set(e, kind, start.line, start.col, "%s%s", prefix, msg);
    e->end_line = end.line;
    e->end_col = end.col;
  }
  longjmp(ps->fail, 1);
}

void mt_parse_fail(mt_parse_state *ps, mt_syntax_error_kind kind, mt_pos start, mt_pos end,
                   const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfail(ps, kind, start, end, fmt, ap);
}

void mt_parse_fail_at(mt_parse_state *ps, mt_syntax_error_kind kind, mt_token tok, const char *fmt, ...) {
  mt_pos start, end;
  mt_parse_token_span(&tok, &start, &end);
  va_list ap;
  va_start(ap, fmt);
  vfail(ps, kind, start, end, fmt, ap);
}

void mt_parse_fail_node(mt_parse_state *ps, const mt_ast_node *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfail(ps, MT_SE_SYNTAX, NS(n), NE(n), fmt, ap);
}

void mt_parse_fail_with(mt_parse_state *ps, const mt_syntax_error *e) {
  if (ps->err->kind == MT_SE_NONE) *ps->err = *e;
  longjmp(ps->fail, 1);
}

void mt_parse_out_of_memory(mt_parse_state *ps) {
  mt_parse_fail(ps, MT_SE_MEMORY, TS(ps->tok), TE(ps->tok), "out of memory");
}

static bool is_layout(uint32_t kind) {
  return kind == TK_NEWLINE || kind == TK_INDENT || kind == TK_DEDENT || kind == 0;
}

void mt_parse_token_span(const mt_token *tok, mt_pos *start, mt_pos *end) {
  *start = TS(*tok);
  *end = is_layout(tok->kind) ? *start : TE(*tok);
}

/*
** {==================================================================
** Nodes and lists
** ===================================================================
*/

void *mt_parse_alloc(mt_parse_state *ps, size_t n) {
  void *p = mt_ast_arena_alloc(ps->arena, n);
  if (!p) mt_parse_out_of_memory(ps);
  return p;
}

mt_ast_node *mt_parse_node(mt_parse_state *ps, mt_ast_kind kind, mt_pos start, mt_pos end) {
  mt_ast_node *n = mt_ast_new(ps->arena, kind);
  if (!n) mt_parse_out_of_memory(ps);
  n->line = start.line;
  n->col = start.col;
  n->end_line = end.line;
  n->end_col = end.col;
  return n;
}

mt_ast_node *mt_parse_fin(mt_parse_state *ps, mt_ast_node *n) {
  mt_ast_node *bad;
  if (!mt_ast_finish(n, &bad)) {
    if (bad) mt_parse_fail_node(ps, bad, "invalid syntax"); /* `(a as b)` outside a with */
    mt_parse_fail_node(ps, n, "too many nested expressions");
  }
  if (mt_ast_kind_category(n->kind) == MT_AST_CAT_EXPR)
    ps->recent[ps->nrecent++ % MT_PARSE_RECENT] = n;
  return n;
}

void mt_parse_absorb(mt_parse_state *ps, mt_ast_node *parent, mt_ast_node *child, mt_ast_category cat) {
  if (mt_ast_kind_category(child->kind) != cat) mt_parse_fail_node(ps, child, "invalid syntax");
  if (child->depth + 1u > parent->depth) {
    if (child->depth + 1u > MT_AST_MAX_DEPTH) mt_parse_fail_node(ps, parent, "too many nested expressions");
    parent->depth = (uint16_t)(child->depth + 1);
  }
  parent->end_line = child->end_line;
  parent->end_col = child->end_col;
  if (cat == MT_AST_CAT_EXPR && mt_ast_kind_category(parent->kind) == MT_AST_CAT_EXPR)
    ps->recent[ps->nrecent++ % MT_PARSE_RECENT] = parent;
}

mt_ast_seq *mt_parse_seq_add(mt_parse_state *ps, mt_ast_seq *s, mt_ast_node *item) {
  if (!s) {
    s = mt_parse_alloc(ps, sizeof *s);
    memset(s, 0, sizeof *s);
  }
  if (mt_ast_seq_push(ps->arena, s, item)) mt_parse_out_of_memory(ps);
  return s;
}

mt_ast_seq *mt_parse_seq_cat(mt_parse_state *ps, mt_ast_seq *s, mt_ast_seq *more) {
  if (!s) return more;
  if (more)
    for (uint32_t i = 0; i < more->len; i++) mt_parse_seq_add(ps, s, more->items[i]);
  return s;
}

mt_ast_seq mt_parse_seq_take(mt_ast_seq *s) {
  if (s) return *s;
  mt_ast_seq empty = {NULL, 0, 0};
  return empty;
}

void mt_parse_token_extend(mt_token *a, const mt_token *b) {
  a->len = b->off + b->len - a->off;
  a->end_line = b->end_line;
  a->end_col = b->end_col;
}

/*
** {==================================================================
** Identifier pool
** ===================================================================
*/

static void names_grow(mt_parse_state *ps) {
  uint32_t cap = ps->names ? (ps->names_mask + 1) * 2 : 1024;
  mt_parse_name_slot *t = mt_zalloc(cap, sizeof *t);
  if (!t) mt_parse_out_of_memory(ps);
  for (uint32_t i = 0; ps->names && i <= ps->names_mask; i++) {
    mt_parse_name_slot s = ps->names[i];
    if (!s.id) continue;
    uint32_t j = s.hash & (cap - 1);
    while (t[j].id) j = (j + 1) & (cap - 1);
    t[j] = s;
  }
  free(ps->names);
  ps->names = t;
  ps->names_mask = cap - 1;
}

/* The pool's one copy of s[0..len), allocated in the arena on first use. */
const mt_ast_id *mt_parse_intern(mt_parse_state *ps, const char *s, size_t len) {
  if (!ps->names || ps->names_count * 2 >= ps->names_mask) names_grow(ps);
  uint32_t h = (uint32_t)XXH3_64bits(s, len);
  uint32_t i = h & ps->names_mask;
  for (; ps->names[i].id; i = (i + 1) & ps->names_mask) {
    const mt_ast_id *id = ps->names[i].id;
    if (ps->names[i].hash == h && id->len == len && memcmp(id->s, s, len) == 0) return id;
  }
  mt_ast_id *id = mt_parse_alloc(ps, sizeof *id + len + 1);
  id->len = (uint32_t)len;
  id->hash = h;
  memcpy(id->s, s, len);
  id->s[len] = '\0';
  ps->names[i].hash = h;
  ps->names[i].id = id;
  ps->names_count++;
  return id;
}

static bool is_ascii(const char *s, size_t len) {
  uint8_t any = 0;
  for (size_t i = 0; i < len; i++) any |= (uint8_t)s[i];
  return any < 0x80;
}

/* The identifier s[0..len): a name with non-ASCII characters is folded to
** NFKC first, as CPython's parser does (PEP 3131), so `\ufb01le` and
** `file` are one name; ASCII names are interned as they are. */
const mt_ast_id *mt_parse_intern_name(mt_parse_state *ps, const char *s, size_t len) {
  if (MT_LIKELY(is_ascii(s, len))) return mt_parse_intern(ps, s, len);
  mt_buf nfkc = MT_BUF_INIT;
  if (mt_uninorm_nfkc(s, len, &nfkc) < 0) {
    mt_buf_free(&nfkc);
    mt_parse_out_of_memory(ps);
  }
  const mt_ast_id *id = mt_parse_intern(ps, nfkc.data, nfkc.len);
  mt_buf_free(&nfkc);
  return id;
}

const mt_ast_id *mt_parse_ident(mt_parse_state *ps, mt_token tok) {
  return mt_parse_intern_name(ps, ps->src + tok.off, tok.len);
}

mt_ast_ids *mt_parse_ids(mt_parse_state *ps) {
  mt_ast_ids *ids = mt_parse_alloc(ps, sizeof *ids);
  memset(ids, 0, sizeof *ids);
  return ids;
}

void mt_parse_ids_add(mt_parse_state *ps, mt_ast_ids *ids, mt_token tok) {
  if (mt_ast_ids_push(ps->arena, ids, mt_parse_ident(ps, tok))) mt_parse_out_of_memory(ps);
}

/*
** {==================================================================
** Token stream
** ===================================================================
*/

/* Queue slot i (0 = the next unread token); the capacity is a power of two. */
static mt_token *qslot(mt_parse_state *ps, uint32_t i) {
  return &ps->queue[(ps->qhead + i) & (ps->qcap - 1)];
}

/* Make tokens up to index i (0 = the next unread token) available in the
** queue. Returns false when the lexer fails first; past the end marker
** the end marker repeats. */
static bool fill(mt_parse_state *ps, uint32_t i) {
  while (ps->qlen <= i) {
    if (ps->qfailed) return false;
    if (ps->qlen && qslot(ps, ps->qlen - 1)->kind == 0) return true;
    if (ps->qlen == ps->qcap) {
      uint32_t cap = ps->qcap ? ps->qcap * 2 : 64;
      mt_token *q = malloc((size_t)cap * sizeof *q);
      if (!q) mt_parse_out_of_memory(ps);
      for (uint32_t k = 0; k < ps->qlen; k++) q[k] = *qslot(ps, k);
      free(ps->queue);
      ps->queue = q;
      ps->qcap = cap;
      ps->qhead = 0;
    }
    if (mt_lex_next(ps->lx, qslot(ps, ps->qlen))) {
      ps->qfailed = true;
      return false;
    }
    ps->qlen++;
  }
  return true;
}

/* Token i ahead of the one being fed (0 = the next), or false if the lexer
** fails before it. Used by soft keywords and diagnostics. */
bool mt_parse_peek(mt_parse_state *ps, uint32_t i, mt_token *out) {
  if (!fill(ps, i)) return false;
  *out = *qslot(ps, i < ps->qlen ? i : ps->qlen - 1);
  return true;
}

static bool next_token(mt_parse_state *ps, mt_token *out) {
  if (ps->qlen == 0) {
    if (ps->qfailed || mt_lex_next(ps->lx, out)) return false;
    return true;
  }
  *out = *qslot(ps, 0);
  ps->qhead = (ps->qhead + 1) & (ps->qcap - 1);
  ps->qlen--;
  return true;
}

/*
** {==================================================================
** Soft keywords
** ===================================================================
*/

bool mt_parse_starts_expression(uint32_t kind) {
  switch (kind) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_FSTRING_START: case TK_LPAR:
    case TK_LSQB: case TK_LBRACE: case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_NOT:
    case TK_LAMBDA: case TK_AWAIT: case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS:
    case TK_MATCH: case TK_CASE:
      return true;
    default:
      return false;
  }
}

/* `match` at the start of a statement begins a match statement when the
** logical line has the shape `match <subject> :` NEWLINE; otherwise it is a
** name (match = 1, match(x), match[x]: int = 0, ...). This is the
** lookahead the grammar cannot do (like SQLite's analyzeWindowKeyword). */
static bool match_is_keyword(mt_parse_state *ps) {
  mt_token t;
  if (!mt_parse_peek(ps, 0, &t) || !(mt_parse_starts_expression(t.kind) || t.kind == TK_STAR)) return false;
  /* `match x` cannot go on as an expression statement either: take the
  ** keyword, so that a missing colon is reported as such */
  switch (t.kind) {
    case TK_LPAR: case TK_LSQB: case TK_MINUS: case TK_PLUS: case TK_STAR: case TK_NOT:
      break;
    default:
      return true;
  }
  uint32_t depth = 0, last = 0;
  for (uint32_t i = 0; mt_parse_peek(ps, i, &t) && t.kind != 0; i++) {
    if (depth == 0 && t.kind == TK_NEWLINE) return last == TK_COLON;
    if (t.kind == TK_LPAR || t.kind == TK_LSQB || t.kind == TK_LBRACE) depth++;
    if ((t.kind == TK_RPAR || t.kind == TK_RSQB || t.kind == TK_RBRACE) && depth) depth--;
    last = t.kind;
  }
  return false;
}

/*
** {==================================================================
** Driver
** ===================================================================
*/

char mt_parse_innermost_bracket(const mt_parse_state *ps) {
  uint32_t d = ps->depth;
  return d && d <= MT_LEX_MAX_BRACKETS ? (char)ps->brackets[d - 1] : 0;
}

/* Bookkeeping after a token went in: bracket depth (and which '(' opened
** a def's parameters), open f-strings, and the first tokens of each
** logical line, which the diagnostics use to name the statement. */
static void after_feed(mt_parse_state *ps, const mt_token *tok) {
  if (ps->at_line_start && !is_layout(tok->kind)) {
    ps->head = *tok;
    ps->head2.kind = 0;
    ps->head_at = ps->nring;
    ps->at_line_start = false;
  } else if (ps->nring == ps->head_at + 1) {
    ps->head2 = *tok;
  }
  switch (tok->kind) {
    case TK_LPAR:
    case TK_LSQB:
    case TK_LBRACE:
      if (ps->depth < MT_LEX_MAX_BRACKETS) {
        bool params = tok->kind == TK_LPAR && ps->prev->kind == TK_NAME && ps->prev2->kind == TK_DEF;
        ps->brackets[ps->depth] = params ? 'p' : (uint8_t)ps->src[tok->off];
      }
      ps->depth++;
      break;
    case TK_RPAR:
    case TK_RSQB:
    case TK_RBRACE:
      if (ps->depth) ps->depth--;
      break;
    case TK_FSTRING_START:
      if (ps->fdepth < MT_PARSE_MAX_FSTRINGS) ps->fraw[ps->fdepth] = mt_lex_fstring_is_raw(ps->src, tok);
      ps->fdepth++;
      break;
    case TK_FSTRING_END:
      if (ps->fdepth) ps->fdepth--;
      break;
    case TK_NEWLINE:
      ps->last_newline = *tok;
      ps->at_line_start = true;
      break;
    case TK_INDENT:
    case TK_DEDENT:
      ps->at_line_start = true;
      break;
    default:
      break;
  }
  mt_token *slot = &ps->ring[ps->nring++ % MT_PARSE_RING];
  *slot = *tok;
  ps->prev2 = ps->prev;
  ps->prev = slot;
}

static void feed(mt_parse_state *ps) {
  mt_token *tok = &ps->tok;
  if (tok->kind == TK_MATCH && ps->at_line_start && !match_is_keyword(ps)) tok->kind = TK_NAME;
  mt_parser(ps->parser, (int)tok->kind, *tok);
  after_feed(ps, tok);
}

static void run(mt_parse_state *ps) {
  do {
    if (!next_token(ps, &ps->tok)) {
      *ps->err = *mt_lex_error(ps->lx);
      return;
    }
    feed(ps);
  } while (ps->tok.kind != 0);
}

/* CPython, after the parser reports a syntax error, tokenizes the rest of
** the file and reports the tokenizer's error instead if there is one: the
** lexer does that part (mt_lex_check_rest), given the line of the last
** token read. If the diagnostics already read up to a lexer error, the
** parser got that far in CPython too and the lexer's error stands, unless
** it is one CPython's tokenizer only signals to the parser ('$'). */
static void prefer_lexer_error(mt_parse_state *ps) {
  if (ps->qfailed) {
    const mt_syntax_error *e = mt_lex_error(ps->lx);
    if (strcmp(e->msg, "invalid syntax") != 0) *ps->err = *e;
    return;
  }
  uint32_t read = ps->qlen ? qslot(ps, ps->qlen - 1)->line : ps->tok.line;
  mt_syntax_error e;
  if (mt_lex_check_rest(ps->lx, read, &e)) *ps->err = e;
}

static void cleanup(mt_parse_state *ps) {
  if (ps->lx) mt_lex_free(ps->lx);
  if (ps->parser) mt_parserFinalize(ps->parser); /* frees a grown stack */
  free(ps->queue);
  free(ps->names);
  mt_buf_free(&ps->scratch);
}

#define STATE_FIELD_SIZE(f) sizeof ((mt_parse_state *)0)->f
MT_STATIC_ASSERT(offsetof(mt_parse_state, fraw) + STATE_FIELD_SIZE(fraw) - offsetof(mt_parse_state, recent) ==
                         STATE_FIELD_SIZE(recent) + STATE_FIELD_SIZE(ring) + STATE_FIELD_SIZE(brackets) +
                             STATE_FIELD_SIZE(fraw) &&
                     sizeof(mt_parse_state) - offsetof(mt_parse_state, fraw) - STATE_FIELD_SIZE(fraw) <
                         _Alignof(mt_parse_state),
                 "only recent, ring, brackets and fraw follow the members mt_parse zeroes");

/* The state and lemon's parser object live on the C stack (a few KB each):
** a snippet's parse then makes only small allocations, which malloc
** serves from its thread cache. The state's histories are not zeroed (see
** parse_internal.h); the parser's stack grows on the heap for deep input. */
mt_ast_node *mt_parse(mt_ast_arena *arena, const char *src, size_t len, mt_syntax_error *err) {
  memset(err, 0, sizeof *err);
  mt_parse_state state, *ps = &state;
  mt_parse_engine engine;
  memset(ps, 0, offsetof(mt_parse_state, recent));
  ps->arena = arena;
  ps->src = src;
  ps->len = len;
  ps->err = err;
  ps->at_line_start = true;
  ps->prev = ps->prev2 = &ps->none;
  ps->lx = mt_lex_new(src, len, &ps->lex_err);
  if (!ps->lx) {
    *err = ps->lex_err;
    return NULL;
  }
  ps->parser = &engine;
  mt_parserInit(ps->parser, ps);
  if (setjmp(ps->fail) == 0) run(ps);
  else if ((err->kind == MT_SE_SYNTAX || err->kind == MT_SE_INDENTATION) && !ps->final_error)
    prefer_lexer_error(ps);
  mt_ast_node *module = err->kind == MT_SE_NONE ? ps->module : NULL;
  if (!module && err->kind == MT_SE_NONE) mt_syntax_error_set(err, MT_SE_SYNTAX, 1, 0, "invalid syntax");
  cleanup(ps);
  return module;
}
