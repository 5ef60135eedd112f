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
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lex_scan.h"
#include "token_names.h"
#include "unicode.h"

#define TABSIZE 8 /* CPython's; the consistency check also uses size 1 */

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
  lx->cache_col += (uint32_t)mt_uni_count(lx->buf + lx->cache_off, off - lx->cache_off);
  lx->cache_off = off;
  return lx->cache_col;
}

/* The column CPython's parser reports for byte column n (1-based) of the
** current line: it converts bytes to characters with the text read since
** the first line joined to this one (a quirk visible only when non-ASCII
** text precedes on those lines). */
static uint32_t parser_col(const mt_lexer *lx, uint32_t n) {
  return (uint32_t)mt_uni_count(lx->buf + lx->joined, n);
}

/* Code points in buf[from, to), a \r\n line end counting as one. */
static uint32_t count_chars(const char *b, uint32_t from, uint32_t to) {
  uint32_t n = 0;
  for (uint32_t i = from; i < to; i++)
    n += !mt_uni_is_cont((uint8_t)b[i]) && !(b[i] == '\r' && b[i + 1] == '\n');
  return n;
}

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

/* The innermost open replacement field: 3.11 compiled its expression as a
** separate source "(" expr ")", so errors inside it are placed in there. */
static const mt_lex_nest *enclosing_field(const mt_lexer *lx) {
  if (lx->fdepth == 0) return NULL;
  for (uint32_t i = lx->depth; i-- > 0;)
    if (lx->nest[i].open == 'F') return &lx->nest[i];
  return NULL;
}

/* What CPython counts before byte off on the current line when it places
** an error: characters, or bytes for the few errors it places by byte. On
** the first line of a field's expression the count starts at the
** expression, plus one for the "(" 3.11 put in front of it. */
static uint32_t error_offset(mt_lexer *lx, uint32_t off, bool bytes) {
  const mt_lex_nest *f = enclosing_field(lx);
  if (f == NULL || f->line != lx->line)
    return bytes ? off - lx->line_start : chars_before(lx, off);
  return 1 + (bytes ? off - (f->off + 1) : count_chars(lx->buf, f->off + 1, off));
}

static int defer_error(mt_lexer *lx, mt_syntax_error_kind kind, uint32_t line, uint32_t col,
                       bool after_group, const char *msg);

/* Report an error at (line, col). Inside an f-string CPython 3.11 found
** errors only later, so those take the detour of defer_error. */
static int fail(mt_lexer *lx, mt_syntax_error_kind kind, uint32_t line, uint32_t col,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int fail(mt_lexer *lx, mt_syntax_error_kind kind, uint32_t line, uint32_t col,
                const char *fmt, ...) {
  char msg[sizeof lx->err.msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (lx->fdepth > 0) return defer_error(lx, kind, line, col, false, msg);
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
  return fail(lx, MT_SE_SYNTAX, lx->line, error_offset(lx, off, false), "%s", msg);
}

/* An error CPython's tokenizer only signals (a "done" code that its
** parser turns into an exception); see check_rest. */
static int signal_error(mt_lexer *lx, mt_syntax_error_kind kind, uint32_t line, uint32_t col,
                        const char *msg) {
  fail(lx, kind, line, col, "%s", msg);
  lx->err_signal = true;
  return -1;
}

static int nul_error(mt_lexer *lx) {
  return fail(lx, MT_SE_SYNTAX, lx->line, 0, "source code cannot contain null bytes");
}

static int fstring_error(mt_lexer *lx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

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

/* The characters of the current physical line, without its line end. */
static uint32_t line_chars(const mt_lexer *lx) {
  uint32_t p = lx->line_start;
  while (lx->buf[p] != '\n' && lx->buf[p] != '\r' && p < lx->limit) p++;
  return count_chars(lx->buf, lx->line_start, p);
}

/* "'(' was never closed" for the innermost open bracket. */
static int unclosed_error(mt_lexer *lx) {
  const mt_lex_nest *n = &lx->nest[lx->depth - 1];
  fail(lx, MT_SE_SYNTAX, n->line, n->col, "'%c' was never closed", n->open);
  lx->err_signal = true;
  return -1;
}

/* A backslash at byte at that is not followed by a line end. */
static int bad_continuation(mt_lexer *lx, uint32_t at) {
  /* CPython counts from the first line joined to this one */
  return signal_error(lx, MT_SE_SYNTAX, lx->line, count_chars(lx->buf, lx->joined, at + 1) + 1,
                      "unexpected character after line continuation character");
}

/* The backslash-newline buf[at, end) joins the next line, which must exist. */
static int continue_line(mt_lexer *lx, uint32_t at, uint32_t end) {
  /* at the end, CPython points past the line end after the backslash */
  uint32_t line = lx->line, col = parser_col(lx, at + 2 - lx->line_start);
  cross_lines(lx, at, end);
  if (end < lx->limit) return 0;
  if (lx->nul_line) return nul_error(lx);
  if (lx->depth > 0) return unclosed_error(lx);
  return signal_error(lx, MT_SE_SYNTAX, line, col, "unexpected EOF while parsing");
}

/* The length of the line end at buf[p], 0 when there is none. */
static uint32_t line_end_at(const char *b, uint32_t p) {
  return b[p] == '\r' && b[p + 1] == '\n' ? 2 : b[p] == '\n' || b[p] == '\r';
}

/* At the start of a line: measure the indentation with tab sizes 8 and 1
** and, on a line that counts, queue INDENT/DEDENTs (tok_get's atbol part).
** As in 3.11, a backslash-newline may follow the blanks; the first one
** fixes the indentation of the joined line. */
static int start_line(mt_lexer *lx) {
  lx->at_bol = false;
  uint32_t col = 0, alt = 0, cont = 0, p = lx->cur;
  for (;;) {
    char c = lx->buf[p];
    if (c == ' ') {
      col++;
      alt++;
    } else if (c == '\t') {
      col = (col / TABSIZE + 1) * TABSIZE;
      alt++;
    } else if (c == '\f') {
      col = alt = 0;
    } else if (c == '\\') {
      uint32_t nl = line_end_at(lx->buf, p + 1);
      if (nl == 0) return bad_continuation(lx, p);
      if (cont == 0) cont = col;
      if (continue_line(lx, p, p + 1 + nl) < 0) return -1;
      lx->joined = lx->line_start; /* CPython reads that line afresh */
      p += nl;
    } else {
      break;
    }
    p++;
  }
  lx->cur = p;
  char c = lx->buf[p];
  lx->blank_line = c == '#' || c == '\n' || c == '\r';
  if (p == lx->limit && lx->nul_line) return nul_error(lx);
  if (lx->blank_line || lx->depth > 0) return 0;
  if (cont) col = alt = cont;
  uint32_t top = lx->indstack[lx->indent];
  if (col > top) {
    if (lx->indent + 1 >= MT_LEX_MAX_INDENT)
      return signal_error(lx, MT_SE_INDENTATION, lx->line, 1, "too many levels of indentation");
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
    /* CPython points past the whole line, its newline included */
    return signal_error(lx, MT_SE_INDENTATION, lx->line, line_chars(lx) + 1,
                        "unindent does not match any outer indentation level");
  if (alt != lx->altstack[lx->indent]) goto tab_error;
  return 0;
tab_error:
  return signal_error(lx, MT_SE_TAB, lx->line, 1,
                      "inconsistent use of tabs and spaces in indentation");
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
  n->col = chars_before(lx, off) + 1;
  n->off = off;
  return n;
}

static bool brackets_match(char open, char close) {
  return (open == '(' && close == ')') || (open == '[' && close == ']') ||
         (open == '{' && close == '}');
}

/* A closing bracket. (In a replacement field read_field_text has checked
** the brackets already, with 3.11's f-string messages.) */
static int close_bracket(mt_lexer *lx, char close, uint32_t off) {
  mt_lex_nest *n = lx->depth > 0 ? &lx->nest[lx->depth - 1] : NULL;
  if (n == NULL || n->open == 'F') return fail_at(lx, off + 1, "unmatched '%c'", close);
  char open = (char)n->open;
  if (brackets_match(open, close)) {
    lx->depth--;
    return 0;
  }
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

/* CPython's identifier rule for one character of a name: XID_Start ('_'
** included) first, XID_Continue after. ASCII needs no table. */
static bool name_char_ok(uint32_t cp, bool first) {
  if (cp < 0x80) return !(first && cp >= '0' && cp <= '9');
  return mt_uni_is(cp, first ? MT_UNI_XID_START : MT_UNI_XID_CONTINUE);
}

/* A name with non-ASCII bytes: valid UTF-8 (checked like CPython's
** decoder, reported at the name's end) and XID_Start XID_Continue*. */
static int verify_name(mt_lexer *lx, uint32_t start, uint32_t end) {
  const char *s = lx->buf + start;
  size_t n = end - start, ncp;
  mt_uni_codec_error e;
  if (mt_uni_utf8_check(s, n, &ncp, &e) != MT_UNI_OK) {
    char why[MT_UNI_ERROR_TEXT_MAX];
    mt_uni_codec_error_format(&e, why, sizeof why);
    return fail(lx, MT_SE_SYNTAX, lx->line, error_offset(lx, end, true), "(unicode error) %s",
                why);
  }
  for (size_t i = 0; i < n;) {
    size_t at = i;
    uint32_t cp = mt_uni_next(s, &i);
    if (!name_char_ok(cp, at == 0)) {
      uint32_t off = start + (uint32_t)i;
      if (!mt_uni_is(cp, MT_UNI_PRINTABLE))
        return fail_at(lx, off, "invalid non-printable character U+%04X", cp);
      return fail_at(lx, off, "invalid character '%.*s' (U+%04X)", (int)(i - at), s + at, cp);
    }
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
  /* 3.11 lets a non-ASCII character start a name after a number: 1é */
  if (keyword || !is_name_char(c) || c >= 0x80) return true;
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
        fail(lx, MT_SE_SYNTAX, lx->line, error_offset(lx, start, true) + 1,
             "leading zeros in decimal integer literals are not permitted; "
             "use an 0o prefix for octal integers");
        lx->err.end_line = lx->line;
        lx->err.end_col = error_offset(lx, zeros_end, true);
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
  if (lx->fdepth > 0) return fstring_error(lx, "f-string: unterminated string");
  uint32_t line = lx->line, col = error_offset(lx, start, false) + 1;
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
  /* the line of the last character read: reaching the end reads no line */
  cross_lines(lx, start, p == lx->limit ? p - 1 : p);
  return fail(lx, MT_SE_SYNTAX, line, col, "unterminated %sstring literal (detected at line %u)",
              triple ? "triple-quoted " : "", lx->line);
}

/* Open the f-string buf[start, end) (its extent was matched as a string):
** hide its closing quote behind the sentinel and emit FSTRING_START. */
static int open_fstring(mt_lexer *lx, mt_token *tok, uint32_t start, uint32_t end) {
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

/* 3.11 reads a replacement field's expression as text before compiling
** it (fstring_find_expr), so the errors of that reading come before any
** the tokens of the expression could show: a backslash anywhere, a '#',
** an unclosed quote, unbalanced brackets, or no end. p is just past the
** field's '{'; the body of the f-string ends at the sentinel. */
static int read_field_text(mt_lexer *lx, uint32_t p) {
  const char *b = lx->buf;
  char quote = 0, stack[MT_LEX_MAX_BRACKETS];
  uint32_t qlen = 0, depth = 0;
  for (; b[p] != '\0'; p++) {
    char c = b[p];
    if (c == '\\') return fstring_error(lx, "f-string expression part cannot include a backslash");
    if (quote) {
      if (c == quote && (qlen == 1 || (b[p + 1] == c && b[p + 2] == c))) {
        p += qlen - 1;
        quote = 0;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      qlen = b[p + 1] == c && b[p + 2] == c ? 3 : 1;
      p += qlen - 1;
    } else if (c == '(' || c == '[' || c == '{') {
      if (depth >= MT_LEX_MAX_BRACKETS)
        return fstring_error(lx, "f-string: too many nested parenthesis");
      stack[depth++] = c;
    } else if (c == '#') {
      return fstring_error(lx, "f-string expression part cannot include '#'");
    } else if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=')) {
      if ((c == '!' || c == '=') && b[p + 1] == '=') {
        p++;
        continue;
      }
      return 0;
    } else if (c == ')' || c == ']' || c == '}') {
      if (depth == 0) return fstring_error(lx, "f-string: unmatched '%c'", c);
      char open = stack[--depth];
      if (!brackets_match(open, c))
        return fstring_error(
            lx, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c,
            open);
    }
  }
  if (quote) return fstring_error(lx, "f-string: unterminated string");
  if (depth) return fstring_error(lx, "f-string: unmatched '%c'", stack[depth - 1]);
  return fstring_error(lx, "f-string: expecting '}'");
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
      if (read_field_text(lx, start + 1) < 0) return -1;
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
  while (mt_uni_ascii_space(b[p])) p++;
  return p;
}

/* What 3.11 checks after a field's '=' or '!' once the expression has
** compiled. It runs when the token after the mark is read, so the parser
** has seen the whole expression first, as in 3.11. */
static int check_after_mark(mt_lexer *lx, mt_lex_nest *n) {
  const char *b = lx->buf;
  uint32_t p = n->mark_off + 1;
  char mark = (char)n->mark;
  n->mark = 0;
  if (mark == '=') {
    char c = b[skip_space(b, p)];
    return c == '!' || c == ':' || c == '}' ? 0 : fstring_error(lx, "f-string: expecting '}'");
  }
  if (b[p] == '\0') return fstring_error(lx, "f-string: expecting '}'");
  if (b[p] != 's' && b[p] != 'r' && b[p] != 'a')
    return fstring_error(lx, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  return b[p + 1] == ':' || b[p + 1] == '}' ? 0 : fstring_error(lx, "f-string: expecting '}'");
}

/* A token at the top of a field's expression, where '}', '!', ':' and '='
** end the expression (fstring_find_expr in 3.11's string_parser.c).
** Returns 1 when the token was handled here. */
static int field_token(mt_lexer *lx, mt_lex_nest *n, uint32_t k, uint32_t start, mt_token *tok) {
  if (n->mark && check_after_mark(lx, n) < 0) return -1;
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
  lx->cur = start + 1;
  if (k == TK_RBRACE) {
    lx->depth--;
  } else if (k == TK_COLON) {
    n->in_spec = 1;
  } else {
    n->mark = (uint8_t)lx->buf[start];
    n->mark_off = start;
  }
  return emit(lx, tok, k, start, start + 1) < 0 ? -1 : 1;
}

/* ------------------------------------------------------------------ */
/* The filter                                                           */
/* ------------------------------------------------------------------ */

static int end_of_input(mt_lexer *lx, mt_token *tok) {
  if (lx->nul_line) return nul_error(lx);
  if (lx->depth > 0) return unclosed_error(lx);
  lx->done = true;
  lx->cur = lx->limit;
  return emit(lx, tok, 0, lx->limit, lx->limit);
}

/* A byte no token starts with: printable ones ($ ? `) are CPython's
** ERRORTOKEN, which the parser rejects (so a later tokenizer error still
** wins, as in CPython); the rest are control characters. */
static int invalid_byte(mt_lexer *lx, uint32_t start, mt_token *tok) {
  unsigned char c = (unsigned char)lx->buf[start];
  if (c == '$' || c == '?' || c == '`') return emit(lx, tok, TK_ERRORTOKEN, start, start + 1);
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
      /* CPython's NEWLINE starts at a comment before it */
      bool counts = !lx->blank_line && lx->depth == 0;
      if (counts && emit(lx, tok, TK_NEWLINE, lx->comment ? lx->comment : start, end) < 0)
        return -1;
      lx->comment = 0;
      lx->joined = end;
      lx->line++;
      lx->line_start = lx->cache_off = end;
      lx->cache_col = 0;
      lx->at_bol = true;
      return counts;
    }
    /* in a replacement field read_field_text has already rejected '#',
    ** backslashes and a missing '}' */
    case MT_RAW_COMMENT:
      lx->comment = start;
      return 0;
    case MT_RAW_CONTINUATION:
      return continue_line(lx, start, end);
    case MT_RAW_BACKSLASH:
      return bad_continuation(lx, start);
    case MT_RAW_SENTINEL:
      if (start == lx->limit) return end_of_input(lx, tok) < 0 ? -1 : 1;
      return fstring_error(lx, "f-string: expecting '}'");
    case MT_RAW_NAME_UTF8:
      if (verify_name(lx, start, end) < 0) return -1;
      return emit(lx, tok, TK_NAME, start, end) < 0 ? -1 : 1;
    case MT_RAW_NUMBER_CHECK:
      end = number_slow(lx, start);
      if (end == 0) return -1;
      lx->cur = end;
      return emit(lx, tok, TK_NUMBER, start, end) < 0 ? -1 : 1;
    case MT_RAW_FSTRING:
      if (lx->opaque) return emit(lx, tok, TK_STRING, start, end) < 0 ? -1 : 1;
      return open_fstring(lx, tok, start, end) < 0 ? -1 : 1;
    case MT_RAW_UNTERMINATED:
      return unterminated(lx, start);
    case MT_RAW_INVALID:
      return invalid_byte(lx, start, tok) < 0 ? -1 : 1;
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

/* ------------------------------------------------------------------ */
/* Errors found after a parser error                                    */
/* ------------------------------------------------------------------ */

/* Leave every open f-string: read on after the outermost one as CPython
** 3.11's tokenizer would, which sees an f-string as one string token. */
static void leave_fstrings(mt_lexer *lx) {
  while (lx->fdepth > 0) {
    mt_lex_fstring *f = &lx->fstr[--lx->fdepth];
    lx->buf[f->body_end] = f->saved;
  }
  const mt_lex_fstring *f = &lx->fstr[0];
  lx->depth = f->nest_base;
  lx->line = f->line;
  lx->line_start = lx->cache_off = f->line_start;
  lx->cache_col = 0;
  lx->comment = 0;
  lx->blank_line = lx->at_bol = false;
  cross_lines(lx, f->start, f->end);
  lx->cur = f->end;
  lx->opaque = true;
}

/* The token after a string group, which CPython's parser reads before it
** converts the group, and the column its parser reports for it (see
** parser_col): -1 when reading it fails. */
static int token_after_group(mt_lexer *lx, mt_token *tok, uint32_t *col) {
  uint32_t joined, line_start;
  do {
    joined = lx->joined; /* a NEWLINE belongs to the line before the call */
    line_start = lx->line_start;
    if (mt_lex_next(lx, tok) < 0) return -1;
  } while (tok->kind == TK_STRING);
  if (tok->kind != TK_NEWLINE) {
    joined = lx->joined;
    line_start = lx->line_start;
  }
  *col = (uint32_t)mt_uni_count(lx->buf + joined, tok->off - line_start + 1);
  return 0;
}

/* Read to the end as 3.11 does after a parser error at line err_line
** (_PyPegen_tokenize_full_source_to_check_for_errors): an error the
** tokenizer raises at once replaces the parser's; one it only signals
** (lx->err_signal) becomes "'(' was never closed" when a bracket opened
** before err_line is still open. Returns 1 when lx->err is to be reported. */
static int check_rest(mt_lexer *lx, uint32_t err_line) {
  mt_token tok;
  lx->opaque = true;
  do
    if (mt_lex_next(lx, &tok) < 0) break;
  while (tok.kind != 0);
  if (lx->err.kind == MT_SE_NONE) return 0;
  if (!lx->err_signal) return 1;
  if (lx->depth == 0 || lx->nest[lx->depth - 1].line >= err_line) return 0;
  const mt_lex_nest *n = &lx->nest[lx->depth - 1];
  lx->err.kind = MT_SE_NONE;
  fail(lx, MT_SE_SYNTAX, n->line, n->col, "'%c' was never closed", n->open);
  return 1;
}

/* Where 3.11 puts an error of an f-string nested in a replacement field:
** after its group, in the source "(" expr ")" it compiled the field from. */
static void nested_position(mt_lexer *lx, uint32_t *line, uint32_t *col) {
  mt_lex_fstring *f = &lx->fstr[--lx->fdepth];
  lx->buf[f->body_end] = f->saved;
  lx->depth = f->nest_base;
  lx->line = f->line;
  lx->line_start = lx->cache_off = f->line_start;
  lx->cache_col = 0;
  cross_lines(lx, f->start, f->end);
  lx->cur = f->end;
  for (;;) {
    uint32_t k = mt_lex_scan(lx);
    if (k != TK_STRING && k != MT_RAW_FSTRING && k != MT_RAW_COMMENT && k != MT_RAW_NL &&
        k != MT_RAW_CONTINUATION)
      break;
    cross_lines(lx, lx->tok_start, lx->cur);
  }
  *line = lx->line;
  *col = error_offset(lx, lx->tok_start, false) + 1;
}

/* Report an error found inside an f-string as CPython 3.11 does. 3.11
** saw an f-string as one string token and looked inside only when its
** parser converted the string group: after the tokenizer had read the
** group and the token after it (errors there come first), and subject to
** check_rest. Errors of the f-string itself (after_group) point at the
** token after the group; an f-string nested in a replacement field places
** them in the field's source "(" expr ")" and adds "f-string: ". */
static int defer_error(mt_lexer *lx, mt_syntax_error_kind kind, uint32_t line, uint32_t col,
                       bool after_group, const char *msg) {
  char text[sizeof lx->err.msg];
  snprintf(text, sizeof text, "%s%s", after_group && lx->fdepth > 1 ? "f-string: " : "", msg);
  if (after_group && lx->fdepth > 1) {
    nested_position(lx, &line, &col);
    after_group = false;
  }
  leave_fstrings(lx);
  mt_token tok;
  uint32_t tok_col;
  if (token_after_group(lx, &tok, &tok_col) < 0) return -1;
  if (after_group) {
    line = tok.line;
    col = tok_col;
  }
  if (check_rest(lx, line)) return -1;
  lx->err.kind = MT_SE_NONE;
  lx->err_signal = false;
  mt_syntax_error_set(&lx->err, kind, line, col, "%s", text);
  return -1;
}

static int fstring_error(mt_lexer *lx, const char *fmt, ...) {
  char msg[sizeof lx->err.msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return defer_error(lx, MT_SE_SYNTAX, 0, 0, true, msg);
}

int mt_lex_check_rest(mt_lexer *lx, uint32_t err_line, mt_syntax_error *err) {
  if (lx->err.kind != MT_SE_NONE) return 0;
  if (lx->fdepth > 0) {
    mt_token tok;
    uint32_t col;
    leave_fstrings(lx);
    if (token_after_group(lx, &tok, &col) < 0) {
      *err = lx->err;
      return 1;
    }
  }
  if (!check_rest(lx, err_line)) return 0;
  *err = lx->err;
  return 1;
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

/* Only the stacks lie between indstack and text (see lex_scan.h): the
** members above them are the ones mt_lex_new zeroes. */
MT_STATIC_ASSERT(offsetof(mt_lexer, text) - offsetof(mt_lexer, indstack) ==
                     sizeof ((mt_lexer *)0)->indstack + sizeof ((mt_lexer *)0)->altstack +
                         sizeof ((mt_lexer *)0)->nest + sizeof ((mt_lexer *)0)->fstr,
                 "a member between the lexer's stacks would not be initialized");

/* One block holds the state and the padded copy of the source. The
** scalar members are zeroed and the stacks get their bottom entries only:
** zeroing the whole 7 KB state was most of a small compile's set-up. */
mt_lexer *mt_lex_new(const char *src, size_t len, mt_syntax_error *err) {
  if (len > MT_LEX_MAX_SOURCE_BYTES) {
    mt_syntax_error_set(err, MT_SE_SYNTAX, 0, 0, "source code is too large (over %u bytes)",
                        MT_LEX_MAX_SOURCE_BYTES);
    return NULL;
  }
  mt_lexer *lx = malloc(sizeof *lx + len + 2);
  if (lx == NULL) {
    mt_syntax_error_set(err, MT_SE_MEMORY, 0, 0, "out of memory");
    return NULL;
  }
  memset(lx, 0, offsetof(mt_lexer, indstack));
  lx->indstack[0] = lx->altstack[0] = 0;
  memset(&lx->nest[0], 0, sizeof lx->nest[0]);
  memset(&lx->fstr[0], 0, sizeof lx->fstr[0]);
  char *buf = lx->text;
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
  lx->line_start = lx->cache_off = lx->joined = lx->cur;
  lx->at_bol = true;
  return lx;
}

void mt_lex_free(mt_lexer *lx) { free(lx); }

const mt_syntax_error *mt_lex_error(const mt_lexer *lx) { return &lx->err; }

const char *mt_lex_token_name(uint32_t kind) {
  return kind < MT_TOKEN_COUNT && mt_token_names[kind] ? mt_token_names[kind] : "?";
}
