/* Criterion tests for the tokenizer (lex.c, lexer.re, lex_decode.c).
** Expected token streams, messages and positions are CPython 3.11's
** (tokenize for streams and columns, compile() for errors). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lex.h"

static bool shows_text(uint32_t kind) {
  return kind == TK_NAME || kind == TK_NUMBER || kind == TK_STRING || kind == TK_FSTRING_START ||
         kind == TK_FSTRING_MIDDLE || kind == TK_FSTRING_END;
}

/* Tokenize src[0..n) into "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER";
** an error ends the text with "!Kind: message @line:col". With positions,
** each token is followed by @line:col. */
static char *dump_n(const char *src, size_t n, bool positions) {
  mt_buf out = MT_BUF_INIT;
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, n, &err);
  cr_assert_not_null(lx, "%s", err.msg);
  mt_token t;
  for (int guard = 0; guard < 100000; guard++) {
    if (mt_lex_next(lx, &t) < 0) {
      const mt_syntax_error *e = mt_lex_error(lx);
      mt_buf_printf(&out, "!%s: %s @%u:%u", mt_syntax_error_name(e->kind), e->msg, e->line,
                    e->col);
      break;
    }
    if (out.len) mt_buf_putc(&out, ' ');
    mt_buf_puts(&out, mt_lex_token_name(t.kind));
    if (shows_text(t.kind)) mt_buf_printf(&out, "(%.*s)", (int)t.len, src + t.off);
    if (positions) mt_buf_printf(&out, "@%u:%u", t.line, t.col);
    if (t.kind == 0) break;
  }
  mt_lex_free(lx);
  return out.data;
}

#define EXPECT_TOKENS(src, want)                   \
  do {                                             \
    char *got_ = dump_n(src, sizeof(src) - 1, false); \
    cr_expect_str_eq(got_, want);                  \
    free(got_);                                    \
  } while (0)

#define EXPECT_POSITIONS(src, want)                \
  do {                                             \
    char *got_ = dump_n(src, sizeof(src) - 1, true); \
    cr_expect_str_eq(got_, want);                  \
    free(got_);                                    \
  } while (0)

/* The error at the end of the dump, "Kind: message @line:col". */
#define EXPECT_ERROR(src, want)                                        \
  do {                                                                 \
    char *got_ = dump_n(src, sizeof(src) - 1, false);                  \
    const char *bang_ = strrchr(got_, '!');                            \
    cr_expect_not_null(bang_, "no error in: %s", got_);                \
    if (bang_) cr_expect_str_eq(bang_ + 1, want);                      \
    free(got_);                                                        \
  } while (0)

/* ---- basic tokens and layout ---- */

Test(lex, simple_assignment) {
  EXPECT_TOKENS("x = 1\n", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
}

Test(lex, empty_source) { EXPECT_TOKENS("", "ENDMARKER"); }

Test(lex, only_blank_and_comment_lines) { EXPECT_TOKENS("\n  \n# c\n   # d\n\n", "ENDMARKER"); }

Test(lex, eof_without_newline) {
  EXPECT_TOKENS("x = 1", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
}

Test(lex, indent_and_dedent) {
  EXPECT_TOKENS("if x:\n    y\nz\n",
                "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE ENDMARKER");
}

Test(lex, dedent_several_levels_at_once) {
  EXPECT_TOKENS("if a:\n  if b:\n    c\nd\n",
                "IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) NEWLINE "
                "DEDENT DEDENT NAME(d) NEWLINE ENDMARKER");
}

Test(lex, dedents_at_eof) {
  EXPECT_TOKENS("if a:\n  if b:\n    c",
                "IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) NEWLINE "
                "DEDENT DEDENT ENDMARKER");
}

Test(lex, blank_and_comment_lines_do_not_change_indentation) {
  EXPECT_TOKENS("if a:\n  b\n\n# c\n      # d\n  \n  e\n",
                "IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE NAME(e) NEWLINE DEDENT "
                "ENDMARKER");
}

Test(lex, trailing_comment) {
  EXPECT_TOKENS("x = 1  # one\n", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
}

Test(lex, brackets_join_lines) {
  EXPECT_TOKENS("x = (1,\n     2,\n# c\n  3)\ny\n",
                "NAME(x) EQUAL LPAR NUMBER(1) COMMA NUMBER(2) COMMA NUMBER(3) RPAR NEWLINE "
                "NAME(y) NEWLINE ENDMARKER");
}

Test(lex, nested_brackets_of_each_kind) {
  EXPECT_TOKENS("f([{1: 2}])\n",
                "NAME(f) LPAR LSQB LBRACE NUMBER(1) COLON NUMBER(2) RBRACE RSQB RPAR NEWLINE "
                "ENDMARKER");
}

Test(lex, backslash_continuation) {
  EXPECT_TOKENS("x = 1 + \\\n    2\ny\n",
                "NAME(x) EQUAL NUMBER(1) PLUS NUMBER(2) NEWLINE NAME(y) NEWLINE ENDMARKER");
}

Test(lex, continuation_line_does_not_indent) {
  EXPECT_TOKENS("if a:\n  b = \\\n        1\n  c\n",
                "IF NAME(a) COLON NEWLINE INDENT NAME(b) EQUAL NUMBER(1) NEWLINE NAME(c) NEWLINE "
                "DEDENT ENDMARKER");
}

Test(lex, crlf_line_ends) {
  EXPECT_TOKENS("if a:\r\n  b\r\n\r\nc\r\n",
                "IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE DEDENT NAME(c) NEWLINE ENDMARKER");
}

Test(lex, lone_cr_line_ends) {
  EXPECT_TOKENS("if a:\r  b\rc\r",
                "IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE DEDENT NAME(c) NEWLINE ENDMARKER");
}

Test(lex, utf8_bom_is_skipped) {
  EXPECT_POSITIONS("\xEF\xBB\xBFx = 1\n",
                   "NAME(x)@1:1 EQUAL@1:3 NUMBER(1)@1:5 NEWLINE@1:6 ENDMARKER@2:1");
}

Test(lex, tabs_in_indentation) {
  EXPECT_TOKENS("if a:\n\tb\n\tc\n",
                "IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT ENDMARKER");
}

Test(lex, form_feed_resets_indentation_column) {
  EXPECT_TOKENS("if a:\n  b\n\f  c\n",
                "IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT ENDMARKER");
}

Test(lex, semicolons) {
  EXPECT_TOKENS("a; b;\n", "NAME(a) SEMI NAME(b) SEMI NEWLINE ENDMARKER");
}

/* ---- keywords and names ---- */

Test(lex, every_keyword) {
  EXPECT_TOKENS("False None True and as assert async await break class continue def del elif "
                "else except finally for from global if import in is lambda nonlocal not or pass "
                "raise return try while with yield\n",
                "FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE "
                "EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE "
                "RETURN TRY WHILE WITH YIELD NEWLINE ENDMARKER");
}

Test(lex, soft_keywords) {
  EXPECT_TOKENS("match x:\n case _: pass\n",
                "MATCH NAME(x) COLON NEWLINE INDENT CASE NAME(_) COLON PASS NEWLINE DEDENT "
                "ENDMARKER");
}

Test(lex, keyword_prefixes_are_names) {
  EXPECT_TOKENS("iff True_ none _if classes matches\n",
                "NAME(iff) NAME(True_) NAME(none) NAME(_if) NAME(classes) NAME(matches) NEWLINE "
                "ENDMARKER");
}

Test(lex, non_ascii_names) {
  /* été = π + 名 + x·y (U+00B7 is XID_Continue) */
  EXPECT_TOKENS("\xC3\xA9t\xC3\xA9 = \xCF\x80 + \xE5\x90\x8D + x\xC2\xB7y\n",
                "NAME(\xC3\xA9t\xC3\xA9) EQUAL NAME(\xCF\x80) PLUS NAME(\xE5\x90\x8D) PLUS "
                "NAME(x\xC2\xB7y) NEWLINE ENDMARKER");
}

Test(lex, name_with_combining_mark) {
  EXPECT_TOKENS("a\xCC\x81 = 1\n", "NAME(a\xCC\x81) EQUAL NUMBER(1) NEWLINE ENDMARKER");
}

/* ---- numbers ---- */

Test(lex, decimal_integers) {
  EXPECT_TOKENS("0 7 00 0_0 123 1_000_000 123456789012345678901234567890\n",
                "NUMBER(0) NUMBER(7) NUMBER(00) NUMBER(0_0) NUMBER(123) NUMBER(1_000_000) "
                "NUMBER(123456789012345678901234567890) NEWLINE ENDMARKER");
}

Test(lex, hex_octal_binary) {
  EXPECT_TOKENS("0x1F 0XdeadBEEF 0x_ff 0o17 0O_7 0b101 0B_1_0\n",
                "NUMBER(0x1F) NUMBER(0XdeadBEEF) NUMBER(0x_ff) NUMBER(0o17) NUMBER(0O_7) "
                "NUMBER(0b101) NUMBER(0B_1_0) NEWLINE ENDMARKER");
}

Test(lex, floats) {
  EXPECT_TOKENS("1. .5 1.5 1e10 1E-5 1.5e+3 .5e1 1_0.2_5 09.5 0e0 1.e5\n",
                "NUMBER(1.) NUMBER(.5) NUMBER(1.5) NUMBER(1e10) NUMBER(1E-5) NUMBER(1.5e+3) "
                "NUMBER(.5e1) NUMBER(1_0.2_5) NUMBER(09.5) NUMBER(0e0) NUMBER(1.e5) NEWLINE "
                "ENDMARKER");
}

Test(lex, imaginary) {
  EXPECT_TOKENS("1j 1.5J .5j 1e3j 09j 0j\n",
                "NUMBER(1j) NUMBER(1.5J) NUMBER(.5j) NUMBER(1e3j) NUMBER(09j) NUMBER(0j) NEWLINE "
                "ENDMARKER");
}

Test(lex, number_then_keyword) {
  /* 3.11 only warns about these */
  EXPECT_TOKENS("1if x else 2\n",
                "NUMBER(1) IF NAME(x) ELSE NUMBER(2) NEWLINE ENDMARKER");
  EXPECT_TOKENS("0b1or 2\n", "NUMBER(0b1) OR NUMBER(2) NEWLINE ENDMARKER");
  EXPECT_TOKENS("1else\n", "NUMBER(1) ELSE NEWLINE ENDMARKER");
}

Test(lex, number_dot_attribute) {
  EXPECT_TOKENS("1..real 1 .real\n",
                "NUMBER(1.) DOT NAME(real) NUMBER(1) DOT NAME(real) NEWLINE ENDMARKER");
}

/* ---- operators ---- */

Test(lex, every_operator) {
  EXPECT_TOKENS("( ) [ ] { } : , ; . ... + - * / | & < > = % ~ ^ @ == != <= >= << >> ** // -> "
                ":= ! += -= *= /= %= &= |= ^= <<= >>= **= //= @=\n",
                "LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI DOT ELLIPSIS PLUS MINUS STAR "
                "SLASH VBAR AMPER LESS GREATER EQUAL PERCENT TILDE CIRCUMFLEX AT EQEQUAL NOTEQUAL "
                "LESSEQUAL GREATEREQUAL LSHIFT RSHIFT DOUBLESTAR DOUBLESLASH RARROW COLONEQUAL "
                "EXCLAMATION PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL "
                "VBAREQUAL CIRCUMFLEXEQUAL LSHIFTEQUAL RSHIFTEQUAL DOUBLESTAREQUAL "
                "DOUBLESLASHEQUAL ATEQUAL NEWLINE ENDMARKER");
}

Test(lex, operators_without_spaces) {
  EXPECT_TOKENS("a**=b//c->d:=e...f\n",
                "NAME(a) DOUBLESTAREQUAL NAME(b) DOUBLESLASH NAME(c) RARROW NAME(d) COLONEQUAL "
                "NAME(e) ELLIPSIS NAME(f) NEWLINE ENDMARKER");
}

/* ---- positions (tokenize's columns + 1) ---- */

Test(lex, token_positions) {
  EXPECT_POSITIONS("def f(a):\n    return a\n",
                   "DEF@1:1 NAME(f)@1:5 LPAR@1:6 NAME(a)@1:7 RPAR@1:8 COLON@1:9 NEWLINE@1:10 "
                   "INDENT@2:1 RETURN@2:5 NAME(a)@2:12 NEWLINE@2:13 DEDENT@3:1 ENDMARKER@3:1");
}

Test(lex, columns_count_code_points) {
  EXPECT_POSITIONS("\xC3\xA9 = '\xE2\x82\xAC' + x\n",
                   "NAME(\xC3\xA9)@1:1 EQUAL@1:3 STRING('\xE2\x82\xAC')@1:5 PLUS@1:9 NAME(x)@1:11 "
                   "NEWLINE@1:12 ENDMARKER@2:1");
}
