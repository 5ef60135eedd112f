/*
** fuzz_lex.c: the tokenizer on arbitrary bytes. Every token must lie inside
** the source with its end after its start, every string and f-string
** literal is decoded, the stream ends (0 or an error with a message) within
** a bounded number of tokens, and a parser-style error after half the
** stream (mt_lex_check_rest) must not crash either.
*/
#include "fuzz.h"
#include "grammar.h"
#include "lex.h"

/* A source of n bytes yields at most this many tokens (INDENT/DEDENT and
** NEWLINE come at most a few per byte). */
static size_t token_bound(size_t n) { return 4 * n + 16; }

static void check_token(const mt_token *t, size_t size) {
  fuzz_check((size_t)t->off + t->len <= size, "token %s at %u+%u beyond %zu", mt_lex_token_name(t->kind),
             t->off, t->len, size);
  fuzz_check(t->line >= 1 && t->col >= 1, "token %s at %u:%u", mt_lex_token_name(t->kind), t->line, t->col);
  fuzz_check(t->end_line > t->line || (t->end_line == t->line && t->end_col >= t->col),
             "token %s ends at %u:%u before its start %u:%u", mt_lex_token_name(t->kind), t->end_line,
             t->end_col, t->line, t->col);
}

/* Decode the literal a token carries, if any; raw_stack tracks the
** enclosing f-strings' raw flags. */
static void decode(const char *src, const mt_token *t, bool *raw_stack, uint32_t *depth, mt_buf *out) {
  mt_syntax_error err = {0};
  bool is_bytes;
  mt_buf_clear(out);
  if (t->kind == TK_STRING) {
    if (mt_lex_decode_string(src, t, out, &is_bytes, &err))
      fuzz_check(err.kind != MT_SE_NONE && err.msg[0], "string decode failed without a message");
  } else if (t->kind == TK_FSTRING_START) {
    fuzz_check(*depth <= MT_LEX_MAX_FSTRING_DEPTH, "f-strings nested %u deep", *depth);
    raw_stack[(*depth)++] = mt_lex_fstring_is_raw(src, t);
  } else if (t->kind == TK_FSTRING_END) {
    fuzz_check(*depth > 0, "FSTRING_END outside an f-string");
    (*depth)--;
  } else if (t->kind == TK_FSTRING_MIDDLE) {
    fuzz_check(*depth > 0, "FSTRING_MIDDLE outside an f-string");
    if (mt_lex_decode_fstring_middle(src, t, raw_stack[*depth - 1], out, &err))
      fuzz_check(err.kind != MT_SE_NONE && err.msg[0], "f-string decode failed without a message");
  }
}

/* Tokenize; with stop_at > 0, pretend the parser failed at that token.
** Returns the number of tokens read. */
static size_t lex(const char *src, size_t size, size_t stop_at, mt_buf *out) {
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, size, &err);
  if (!lx) {
    fuzz_check(err.kind != MT_SE_NONE, "mt_lex_new failed without an error");
    return 0;
  }
  bool raw_stack[MT_LEX_MAX_FSTRING_DEPTH + 1];
  uint32_t depth = 0;
  size_t n = 0;
  mt_token t;
  for (;;) {
    if (mt_lex_next(lx, &t) < 0) {
      const mt_syntax_error *e = mt_lex_error(lx);
      fuzz_check(e->kind != MT_SE_NONE && (e->msg[0] || e->kind == MT_SE_MEMORY),
                 "lexer error without a message");
      break;
    }
    check_token(&t, size);
    fuzz_check(++n <= token_bound(size), "more than %zu tokens from %zu bytes", token_bound(size), size);
    if (t.kind == 0) break;
    if (n == stop_at) {
      mt_syntax_error rest = {0};
      if (mt_lex_check_rest(lx, t.line, &rest))
        fuzz_check(rest.kind != MT_SE_NONE && rest.msg[0], "check_rest error without a message");
      break;
    }
    decode(src, &t, raw_stack, &depth, out);
  }
  mt_lex_free(lx);
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *src = fuzz_copy(data, size, FUZZ_MAX_SOURCE);
  if (!src) return 0;
  mt_buf out = MT_BUF_INIT;
  size_t n = lex(src, size, 0, &out);
  if (n > 2) lex(src, size, n / 2, &out);
  mt_buf_free(&out);
  free(src);
  return 0;
}
