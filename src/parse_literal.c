/*
** parse_literal.c: grammar actions for literals: numbers, adjacent string
** literals and f-strings (concatenated as CPython 3.11 does: one Constant,
** or one JoinedStr whose neighbouring literal parts are merged).
*/
#include "parse_internal.h"

#include <string.h>

#include "floating.h"

/* CPython refuses decimal int literals longer than this (sys.int_info
** default_max_str_digits); hexadecimal ones have no limit. */
#define MAX_DECIMAL_DIGITS 4300

/* Copy the token's digits from `skip` on, without underscores, into the
** arena (NUL-terminated); *n receives their count. */
static const char *digits(mt_parse_state *ps, const mt_token *tok, uint32_t skip, uint32_t stop, uint32_t *n) {
  const char *s = ps->src + tok->off;
  char *d = mt_parse_alloc(ps, (size_t)(stop - skip) + 1);
  uint32_t k = 0;
  for (uint32_t i = skip; i < stop; i++)
    if (s[i] != '_') d[k++] = s[i];
  d[k] = '\0';
  *n = k;
  return d;
}

/* The value of a float literal's text s[0..stop) (underscores allowed;
** stop excludes the j of an imaginary literal): correctly rounded and
** independent of the C locale. */
static double float_value(mt_parse_state *ps, const mt_token *tok, uint32_t stop) {
  double v = 0;
  if (mt_float_parse(ps->src + tok->off, stop, false, &v) != MT_FLOAT_OK)
    mt_parse_fail_at(ps, MT_SE_SYNTAX, *tok, "invalid syntax");
  return v;
}

mt_ast_node *mt_parse_number(mt_parse_state *ps, mt_token tok) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_Constant, TS(tok), TE(tok));
  mt_ast_const *c = &n->v.Constant.value;
  const char *s = ps->src + tok.off;
  uint32_t len = tok.len;
  char last = s[len - 1], x = len > 1 ? (char)(s[1] | 0x20) : 0;
  if (last == 'j' || last == 'J') {
    c->kind = MT_AST_CONST_IMAG;
    c->u.f = float_value(ps, &tok, len - 1);
  } else if (s[0] == '0' && (x == 'x' || x == 'o' || x == 'b')) {
    c->kind = MT_AST_CONST_INT;
    c->base = x == 'x' ? 16 : x == 'o' ? 8 : 2;
    c->u.bytes = digits(ps, &tok, 2, len, &c->len);
  } else if (memchr(s, '.', len) || memchr(s, 'e', len) || memchr(s, 'E', len)) {
    c->kind = MT_AST_CONST_FLOAT;
    c->u.f = float_value(ps, &tok, len);
  } else {
    c->kind = MT_AST_CONST_INT;
    c->base = 10;
    c->u.bytes = digits(ps, &tok, 0, len, &c->len);
    if (c->len > MAX_DECIMAL_DIGITS) {
      mt_pos start = {tok.line, 0}, end = {tok.end_line, 0};
      mt_parse_fail(ps, MT_SE_SYNTAX, start, end,
                    "Exceeds the limit (%d digits) for integer string conversion: value has %u digits; "
                    "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                    "huge integer literals to avoid decimal conversion limits.",
                    MAX_DECIMAL_DIGITS, (unsigned)c->len);
    }
  }
  return mt_parse_fin(ps, n);
}

/*
** {==================================================================
** Concatenation
** ===================================================================
*/

static mt_strparts *parts_new(mt_parse_state *ps, mt_pos start) {
  mt_strparts *s = mt_parse_alloc(ps, sizeof *s);
  memset(s, 0, sizeof *s);
  s->start = s->end = start;
  return s;
}

/* Append text to the pending literal, which starts at `start` if empty. */
static void lit_append(mt_parse_state *ps, mt_strparts *s, const char *text, size_t n, mt_pos start, mt_pos end) {
  if (n > UINT32_MAX / 2 - s->lit_len) mt_parse_out_of_memory(ps);
  if (s->lit_len + n + 1 > s->lit_cap) {
    uint32_t cap = s->lit_cap ? s->lit_cap : 32;
    while (cap < s->lit_len + n + 1) cap *= 2;
    char *p = mt_parse_alloc(ps, cap);
    if (s->lit_len) memcpy(p, s->lit, s->lit_len);
    s->lit = p;
    s->lit_cap = cap;
  }
  if (!s->lit_len) s->lit_start = start;
  s->lit_end = end;
  memcpy(s->lit + s->lit_len, text, n);
  s->lit_len += (uint32_t)n;
  s->lit[s->lit_len] = '\0';
}

static mt_ast_node *lit_constant(mt_parse_state *ps, mt_strparts *s, bool keep_empty) {
  if (!s->lit_len && !keep_empty) return NULL;
  mt_ast_node *n = mt_parse_node(ps, MT_AST_Constant, s->lit_len ? s->lit_start : s->start,
                                 s->lit_len ? s->lit_end : s->end);
  mt_ast_const *c = &n->v.Constant.value;
  c->kind = s->bytes ? MT_AST_CONST_BYTES : MT_AST_CONST_STR;
  c->len = s->lit_len;
  c->u.bytes = s->lit ? s->lit : "";
  n->v.Constant.kind = s->u;
  s->lit = NULL;
  s->lit_len = s->lit_cap = 0;
  return mt_parse_fin(ps, n);
}

/* Turn the pending literal into a Constant among the values. */
static void lit_flush(mt_parse_state *ps, mt_strparts *s) {
  mt_ast_node *c = lit_constant(ps, s, false);
  if (c) mt_parse_seq_add(ps, &s->values, c);
}

static void note_kind(mt_strparts *s, bool first, bool bytes) {
  if (first) s->bytes = bytes;
  else if (s->bytes != bytes) s->mixed = true;
}

mt_strparts *mt_parse_str_add(mt_parse_state *ps, mt_strparts *s, mt_token tok) {
  bool first = !s;
  if (first) {
    s = parts_new(ps, TS(tok));
    char c0 = ps->src[tok.off];
    s->u = c0 == 'u' || c0 == 'U';
  }
  bool bytes = false;
  mt_syntax_error e = {0};
  mt_buf_clear(&ps->scratch);
  if (mt_lex_decode_string(ps->src, &tok, &ps->scratch, &bytes, &e)) mt_parse_fail_with(ps, &e);
  note_kind(s, first, bytes);
  lit_append(ps, s, ps->scratch.data ? ps->scratch.data : "", ps->scratch.len, TS(tok), TE(tok));
  s->end = TE(tok);
  return s;
}

/* Append a finished f-string's parts: its literal text merges with the
** neighbouring literal text, its fields follow in order. */
mt_strparts *mt_parse_str_fstring(mt_parse_state *ps, mt_strparts *s, mt_strparts *f, mt_token end) {
  f->end = TE(end);
  if (!s) {
    s = f;
    s->fstring = true;
    note_kind(s, true, false);
    return s;
  }
  note_kind(s, false, false);
  s->fstring = true;
  for (uint32_t i = 0; i < f->values.len; i++) {
    mt_ast_node *v = f->values.items[i];
    if (v->kind == MT_AST_Constant) {
      const mt_ast_const *c = &v->v.Constant.value;
      lit_append(ps, s, c->u.bytes, c->len, NS(v), NE(v));
    } else {
      lit_flush(ps, s);
      mt_parse_seq_add(ps, &s->values, v);
    }
  }
  if (f->lit_len) lit_append(ps, s, f->lit, f->lit_len, f->lit_start, f->lit_end);
  s->end = f->end;
  return s;
}

mt_ast_node *mt_parse_strings(mt_parse_state *ps, mt_strparts *s) {
  if (s->mixed) mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "cannot mix bytes and nonbytes literals");
  if (!s->fstring) {
    mt_ast_node *c = lit_constant(ps, s, true);
    c->line = s->start.line;
    c->col = s->start.col;
    c->end_line = s->end.line;
    c->end_col = s->end.col;
    return c;
  }
  lit_flush(ps, s);
  mt_ast_node *n = mt_parse_node(ps, MT_AST_JoinedStr, s->start, s->end);
  n->v.JoinedStr.values = s->values;
  return mt_parse_fin(ps, n);
}

/*
** {==================================================================
** f-strings
** ===================================================================
*/

mt_strparts *mt_parse_fstring_start(mt_parse_state *ps, mt_token tok) {
  mt_strparts *f = parts_new(ps, TS(tok));
  f->raw = mt_lex_fstring_is_raw(ps->src, &tok);
  f->fstring = true;
  return f;
}

mt_strparts *mt_parse_fstring_spec_start(mt_parse_state *ps) {
  mt_strparts *f = parts_new(ps, TS(ps->tok));
  uint32_t d = ps->fdepth < MT_PARSE_MAX_FSTRINGS ? ps->fdepth : MT_PARSE_MAX_FSTRINGS;
  f->raw = d && ps->fraw[d - 1];
  f->fstring = true;
  return f;
}

void mt_parse_fstring_middle(mt_parse_state *ps, mt_strparts *f, mt_token tok) {
  mt_syntax_error e = {0};
  mt_buf_clear(&ps->scratch);
  if (mt_lex_decode_fstring_middle(ps->src, &tok, f->raw, &ps->scratch, &e)) mt_parse_fail_with(ps, &e);
  lit_append(ps, f, ps->scratch.data ? ps->scratch.data : "", ps->scratch.len, TS(tok), TE(tok));
}

void mt_parse_fstring_field(mt_parse_state *ps, mt_strparts *f, mt_freplace *r) {
  if (r->debug_len) {
    mt_pos at = NS(r->value);
    lit_append(ps, f, ps->src + r->debug_off, r->debug_len, at, at);
  }
  lit_flush(ps, f);
  mt_parse_seq_add(ps, &f->values, r->value);
}

/* {expr=!r:spec}: without a conversion, the debug form converts with repr
** unless a format spec is given (CPython 3.11). */
mt_freplace mt_parse_fstring_replacement(mt_parse_state *ps, mt_token lbrace, mt_ast_node *e,
                                         const mt_token *debug, const mt_fconv *conv, const mt_fspec *spec,
                                         mt_token rbrace) {
  mt_ast_node *n = mt_parse_node(ps, MT_AST_FormattedValue, TS(lbrace), TE(rbrace));
  n->v.FormattedValue.value = e;
  n->v.FormattedValue.conversion = conv->conv >= 0 ? conv->conv : debug->kind && !spec->spec ? 'r' : -1;
  n->v.FormattedValue.format_spec = spec->spec;
  mt_freplace r = {mt_parse_fin(ps, n), 0, 0};
  if (debug->kind) {
    uint32_t stop = conv->conv >= 0 ? conv->off : spec->spec ? spec->off : rbrace.off;
    r.debug_off = lbrace.off + lbrace.len;
    r.debug_len = stop - r.debug_off;
  }
  return r;
}

/* The expression of a field is parsed as if parenthesized: `a, b` is a
** tuple, a lone `*a` is an error. */
mt_ast_node *mt_parse_fstring_expr(mt_parse_state *ps, mt_ast_seq *elts, const mt_token *comma) {
  mt_ast_node *first = elts->items[0];
  if (!comma && elts->len == 1) {
    if (first->kind == MT_AST_Starred) mt_parse_fail_node(ps, first, "cannot use starred expression here");
    return first;
  }
  return mt_parse_tuple(ps, elts, NS(first), comma ? TE(*comma) : NE(elts->items[elts->len - 1]), 0);
}

mt_fconv mt_parse_fstring_conversion(mt_parse_state *ps, mt_token bang, mt_token name) {
  char c = ps->src[name.off];
  if (name.len != 1 || (c != 's' && c != 'r' && c != 'a'))
    mt_parse_fail_at(ps, MT_SE_SYNTAX, name, "invalid conversion character: expected 's', 'r', or 'a'");
  mt_fconv r = {c, bang.off};
  return r;
}

static bool has_field(const mt_ast_node *joined) {
  for (uint32_t i = 0; i < joined->v.JoinedStr.values.len; i++)
    if (joined->v.JoinedStr.values.items[i]->kind == MT_AST_FormattedValue) return true;
  return false;
}

/* A format spec may hold fields, but their own specs may not (CPython
** 3.11 nests replacement fields two levels deep at most). */
mt_fspec mt_parse_fstring_spec(mt_parse_state *ps, mt_token colon, mt_strparts *parts) {
  for (uint32_t i = 0; i < parts->values.len; i++) {
    const mt_ast_node *v = parts->values.items[i];
    if (v->kind == MT_AST_FormattedValue && v->v.FormattedValue.format_spec &&
        has_field(v->v.FormattedValue.format_spec))
      mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "expressions nested too deeply");
  }
  lit_flush(ps, parts);
  mt_pos end = parts->values.len ? NE(parts->values.items[parts->values.len - 1]) : TE(colon);
  mt_ast_node *n = mt_parse_node(ps, MT_AST_JoinedStr, TS(colon), end);
  n->v.JoinedStr.values = parts->values;
  mt_fspec r = {mt_parse_fin(ps, n), colon.off};
  return r;
}
