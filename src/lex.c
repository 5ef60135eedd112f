/*
** lex.c: the layout filter over the re2c scanner (grammar/lexer.re).
**
** The scanner cuts bytes into raw tokens; this file gives them their
** context, following CPython 3.11's tokenizer (Parser/tokenizer.c):
**   - indentation at the start of each logical line becomes INDENT/DEDENT
**     (indstack/altindstack for the tab check, pending for the count);
**   - newlines inside brackets and on blank or comment-only lines vanish;
**   - f-strings become FSTRING_START, FSTRING_MIDDLE, LBRACE expr [EQUAL]
**     [EXCLAMATION NAME] [COLON spec] RBRACE ..., FSTRING_END, with 3.11's
**     rules: the extent of an f-string is fixed first, as for any string,
**     and its fields may hold neither backslashes nor comments;
**   - errors carry CPython's exception, message, line and column.
*/
#include "lex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "ident_table.h"
#include "lex_scan.h"
#include "token_names.h"
#include "utf8.h"

#define TABSIZE 8 /* CPython's; the consistency check also uses size 1 */

/* Identifier classes of ident_table.h. */
enum { ID_NONPRINT, ID_START, ID_CONTINUE, ID_PRINTABLE };

/* ------------------------------------------------------------------ */
/* Positions                                                            */
/* ------------------------------------------------------------------ */

static bool is_newline_at(const char *b, uint32_t i) {
  return b[i] == '\n' || (b[i] == '\r' && b[i + 1] != '\n');
}

/* Move the line bookkeeping past the line ends inside buf[from, to). */
static void cross_lines(mt_lexer *lx, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; i++) {
    if (is_newline_at(lx->buf, i)) {
      lx->line++;
      lx->line_start = lx->cache_off = i + 1;
      lx->cache_col = 0;
    }
  }
}

/* The number of code points between the current line's start and byte
** off (CPython counts columns in characters). Linear over a line because
** tokens arrive in order and the last answer is cached. */
static uint32_t chars_before(mt_lexer *lx, uint32_t off) {
  if (off < lx->cache_off) {
    lx->cache_off = lx->line_start;
    lx->cache_col = 0;
  }
  uint32_t col = lx->cache_col;
  for (uint32_t i = lx->cache_off; i < off; i++) col += ((uint8_t)lx->buf[i] & 0xC0) != 0x80;
  lx->cache_off = off;
  lx->cache_col = col;
  return col;
}

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

static int fail(mt_lexer *lx, mt_syntax_error_kind kind, uint32_t line, uint32_t col,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int fail(mt_lexer *lx, mt_syntax_error_kind kind, uint32_t line, uint32_t col,
                const char *fmt, ...) {
  char msg[sizeof lx->err.msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  mt_syntax_error_set(&lx->err, kind, line, col, "%s", msg);
  return -1;
}

/* CPython's plain tokenizer error: the caret after the character that
** ends at byte off ("syntaxerror" in tokenizer.c reports the characters
** consumed so far). */
static int fail_at(mt_lexer *lx, uint32_t off, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail_at(mt_lexer *lx, uint32_t off, const char *fmt, ...) {
  char msg[sizeof lx->err.msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return fail(lx, MT_SE_SYNTAX, lx->line, chars_before(lx, off), "%s", msg);
}

static int nul_error(mt_lexer *lx) {
  return fail(lx, MT_SE_SYNTAX, lx->line, 0, "source code cannot contain null bytes");
}

/* CPython 3.11 finds f-string errors while the parser converts the string
** group, so it points at the token after the group: find that token,
** starting just past the outermost f-string. */
static void after_string_group(mt_lexer *lx, uint32_t *line, uint32_t *col) {
  for (uint32_t i = 0; i < lx->fdepth; i++) lx->buf[lx->fstr[i].body_end] = lx->fstr[i].saved;
  const mt_lex_fstring *outer = &lx->fstr[0];
  lx->line = outer->line;
  lx->line_start = lx->cache_off = outer->line_start;
  lx->cache_col = 0;
  cross_lines(lx, outer->start, outer->end);
  lx->cur = outer->end;
  lx->fdepth = 0;
  for (;;) {
    uint32_t k = mt_lex_scan(lx);
    if (k == MT_RAW_COMMENT) continue;
    bool skip = k == MT_RAW_CONTINUATION || k == TK_STRING || k == MT_RAW_FSTRING ||
                (k == MT_RAW_NL && outer->nest_base > 0);
    if (!skip) break;
    cross_lines(lx, lx->tok_start, lx->cur);
  }
  *line = lx->line;
  *col = chars_before(lx, lx->tok_start) + 1;
}

static int fstring_error(mt_lexer *lx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int fstring_error(mt_lexer *lx, const char *fmt, ...) {
  char msg[sizeof lx->err.msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  uint32_t line, col;
  after_string_group(lx, &line, &col);
  return fail(lx, MT_SE_SYNTAX, line, col, "%s", msg);
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */
/* ------------------------------------------------------------------ */

/* Fill tok with the span buf[off, end) as kind, moving the line
** bookkeeping past any newline inside it. */
static int emit(mt_lexer *lx, mt_token *tok, uint32_t kind, uint32_t off, uint32_t end) {
  if (end - off > MT_LEX_MAX_TOKEN_BYTES)
    return fail(lx, MT_SE_SYNTAX, lx->line, chars_before(lx, off) + 1, "token too long");
  tok->kind = kind;
  /* the newline appended to the copy lies past the source: empty span */
  tok->off = off <= lx->len ? off : lx->len;
  tok->len = (end <= lx->len ? end : lx->len) - tok->off;
  tok->line = lx->line;
  tok->col = chars_before(lx, off) + 1;
  if (kind == TK_STRING || kind == TK_FSTRING_MIDDLE) cross_lines(lx, off, end);
  tok->end_line = lx->line;
  tok->end_col = chars_before(lx, end) + 1;
  return 0;
}

static int emit_pending(mt_lexer *lx, mt_token *tok) {
  if (lx->pending > 0) {
    lx->pending--;
    return emit(lx, tok, TK_INDENT, lx->line_start, lx->cur);
  }
  lx->pending++;
  return emit(lx, tok, TK_DEDENT, lx->cur, lx->cur);
}

/* ------------------------------------------------------------------ */
/* Indentation                                                          */
/* ------------------------------------------------------------------ */

/* CPython's indentation errors point past the whole physical line. */
static uint32_t line_length(const mt_lexer *lx) {
  uint32_t p = lx->line_start;
  while (lx->buf[p] != '\n' && lx->buf[p] != '\r' && p < lx->limit) p++;
  return p - lx->line_start;
}

/* At the start of a line: measure the indentation with tab sizes 8 and 1
** and, on a line that counts, queue INDENT/DEDENTs (tok_get's atbol part). */
static int start_line(mt_lexer *lx) {
  lx->at_bol = false;
  uint32_t col = 0, alt = 0, p = lx->cur;
  for (;; p++) {
    char c = lx->buf[p];
    if (c == ' ') {
      col++;
      alt++;
    } else if (c == '\t') {
      col = (col / TABSIZE + 1) * TABSIZE;
      alt++;
    } else if (c == '\f') {
      col = alt = 0;
    } else {
      break;
    }
  }
  lx->cur = p;
  char c = lx->buf[p];
  lx->blank_line = c == '#' || c == '\n' || c == '\r';
  if (p == lx->limit && lx->nul_line) return nul_error(lx);
  if (lx->blank_line || lx->depth > 0) return 0;
  uint32_t top = lx->indstack[lx->indent];
  if (col > top) {
    if (lx->indent + 1 >= MT_LEX_MAX_INDENT)
      return fail(lx, MT_SE_INDENTATION, lx->line, 1, "too many levels of indentation");
    if (alt <= lx->altstack[lx->indent]) goto tab_error;
    lx->indent++;
    lx->indstack[lx->indent] = col;
    lx->altstack[lx->indent] = alt;
    lx->pending++;
    return 0;
  }
  while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
    lx->indent--;
    lx->pending--;
  }
  if (col != lx->indstack[lx->indent])
    return fail(lx, MT_SE_INDENTATION, lx->line, line_length(lx) + 1,
                "unindent does not match any outer indentation level");
  if (alt != lx->altstack[lx->indent]) goto tab_error;
  return 0;
tab_error:
  return fail(lx, MT_SE_TAB, lx->line, 1, "inconsistent use of tabs and spaces in indentation");
}

/* ------------------------------------------------------------------ */
/* Brackets                                                             */
/* ------------------------------------------------------------------ */

static mt_lex_nest *push_nest(mt_lexer *lx, uint8_t open, uint32_t off) {
  if (lx->depth >= MT_LEX_MAX_BRACKETS) {
    fail_at(lx, off + 1, "too many nested parentheses");
    return NULL;
  }
  mt_lex_nest *n = &lx->nest[lx->depth++];
  memset(n, 0, sizeof *n);
  n->open = open;
  n->line = lx->line;
  n->byte_col = off - lx->line_start;
  return n;
}

static bool in_fstring_field(const mt_lexer *lx) { return lx->fdepth > 0; }

/* A closing bracket in code or in an f-string field's expression. */
static int close_bracket(mt_lexer *lx, char close, uint32_t off) {
  const char *fs = in_fstring_field(lx) ? "f-string: " : "";
  mt_lex_nest *n = lx->depth > 0 ? &lx->nest[lx->depth - 1] : NULL;
  if (n == NULL || n->open == 'F') {
    if (*fs) return fstring_error(lx, "f-string: unmatched '%c'", close);
    return fail_at(lx, off + 1, "unmatched '%c'", close);
  }
  char open = (char)n->open;
  if ((open == '(' && close == ')') || (open == '[' && close == ']') ||
      (open == '{' && close == '}')) {
    lx->depth--;
    return 0;
  }
  if (*fs)
    return fstring_error(lx,
                         "f-string: closing parenthesis '%c' does not match opening "
                         "parenthesis '%c'",
                         close, open);
  if (n->line != lx->line)
    return fail_at(lx, off + 1,
                   "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u",
                   close, open, n->line);
  return fail_at(lx, off + 1, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                 close, open);
}

/* ------------------------------------------------------------------ */
/* Names and numbers                                                    */
/* ------------------------------------------------------------------ */

static uint32_t ident_class(uint32_t cp) {
  uint32_t lo = 0, hi = MT_ARRAY_LEN(ident_runs);
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if ((ident_runs[mid] >> 2) <= cp)
      lo = mid;
    else
      hi = mid;
  }
  return ident_runs[lo] & 3;
}

bool mt_lex_is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return cp <= 0x10FFFF && ident_class(cp) != ID_NONPRINT;
}

/* A name with non-ASCII bytes: valid UTF-8 (checked like CPython's
** decoder, reported at the name's end) and XID_Start XID_Continue*. */
static int verify_name(mt_lexer *lx, uint32_t start, uint32_t end) {
  const uint8_t *s = (const uint8_t *)lx->buf + start;
  uint32_t n = end - start;
  for (uint32_t i = 0; i < n;) {
    mt_utf8_step st = mt_utf8_decode(s + i, n - i);
    if (st.status != MT_UTF8_OK) {
      char why[160];
      mt_utf8_describe(why, sizeof why, s[i], i, st);
      return fail(lx, MT_SE_SYNTAX, lx->line, end - lx->line_start, "(unicode error) %s", why);
    }
    i += st.len;
  }
  for (uint32_t i = 0; i < n;) {
    mt_utf8_step st = mt_utf8_decode(s + i, n - i);
    uint32_t cp = st.cp, k;
    if (cp < 0x80)
      k = (cp >= '0' && cp <= '9') ? ID_CONTINUE : ID_START;
    else
      k = ident_class(cp);
    bool ok = i == 0 ? k == ID_START : (k == ID_START || k == ID_CONTINUE);
    if (!ok) {
      uint32_t off = start + i + st.len;
      if (k == ID_NONPRINT) return fail_at(lx, off, "invalid non-printable character U+%04X", cp);
      return fail_at(lx, off, "invalid character '%.*s' (U+%04X)", (int)st.len, (const char *)s + i,
                     cp);
    }
    i += st.len;
  }
  return 0;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool is_name_char(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

/* word follows at s and is not glued to more name characters. */
static bool word_follows(const unsigned char *s, const char *word) {
  size_t i = 0;
  for (; word[i]; i++)
    if (s[i] != (unsigned char)word[i]) return false; /* stops at the sentinel */
  return !is_name_char(s[i]);
}

/* CPython's verify_end_of_number: c was read and p is just past it. A
** keyword that can follow a number in valid code (1if x else y) is
** allowed (3.11 only warns); any other name character is an error. */
static bool number_end_ok(mt_lexer *lx, int c, uint32_t p, const char *kind) {
  const unsigned char *s = (const unsigned char *)lx->buf + p;
  bool keyword = (c == 'a' && word_follows(s, "nd")) || (c == 'e' && word_follows(s, "lse")) ||
                 (c == 'f' && word_follows(s, "or")) ||
                 (c == 'i' && (s[0] == 'f' || s[0] == 'n' || s[0] == 's')) ||
                 (c == 'o' && word_follows(s, "r")) || (c == 'n' && word_follows(s, "ot"));
  if (keyword || !is_name_char(c)) return true;
  fail_at(lx, p - 1, "invalid %s literal", kind);
  return false;
}

/* The rest of a decimal digit run with single underscores (tok_decimal_tail).
** Returns the character after it, or -1 after an error. */
static int decimal_tail(mt_lexer *lx, uint32_t *p) {
  const unsigned char *b = (const unsigned char *)lx->buf;
  int c;
  for (;;) {
    do c = b[(*p)++];
    while (is_digit(c));
    if (c != '_') return c;
    c = b[(*p)++];
    if (!is_digit(c)) {
      fail_at(lx, --*p, "invalid decimal literal");
      return -1;
    }
  }
}

/* Digits of base 8 or 2 with single underscores; reports CPython's
** "invalid digit" and "invalid ... literal" errors. Returns the character
** after the run, or -1 after an error. */
static int based_digits(mt_lexer *lx, uint32_t *p, int top, const char *kind) {
  const unsigned char *b = (const unsigned char *)lx->buf;
  int c = b[(*p)++];
  do {
    if (c == '_') c = b[(*p)++];
    if (c < '0' || c > top) {
      if (is_digit(c)) {
        fail_at(lx, *p, "invalid digit '%c' in %s literal", c, kind);
      } else {
        fail_at(lx, --*p, "invalid %s literal", kind);
      }
      return -1;
    }
    do c = b[(*p)++];
    while (c >= '0' && c <= top);
  } while (c == '_');
  if (is_digit(c)) {
    fail_at(lx, *p, "invalid digit '%c' in %s literal", c, kind);
    return -1;
  }
  return c;
}

/* Re-scan a number glued to a name character with CPython 3.11's rules
** (the number branch of tok_get) to find where it ends or which error it
** is. Only this slow path runs for such input; the DFA handles the rest.
** Returns the end offset, or 0 after an error. */
static uint32_t number_slow(mt_lexer *lx, uint32_t start) {
  const unsigned char *b = (const unsigned char *)lx->buf;
  uint32_t p = start;
  int c = b[p++];
  if (c == '.') {
    c = b[p++];
    goto fraction;
  }
  if (c == '0') {
    c = b[p++];
    if (c == 'x' || c == 'X') {
      c = b[p++];
      do {
        if (c == '_') c = b[p++];
        if (!is_xdigit(c)) return fail_at(lx, p - 1, "invalid hexadecimal literal"), 0;
        do c = b[p++];
        while (is_xdigit(c));
      } while (c == '_');
      if (!number_end_ok(lx, c, p, "hexadecimal")) return 0;
    } else if (c == 'o' || c == 'O') {
      c = based_digits(lx, &p, '7', "octal");
      if (c < 0 || !number_end_ok(lx, c, p, "octal")) return 0;
    } else if (c == 'b' || c == 'B') {
      c = based_digits(lx, &p, '1', "binary");
      if (c < 0 || !number_end_ok(lx, c, p, "binary")) return 0;
    } else {
      bool nonzero = false;
      for (;;) {
        if (c == '_') {
          c = b[p++];
          if (!is_digit(c)) return fail_at(lx, p - 1, "invalid decimal literal"), 0;
        }
        if (c != '0') break;
        c = b[p++];
      }
      uint32_t zeros_end = p;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail(lx, &p);
        if (c < 0) return 0;
      }
      if (c == '.') {
        c = b[p++];
        goto fraction;
      }
      if (c == 'e' || c == 'E') goto exponent;
      if (c == 'j' || c == 'J') goto imaginary;
      if (nonzero) {
        /* CPython gives this one a byte range: start .. end of the zeros */
        fail(lx, MT_SE_SYNTAX, lx->line, start - lx->line_start + 1,
             "leading zeros in decimal integer literals are not permitted; "
             "use an 0o prefix for octal integers");
        lx->err.end_line = lx->line;
        lx->err.end_col = zeros_end - lx->line_start;
        return 0;
      }
      if (!number_end_ok(lx, c, p, "decimal")) return 0;
    }
    return p - 1;
  }
  c = decimal_tail(lx, &p);
  if (c < 0) return 0;
  if (c == '.') {
    c = b[p++];
  fraction:
    if (is_digit(c)) {
      c = decimal_tail(lx, &p);
      if (c < 0) return 0;
    }
  }
  if (c == 'e' || c == 'E') {
  exponent:;
    int e = c;
    c = b[p++];
    if (c == '+' || c == '-') {
      c = b[p++];
      if (!is_digit(c)) return fail_at(lx, p - 1, "invalid decimal literal"), 0;
    } else if (!is_digit(c)) {
      /* "1else": the number ends before the e */
      if (!number_end_ok(lx, e, p - 1, "decimal")) return 0;
      return p - 2;
    }
    c = decimal_tail(lx, &p);
    if (c < 0) return 0;
  }
  if (c == 'j' || c == 'J') {
  imaginary:
    c = b[p++];
    if (!number_end_ok(lx, c, p, "imaginary")) return 0;
  } else if (!number_end_ok(lx, c, p, "decimal")) {
    return 0;
  }
  return p - 1;
}

/* ------------------------------------------------------------------ */
/* Strings                                                              */
/* ------------------------------------------------------------------ */

static bool is_quote(char c) { return c == '\'' || c == '"'; }

/* A string opener without its closing quote: CPython's two messages,
** "detected at" the line where the scan gave up. */
static int unterminated(mt_lexer *lx, uint32_t start) {
  const char *b = lx->buf;
  uint32_t q = start;
  while (!is_quote(b[q])) q++;
  bool triple = b[q + 1] == b[q] && b[q + 2] == b[q];
  if (in_fstring_field(lx)) return fstring_error(lx, "f-string: unterminated string");
  uint32_t line = lx->line, col = chars_before(lx, start) + 1;
  uint32_t p = q + (triple ? 3 : 1);
  if (triple) {
    p = lx->limit;
  } else {
    while (b[p] != '\0' && b[p] != '\n' && b[p] != '\r') {
      if (b[p++] != '\\' || b[p] == '\0') continue;
      p += b[p] == '\r' && b[p + 1] == '\n' ? 2 : 1; /* the escaped character */
    }
  }
  if (p == lx->limit && lx->nul_line) {
    cross_lines(lx, start, p);
    return nul_error(lx);
  }
  /* the line holding the last character read */
  cross_lines(lx, start, p > q ? p - (triple ? 1 : 0) : p);
  return fail(lx, MT_SE_SYNTAX, line, col, "unterminated %sstring literal (detected at line %u)",
              triple ? "triple-quoted " : "", lx->line);
}

/* A backslash anywhere in a field's expression is an error in 3.11. */
static int check_field_backslash(mt_lexer *lx, uint32_t start, uint32_t end) {
  if (in_fstring_field(lx) && memchr(lx->buf + start, '\\', end - start))
    return fstring_error(lx, "f-string expression part cannot include a backslash");
  return 0;
}

/* Open the f-string buf[start, end) (its extent was matched as a string):
** hide its closing quote behind the sentinel and emit FSTRING_START. */
static int open_fstring(mt_lexer *lx, mt_token *tok, uint32_t start, uint32_t end) {
  if (check_field_backslash(lx, start, end) < 0) return -1;
  if (lx->fdepth >= MT_LEX_MAX_FSTRING_DEPTH)
    return fstring_error(lx, "f-string: expressions nested too deeply");
  char *b = lx->buf;
  uint32_t q = start;
  bool raw = false;
  for (; !is_quote(b[q]); q++) raw |= b[q] == 'r' || b[q] == 'R';
  uint32_t qlen = end - q >= 6 && b[q + 1] == b[q] && b[q + 2] == b[q] ? 3 : 1;
  mt_lex_fstring *f = &lx->fstr[lx->fdepth++];
  f->start = start;
  f->body = q + qlen;
  f->body_end = end - qlen;
  f->end = end;
  f->nest_base = lx->depth;
  f->line = lx->line;
  f->line_start = lx->line_start;
  f->raw = raw;
  f->saved = b[f->body_end];
  b[f->body_end] = '\0';
  lx->cur = f->body;
  return emit(lx, tok, TK_FSTRING_START, start, f->body);
}

/* The innermost nest when it is a field whose expression is being read. */
static mt_lex_nest *field_expr(mt_lexer *lx) {
  if (lx->fdepth == 0 || lx->depth == 0) return NULL;
  mt_lex_nest *n = &lx->nest[lx->depth - 1];
  return n->open == 'F' && !n->in_spec ? n : NULL;
}

/* Literal text of the innermost f-string, at its top level or in a format
** spec: FSTRING_MIDDLE runs, a field's LBRACE, the spec's closing RBRACE,
** or FSTRING_END. */
static int fstring_literal(mt_lexer *lx, mt_token *tok) {
  mt_lex_fstring *f = &lx->fstr[lx->fdepth - 1];
  mt_lex_nest *spec = lx->depth > f->nest_base ? &lx->nest[lx->depth - 1] : NULL;
  uint32_t start = lx->cur;
  uint32_t stop = mt_lex_scan_fmiddle(lx, spec == NULL, f->raw);
  if (lx->cur > start) return emit(lx, tok, TK_FSTRING_MIDDLE, start, lx->cur);
  switch (stop) {
    case MT_FSTOP_LBRACE: {
      /* 3.11 allows a field in a spec, but not in a spec of that field */
      if (spec && spec->spec_level >= 1)
        return fstring_error(lx, "f-string: expressions nested too deeply");
      mt_lex_nest *n = push_nest(lx, 'F', start);
      if (n == NULL) return -1;
      n->spec_level = spec ? spec->spec_level + 1 : 0;
      lx->cur = start + 1;
      return emit(lx, tok, TK_LBRACE, start, start + 1);
    }
    case MT_FSTOP_RBRACE:
      if (spec == NULL) return fstring_error(lx, "f-string: single '}' is not allowed");
      lx->depth--;
      lx->cur = start + 1;
      return emit(lx, tok, TK_RBRACE, start, start + 1);
    default:
      if (spec) return fstring_error(lx, "f-string: expecting '}'");
      lx->buf[f->body_end] = f->saved;
      lx->cur = f->end;
      lx->fdepth--;
      return emit(lx, tok, TK_FSTRING_END, f->body_end, f->end);
  }
}

static bool in_literal(const mt_lexer *lx) {
  if (lx->fdepth == 0) return false;
  const mt_lex_fstring *f = &lx->fstr[lx->fdepth - 1];
  return lx->depth == f->nest_base || lx->nest[lx->depth - 1].in_spec;
}

/* Skip ASCII whitespace as Py_ISSPACE does. */
static uint32_t skip_space(const char *b, uint32_t p) {
  while (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r' || b[p] == '\f' ||
         b[p] == '\v')
    p++;
  return p;
}

/* A token at the top of a field's expression, where '}', '!', ':' and '='
** end the expression (fstring_find_expr in 3.11's string_parser.c).
** Returns 1 when the token was handled here. */
static int field_token(mt_lexer *lx, mt_lex_nest *n, uint32_t k, uint32_t start, mt_token *tok) {
  const char *b = lx->buf;
  const char *what = k == TK_RBRACE ? NULL : k == TK_EXCLAMATION ? "!" : k == TK_EQUAL ? "=" : ":";
  if (k == TK_COLONEQUAL) k = TK_COLON;
  switch (k) {
    case TK_RBRACE:
    case TK_EXCLAMATION:
    case TK_COLON:
    case TK_EQUAL:
      break;
    case MT_RAW_NL:
    case MT_RAW_COMMENT:
    case MT_RAW_CONTINUATION:
    case MT_RAW_SENTINEL:
      return 0;
    default:
      n->has_expr = 1;
      return 0;
  }
  if (!n->has_expr) {
    if (what == NULL) return fstring_error(lx, "f-string: empty expression not allowed");
    return fstring_error(lx, "f-string: expression required before '%s'", what);
  }
  uint32_t end = start + 1;
  lx->cur = end;
  if (k == TK_RBRACE) {
    lx->depth--;
  } else if (k == TK_COLON) {
    n->in_spec = 1;
  } else if (k == TK_EQUAL) {
    char c = b[skip_space(b, end)];
    if (c != '!' && c != ':' && c != '}') return fstring_error(lx, "f-string: expecting '}'");
  } else {
    char conv = b[end];
    if (conv == '\0') return fstring_error(lx, "f-string: expecting '}'");
    if (conv != 's' && conv != 'r' && conv != 'a')
      return fstring_error(lx,
                           "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    if (b[end + 1] != ':' && b[end + 1] != '}') return fstring_error(lx, "f-string: expecting '}'");
  }
  if (emit(lx, tok, k, start, end) < 0) return -1;
  return 1;
}

/* ------------------------------------------------------------------ */
/* The filter                                                           */
/* ------------------------------------------------------------------ */

static int end_of_input(mt_lexer *lx, mt_token *tok) {
  if (lx->nul_line) return nul_error(lx);
  if (lx->depth > 0) {
    const mt_lex_nest *n = &lx->nest[lx->depth - 1];
    return fail(lx, MT_SE_SYNTAX, n->line, n->byte_col + 1, "'%c' was never closed", n->open);
  }
  lx->done = true;
  lx->cur = lx->limit;
  return emit(lx, tok, 0, lx->limit, lx->limit);
}

/* The sentinel inside an open f-string: the end of its body. */
static int fstring_body_end(mt_lexer *lx) {
  const mt_lex_nest *n = &lx->nest[lx->depth - 1];
  if (n->open != 'F') return fstring_error(lx, "f-string: unmatched '%c'", n->open);
  return fstring_error(lx, "f-string: expecting '}'");
}

static int invalid_byte(mt_lexer *lx, uint32_t start) {
  unsigned char c = (unsigned char)lx->buf[start];
  if (c == '$' || c == '?' || c == '`') return fail_at(lx, start + 1, "invalid syntax");
  return fail_at(lx, start + 1, "invalid non-printable character U+%04X", c);
}

/* Give the raw token k its meaning. Returns 1 when tok was filled, 0 to
** scan on, -1 after an error. */
static int raw_token(mt_lexer *lx, uint32_t k, mt_token *tok) {
  uint32_t start = lx->tok_start, end = lx->cur;
  if (lx->fdepth > 0) {
    mt_lex_nest *n = field_expr(lx);
    if (n != NULL) {
      int r = field_token(lx, n, k, start, tok);
      if (r != 0) return r;
    }
  }
  switch (k) {
    case MT_RAW_NL: {
      bool counts = !lx->blank_line && lx->depth == 0;
      if (counts) {
        if (emit(lx, tok, TK_NEWLINE, start, end) < 0) return -1;
      }
      lx->line++;
      lx->line_start = lx->cache_off = end;
      lx->cache_col = 0;
      lx->at_bol = true;
      return counts;
    }
    case MT_RAW_COMMENT:
      if (in_fstring_field(lx))
        return fstring_error(lx, "f-string expression part cannot include '#'");
      return 0;
    case MT_RAW_CONTINUATION:
      if (check_field_backslash(lx, start, end) < 0) return -1;
      {
        uint32_t line = lx->line, col = start + 1 - lx->line_start + 1;
        cross_lines(lx, start, end);
        if (end == lx->limit) {
          if (lx->nul_line) return nul_error(lx);
          return fail(lx, MT_SE_SYNTAX, line, col, "unexpected EOF while parsing");
        }
      }
      return 0;
    case MT_RAW_BACKSLASH:
      if (check_field_backslash(lx, start, end) < 0) return -1;
      return fail(lx, MT_SE_SYNTAX, lx->line, end - lx->line_start + 1,
                  "unexpected character after line continuation character");
    case MT_RAW_SENTINEL:
      if (start == lx->limit) return end_of_input(lx, tok) < 0 ? -1 : 1;
      return fstring_body_end(lx);
    case MT_RAW_NAME_UTF8:
      if (verify_name(lx, start, end) < 0) return -1;
      return emit(lx, tok, TK_NAME, start, end) < 0 ? -1 : 1;
    case MT_RAW_NUMBER_CHECK:
      end = number_slow(lx, start);
      if (end == 0) return -1;
      lx->cur = end;
      return emit(lx, tok, TK_NUMBER, start, end) < 0 ? -1 : 1;
    case MT_RAW_FSTRING:
      return open_fstring(lx, tok, start, end) < 0 ? -1 : 1;
    case MT_RAW_UNTERMINATED:
      return unterminated(lx, start);
    case MT_RAW_INVALID:
      return invalid_byte(lx, start);
    case TK_STRING:
      if (check_field_backslash(lx, start, end) < 0) return -1;
      break;
    case TK_LPAR:
    case TK_LSQB:
    case TK_LBRACE:
      if (push_nest(lx, (uint8_t)lx->buf[start], start) == NULL) return -1;
      break;
    case TK_RPAR:
    case TK_RSQB:
    case TK_RBRACE:
      if (close_bracket(lx, lx->buf[start], start) < 0) return -1;
      break;
    default:
      break;
  }
  return emit(lx, tok, k, start, end) < 0 ? -1 : 1;
}

int mt_lex_next(mt_lexer *lx, mt_token *tok) {
  if (lx->err.kind != MT_SE_NONE) return -1;
  if (lx->done) return emit(lx, tok, 0, lx->limit, lx->limit);
  for (;;) {
    if (lx->pending != 0) return emit_pending(lx, tok);
    if (in_literal(lx)) return fstring_literal(lx, tok);
    if (lx->at_bol) {
      if (start_line(lx) < 0) return -1;
      if (lx->pending != 0) continue;
    }
    int r = raw_token(lx, mt_lex_scan(lx), tok);
    if (r != 0) return r < 0 ? -1 : 0;
  }
}

/* ------------------------------------------------------------------ */
/* Life cycle                                                           */
/* ------------------------------------------------------------------ */

mt_lexer *mt_lex_new(const char *src, size_t len, mt_syntax_error *err) {
  if (len > MT_LEX_MAX_SOURCE_BYTES) {
    mt_syntax_error_set(err, MT_SE_SYNTAX, 0, 0, "source code is too large (over %u bytes)",
                        MT_LEX_MAX_SOURCE_BYTES);
    return NULL;
  }
  mt_lexer *lx = calloc(1, sizeof *lx);
  char *buf = malloc(len + 2);
  if (lx == NULL || buf == NULL) {
    free(lx);
    free(buf);
    mt_syntax_error_set(err, MT_SE_MEMORY, 0, 0, "out of memory");
    return NULL;
  }
  if (len) memcpy(buf, src, len);
  lx->buf = buf;
  lx->len = (uint32_t)len;
  lx->limit = (uint32_t)len;
  const char *nul = len ? memchr(src, '\0', len) : NULL;
  if (nul != NULL) {
    uint32_t p = (uint32_t)(nul - src);
    while (p > 0 && buf[p - 1] != '\n' && buf[p - 1] != '\r') p--;
    lx->limit = p;
    lx->nul_line = true;
  } else if (len > 0 && buf[len - 1] != '\n' && buf[len - 1] != '\r') {
    buf[lx->limit++] = '\n';
  }
  buf[lx->limit] = '\0';
  if (lx->limit >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) lx->cur = 3;
  lx->line = 1;
  lx->line_start = lx->cache_off = lx->cur;
  lx->at_bol = true;
  return lx;
}

void mt_lex_free(mt_lexer *lx) {
  if (lx == NULL) return;
  free(lx->buf);
  free(lx);
}

const mt_syntax_error *mt_lex_error(const mt_lexer *lx) { return &lx->err; }

const char *mt_lex_token_name(uint32_t kind) {
  return kind < MT_TOKEN_COUNT && mt_token_names[kind] ? mt_token_names[kind] : "?";
}
