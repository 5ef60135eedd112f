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
** an error ends the text with ERR_MARK "Kind: message @line:col". With
** positions, each token is followed by @line:col. */
#define ERR_MARK "\x1e"
static char *dump_n(const char *src, size_t n, bool positions) {
  mt_buf out = MT_BUF_INIT;
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, n, &err);
  cr_assert_not_null(lx, "%s", err.msg);
  mt_token t;
  for (int guard = 0; guard < 100000; guard++) {
    if (mt_lex_next(lx, &t) < 0) {
      const mt_syntax_error *e = mt_lex_error(lx);
      mt_buf_printf(&out, ERR_MARK "%s: %s @%u:%u", mt_syntax_error_name(e->kind), e->msg,
                    e->line, e->col);
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
    const char *mark_ = strstr(got_, ERR_MARK);                        \
    cr_expect_not_null(mark_, "no error in: %s", got_);                \
    if (mark_) cr_expect_str_eq(mark_ + 1, want);                      \
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

/* ---- strings: tokens ---- */

Test(lex, string_quotes) {
  EXPECT_TOKENS("'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\" '''''' \"\"\"\"\"\"\n",
                "STRING('a') STRING(\"b\") STRING('''c''') STRING(\"\"\"d\"\"\") STRING('') "
                "STRING(\"\") STRING('''''') STRING(\"\"\"\"\"\") NEWLINE ENDMARKER");
}

Test(lex, string_prefixes) {
  EXPECT_TOKENS("r'a' R'a' u'a' U'a' b'a' B'a' br'a' Br'a' bR'a' BR'a' rb'a' rB'a' Rb'a' RB'a'\n",
                "STRING(r'a') STRING(R'a') STRING(u'a') STRING(U'a') STRING(b'a') STRING(B'a') "
                "STRING(br'a') STRING(Br'a') STRING(bR'a') STRING(BR'a') STRING(rb'a') "
                "STRING(rB'a') STRING(Rb'a') STRING(RB'a') NEWLINE ENDMARKER");
}

Test(lex, invalid_prefix_combinations_are_names) {
  EXPECT_TOKENS("bu'a' ub'a' bf'a' rr'a'\n",
                "NAME(bu) STRING('a') NAME(ub) STRING('a') NAME(bf) STRING('a') NAME(rr) "
                "STRING('a') NEWLINE ENDMARKER");
}

Test(lex, escaped_quotes_inside_strings) {
  EXPECT_TOKENS("'it\\'s' \"say \\\"hi\\\"\" r'\\'' '\\\\'\n",
                "STRING('it\\'s') STRING(\"say \\\"hi\\\"\") STRING(r'\\'') STRING('\\\\') NEWLINE "
                "ENDMARKER");
}

Test(lex, triple_quoted_strings_hold_quotes_and_newlines) {
  EXPECT_POSITIONS("x = '''a'b''\nc'''\ny\n",
                   "NAME(x)@1:1 EQUAL@1:3 STRING('''a'b''\nc''')@1:5 NEWLINE@2:5 NAME(y)@3:1 "
                   "NEWLINE@3:2 ENDMARKER@4:1");
}

Test(lex, triple_quote_closes_at_first_three_quotes) {
  EXPECT_TOKENS("'''a'''' '\n", "STRING('''a''') STRING(' ') NEWLINE ENDMARKER");
}

Test(lex, string_backslash_newline_continuation) {
  EXPECT_POSITIONS("'a\\\nb' c\n", "STRING('a\\\nb')@1:1 NAME(c)@2:4 NEWLINE@2:5 ENDMARKER@3:1");
}

Test(lex, adjacent_strings_stay_separate_tokens) {
  EXPECT_TOKENS("('a'\n 'b')\n", "LPAR STRING('a') STRING('b') RPAR NEWLINE ENDMARKER");
}

/* ---- strings: values ---- */

/* Decode the first STRING of src; "S:" or "B:" then the value's bytes
** (printable ASCII as is, others as \xHH), or "!message" on error. */
static char *decode_first(const char *src, size_t n) {
  /* Decode errors are placed at the token's end (code point columns; CPython
  ** points at the next token, which only the parser knows). */
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, n, &err);
  mt_token t;
  do cr_assert_eq(mt_lex_next(lx, &t), 0, "%s", mt_lex_error(lx)->msg);
  while (t.kind != TK_STRING);
  mt_buf val = MT_BUF_INIT, out = MT_BUF_INIT;
  bool is_bytes;
  if (mt_lex_decode_string(src, &t, &val, &is_bytes, &err) < 0) {
    mt_buf_printf(&out, "!%s @%u:%u", err.msg, err.line, err.col);
  } else {
    mt_buf_puts(&out, is_bytes ? "B:" : "S:");
    for (size_t i = 0; i < val.len; i++) {
      unsigned char c = (unsigned char)val.data[i];
      if (c >= 0x20 && c < 0x7f && c != '\\')
        mt_buf_putc(&out, (char)c);
      else
        mt_buf_printf(&out, "\\x%02X", c);
    }
  }
  mt_buf_free(&val);
  mt_lex_free(lx);
  return out.data;
}

#define EXPECT_VALUE(src, want)                           \
  do {                                                    \
    char *got_ = decode_first(src, sizeof(src) - 1);      \
    cr_expect_str_eq(got_, want);                         \
    free(got_);                                           \
  } while (0)

Test(lex, decode_plain_strings) {
  EXPECT_VALUE("'abc'", "S:abc");
  EXPECT_VALUE("''", "S:");
  EXPECT_VALUE("'''a'b''c'''", "S:a'b''c");
  EXPECT_VALUE("'\xC3\xA9\xE2\x82\xAC'", "S:\\xC3\\xA9\\xE2\\x82\\xAC");
}

Test(lex, decode_simple_escapes) {
  EXPECT_VALUE("'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'",
               "S:\\x5C ' \" \\x07 \\x08 \\x0C \\x0A \\x0D \\x09 \\x0B");
}

Test(lex, decode_octal_escapes) {
  /* '\0 \7 \101 \1011 \377 \777' in CPython: up to three digits */
  EXPECT_VALUE("'\\0 \\7 \\101 \\1011 \\377 \\777'",
               "S:\\x00 \\x07 A A1 \\xC3\\xBF \\xC7\\xBF");
}

Test(lex, decode_hex_and_unicode_escapes) {
  EXPECT_VALUE("'\\x41\\x7a\\xff'", "S:Az\\xC3\\xBF");
  EXPECT_VALUE("'\\u20ac\\u00E9'", "S:\\xE2\\x82\\xAC\\xC3\\xA9");
  EXPECT_VALUE("'\\U0001F600\\U00000041'", "S:\\xF0\\x9F\\x98\\x80A");
}

Test(lex, decode_unknown_escapes_are_kept) {
  EXPECT_VALUE("'\\q \\d \\{'", "S:\\x5Cq \\x5Cd \\x5C{");
}

Test(lex, decode_backslash_newline_in_string) {
  EXPECT_VALUE("'a\\\nb'", "S:ab");
  EXPECT_VALUE("'a\\\r\nb'", "S:ab");
}

Test(lex, decode_line_ends_become_newline) {
  EXPECT_VALUE("'''a\r\nb\rc'''", "S:a\\x0Ab\\x0Ac");
}

Test(lex, decode_raw_strings) {
  EXPECT_VALUE("r'\\n\\x41\\\\'", "S:\\x5Cn\\x5Cx41\\x5C\\x5C");
  EXPECT_VALUE("R'\\''", "S:\\x5C'");
  EXPECT_VALUE("u'\\u20ac'", "S:\\xE2\\x82\\xAC");
}

Test(lex, decode_bytes) {
  /* \u and \N mean nothing in bytes; octal escapes wrap to a byte */
  EXPECT_VALUE("b'\\x41\\n\\101\\u20ac\\N{x}\\q\\777'",
               "B:A\\x0AA\\x5Cu20ac\\x5CN{x}\\x5Cq\\xFF");
  EXPECT_VALUE("br'\\n\\x41'", "B:\\x5Cn\\x5Cx41");
  EXPECT_VALUE("Rb'\\''", "B:\\x5C'");
}

Test(lex, decode_escape_errors) {
  EXPECT_VALUE("'\\x4'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
               "truncated \\xXX escape @1:6");
  EXPECT_VALUE("'ab\\x4g'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: "
               "truncated \\xXX escape @1:9");
  EXPECT_VALUE("'\\u12'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
               "truncated \\uXXXX escape @1:7");
  EXPECT_VALUE("'\\U1234567'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: "
               "truncated \\UXXXXXXXX escape @1:12");
  EXPECT_VALUE("'\\U00110000'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
               "illegal Unicode character @1:13");
}

Test(lex, decode_positions_count_non_ascii_as_ten) {
  /* 3.11 rewrites non-ASCII characters as \UXXXXXXXX before decoding */
  EXPECT_VALUE("'\xC3\xA9\xE2\x82\xAC\\x4'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 20-22: "
               "truncated \\xXX escape @1:8");
  EXPECT_VALUE("'\\\xC3\xA9\\x4'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: "
               "truncated \\xXX escape @1:8");
}

Test(lex, decode_named_escapes) {
  EXPECT_VALUE("'\\N{foo}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: "
               "unknown Unicode character name @1:10");
  EXPECT_VALUE("'\\N'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
               "malformed \\N character escape @1:5");
  EXPECT_VALUE("'\\N{}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
               "malformed \\N character escape @1:7");
}

/* Names at the edges of the table and of the algorithmic ranges, aliases,
** case; values and errors from python3.11. */
Test(lex, decode_character_names) {
  EXPECT_VALUE("'\\N{SPACE}\\N{VARIATION SELECTOR-256}'", "S: \\xF3\\xA0\\x87\\xAF");
  EXPECT_VALUE("'\\N{latin small letter a}'", "S:a");
  EXPECT_VALUE("'\\N{NULL}\\N{nul}'", "S:\\x00\\x00");
  EXPECT_VALUE("'\\N{LATIN CAPITAL LETTER GHA}'", "S:\\xC6\\xA2");
  EXPECT_VALUE("'\\N{HANGUL SYLLABLE GA}\\N{HANGUL SYLLABLE HIH}'",
               "S:\\xEA\\xB0\\x80\\xED\\x9E\\xA3");
  EXPECT_VALUE("'\\N{CJK UNIFIED IDEOGRAPH-3400}\\N{CJK UNIFIED IDEOGRAPH-3134A}'",
               "S:\\xE3\\x90\\x80\\xF0\\xB1\\x8D\\x8A");
  EXPECT_VALUE("'\\N{CJK UNIFIED IDEOGRAPH-3134B}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: "
               "unknown Unicode character name @1:34");
  EXPECT_VALUE("'\\N{CJK UNIFIED IDEOGRAPH-4dbf}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: "
               "unknown Unicode character name @1:33");
  EXPECT_VALUE("'\\N{hangul syllable ga}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: "
               "unknown Unicode character name @1:25");
  EXPECT_VALUE("'\\N{KEYCAP NUMBER SIGN}'", /* a named sequence */
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: "
               "unknown Unicode character name @1:25");
  EXPECT_VALUE("'\\N{ SPACE}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
               "unknown Unicode character name @1:13");
  /* one letter longer than the longest name */
  EXPECT_VALUE("'\\N{AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-92: "
               "unknown Unicode character name @1:96");
  /* non-ASCII text counts as 3.11's 10-byte rewrite */
  EXPECT_VALUE("'\xC3\xA9\\N{BOGUS}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 10-18: "
               "unknown Unicode character name @1:13");
  EXPECT_VALUE("'\\N{BOGUS\xC3\xA9}'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: "
               "unknown Unicode character name @1:13");
  EXPECT_VALUE("'ab\\N{EURO'",
               "!(unicode error) 'unicodeescape' codec can't decode bytes in position 2-8: "
               "malformed \\N character escape @1:12");
}

Test(lex, decode_bytes_errors) {
  EXPECT_VALUE("b'\\x4'", "!(value error) invalid \\x escape at position 0 @1:7");
  EXPECT_VALUE("x = b'ab\\xzz'", "!(value error) invalid \\x escape at position 2 @1:14");
  EXPECT_VALUE("x = b'\xC3\xA9'", "!bytes can only contain ASCII literal characters @1:5");
}

Test(lex, decode_invalid_utf8) {
  EXPECT_VALUE("'ab\xff'",
               "!(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid "
               "start byte @1:6");
  /* with a backslash, 3.11 counts from the start of the non-ASCII run */
  EXPECT_VALUE("'ab\xff\\n'",
               "!(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid "
               "start byte @1:8");
  EXPECT_VALUE("'\xe2\x82x'",
               "!(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid "
               "continuation byte @1:5");
  EXPECT_VALUE("'\xe2\x82'",
               "!(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected "
               "end of data @1:4");
  EXPECT_VALUE("'\xed\xa0\x80'",
               "!(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid "
               "continuation byte @1:4");
  EXPECT_VALUE("'\xc0\x80'",
               "!(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid "
               "start byte @1:4");
  EXPECT_VALUE("r'\xff'",
               "!(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid "
               "start byte @1:5");
  /* the escape path decodes each non-ASCII run alone: cut short, not invalid */
  EXPECT_VALUE("'x\xe2\x82\\n'",
               "!(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected "
               "end of data @1:7");
  EXPECT_VALUE("'\xc3\xa9\xe2\x82\\n'",
               "!(unicode error) 'utf-8' codec can't decode bytes in position 2-3: unexpected "
               "end of data @1:7");
  /* the plain path counts \r\n as one byte */
  EXPECT_VALUE("'''a\r\nb\xff'''",
               "!(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid "
               "start byte @2:6");
}

/* ---- f-strings ---- */

Test(lex, fstring_plain) {
  EXPECT_TOKENS("f'abc'\n", "FSTRING_START(f') FSTRING_MIDDLE(abc) FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_empty) {
  EXPECT_TOKENS("f'' F\"\" f''''''\n",
                "FSTRING_START(f') FSTRING_END(') FSTRING_START(F\") FSTRING_END(\") "
                "FSTRING_START(f''') FSTRING_END(''') NEWLINE ENDMARKER");
}

Test(lex, fstring_prefixes) {
  EXPECT_TOKENS("rf'a' fr'a' Rf'a' fR'a' RF'a' F'a'\n",
                "FSTRING_START(rf') FSTRING_MIDDLE(a) FSTRING_END(') FSTRING_START(fr') "
                "FSTRING_MIDDLE(a) FSTRING_END(') FSTRING_START(Rf') FSTRING_MIDDLE(a) "
                "FSTRING_END(') FSTRING_START(fR') FSTRING_MIDDLE(a) FSTRING_END(') "
                "FSTRING_START(RF') FSTRING_MIDDLE(a) FSTRING_END(') FSTRING_START(F') "
                "FSTRING_MIDDLE(a) FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_replacement_field) {
  EXPECT_TOKENS("f'a{x + 1}b'\n",
                "FSTRING_START(f') FSTRING_MIDDLE(a) LBRACE NAME(x) PLUS NUMBER(1) RBRACE "
                "FSTRING_MIDDLE(b) FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_doubled_braces_stay_in_middle) {
  EXPECT_TOKENS("f'{{a}} {{{x}}}'\n",
                "FSTRING_START(f') FSTRING_MIDDLE({{a}} {{) LBRACE NAME(x) RBRACE "
                "FSTRING_MIDDLE(}}) FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_conversion) {
  EXPECT_TOKENS("f'{a!r}{b!s}{c!a}'\n",
                "FSTRING_START(f') LBRACE NAME(a) EXCLAMATION NAME(r) RBRACE LBRACE NAME(b) "
                "EXCLAMATION NAME(s) RBRACE LBRACE NAME(c) EXCLAMATION NAME(a) RBRACE "
                "FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_format_spec) {
  EXPECT_TOKENS("f'{a:>10} {t:%H:%M}'\n",
                "FSTRING_START(f') LBRACE NAME(a) COLON FSTRING_MIDDLE(>10) RBRACE "
                "FSTRING_MIDDLE( ) LBRACE NAME(t) COLON FSTRING_MIDDLE(%H:%M) RBRACE "
                "FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_nested_fields_in_spec) {
  EXPECT_TOKENS("f'{x:{w}.{p}f}'\n",
                "FSTRING_START(f') LBRACE NAME(x) COLON LBRACE NAME(w) RBRACE FSTRING_MIDDLE(.) "
                "LBRACE NAME(p) RBRACE FSTRING_MIDDLE(f) RBRACE FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_debug_forms) {
  EXPECT_TOKENS("f'{x=}{y = !r:>{w}}'\n",
                "FSTRING_START(f') LBRACE NAME(x) EQUAL RBRACE LBRACE NAME(y) EQUAL EXCLAMATION "
                "NAME(r) COLON FSTRING_MIDDLE(>) LBRACE NAME(w) RBRACE RBRACE FSTRING_END(') "
                "NEWLINE ENDMARKER");
}

Test(lex, fstring_comparisons_do_not_end_the_expression) {
  EXPECT_TOKENS("f'{a==b}{a!=b}{a<=b}{a>=b}'\n",
                "FSTRING_START(f') LBRACE NAME(a) EQEQUAL NAME(b) RBRACE LBRACE NAME(a) NOTEQUAL "
                "NAME(b) RBRACE LBRACE NAME(a) LESSEQUAL NAME(b) RBRACE LBRACE NAME(a) "
                "GREATEREQUAL NAME(b) RBRACE FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_colon_inside_brackets_is_not_a_spec) {
  EXPECT_TOKENS("f'{d[1:2]}{ {1:2}[1] }{(x:=5)}'\n",
                "FSTRING_START(f') LBRACE NAME(d) LSQB NUMBER(1) COLON NUMBER(2) RSQB RBRACE "
                "LBRACE LBRACE NUMBER(1) COLON NUMBER(2) RBRACE LSQB NUMBER(1) RSQB RBRACE LBRACE "
                "LPAR NAME(x) COLONEQUAL NUMBER(5) RPAR RBRACE FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_walrus_at_top_is_a_spec) {
  /* as in CPython, f'{x:=5}' formats x with the spec "=5" */
  EXPECT_TOKENS("f'{x:=5}'\n",
                "FSTRING_START(f') LBRACE NAME(x) COLON FSTRING_MIDDLE(=5) RBRACE FSTRING_END(') "
                "NEWLINE ENDMARKER");
}

Test(lex, fstring_nested_with_other_quotes) {
  EXPECT_TOKENS("f\"{f'{x}'}\" f'{d[\"k\"]}'\n",
                "FSTRING_START(f\") LBRACE FSTRING_START(f') LBRACE NAME(x) RBRACE FSTRING_END(') "
                "RBRACE FSTRING_END(\") FSTRING_START(f') LBRACE NAME(d) LSQB STRING(\"k\") RSQB "
                "RBRACE FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_deeply_nested_quotes) {
  EXPECT_TOKENS("f'''{f\"\"\"{f'{f\"{x}\"}'}\"\"\"}'''\n",
                "FSTRING_START(f''') LBRACE FSTRING_START(f\"\"\") LBRACE FSTRING_START(f') LBRACE "
                "FSTRING_START(f\") LBRACE NAME(x) RBRACE FSTRING_END(\") RBRACE FSTRING_END(') "
                "RBRACE FSTRING_END(\"\"\") RBRACE FSTRING_END(''') NEWLINE ENDMARKER");
}

Test(lex, fstring_triple_quoted_spans_lines) {
  EXPECT_POSITIONS("x = f'''a\n{y\n  }b''' + 1\n",
                   "NAME(x)@1:1 EQUAL@1:3 FSTRING_START(f''')@1:5 FSTRING_MIDDLE(a\n)@1:9 "
                   "LBRACE@2:1 NAME(y)@2:2 RBRACE@3:3 FSTRING_MIDDLE(b)@3:4 FSTRING_END(''')@3:5 "
                   "PLUS@3:9 NUMBER(1)@3:11 NEWLINE@3:12 ENDMARKER@4:1");
}

Test(lex, fstring_raw_and_escapes_in_middles) {
  EXPECT_TOKENS("rf'\\d{x}' f'\\{x}' f'\\N{DIGIT ONE}{x}' rf'\\N{x}'\n",
                "FSTRING_START(rf') FSTRING_MIDDLE(\\d) LBRACE NAME(x) RBRACE FSTRING_END(') "
                "FSTRING_START(f') FSTRING_MIDDLE(\\) LBRACE NAME(x) RBRACE FSTRING_END(') "
                "FSTRING_START(f') FSTRING_MIDDLE(\\N{DIGIT ONE}) LBRACE NAME(x) RBRACE "
                "FSTRING_END(') FSTRING_START(rf') FSTRING_MIDDLE(\\N) LBRACE NAME(x) RBRACE "
                "FSTRING_END(') NEWLINE ENDMARKER");
}

Test(lex, fstring_expression_with_strings_and_keywords) {
  EXPECT_TOKENS("f'{\"a\" if b else \"c\"}'\n",
                "FSTRING_START(f') LBRACE STRING(\"a\") IF NAME(b) ELSE STRING(\"c\") RBRACE "
                "FSTRING_END(') NEWLINE ENDMARKER");
}

/* Decode every FSTRING_MIDDLE of src, joined with '|'. */
static char *fstring_middles(const char *src) {
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, strlen(src), &err);
  mt_buf out = MT_BUF_INIT;
  mt_token t;
  bool raw = false;
  do {
    cr_assert_eq(mt_lex_next(lx, &t), 0, "%s", mt_lex_error(lx)->msg);
    if (t.kind == TK_FSTRING_START) raw = mt_lex_fstring_is_raw(src, &t);
    if (t.kind == TK_FSTRING_MIDDLE) {
      if (out.len) mt_buf_putc(&out, '|');
      cr_assert_eq(mt_lex_decode_fstring_middle(src, &t, raw, &out, &err), 0, "%s", err.msg);
    }
  } while (t.kind != 0);
  mt_lex_free(lx);
  return out.data ? out.data : strdup("");
}

#define EXPECT_MIDDLES(src, want)          \
  do {                                     \
    char *got_ = fstring_middles(src);     \
    cr_expect_str_eq(got_, want);          \
    free(got_);                            \
  } while (0)

Test(lex, fstring_middle_values) {
  EXPECT_MIDDLES("f'a{{b}}c'", "a{b}c");
  EXPECT_MIDDLES("f'\\x41\\n{x}\\u20ac'", "A\n|\xE2\x82\xAC");
  EXPECT_MIDDLES("rf'\\n{x}\\x41'", "\\n|\\x41");
  EXPECT_MIDDLES("f'\\{x}'", "\\");
  EXPECT_MIDDLES("f'\\{{x}}'", "\\{x}");
  EXPECT_MIDDLES("f'{x:%H:%M}'", "%H:%M");
  EXPECT_MIDDLES("f'''a\r\nb{x}'''", "a\nb");
}

Test(lex, fstring_middle_character_names) {
  EXPECT_MIDDLES("f'\\N{EURO SIGN}{x}\\N{snowman}'", "\xE2\x82\xAC|\xE2\x98\x83");
  EXPECT_MIDDLES("rf'\\N{x}'", "\\N");
}

Test(lex, fstring_middle_invalid_utf8) {
  const char *src = "f'{x}b\xff'";
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, strlen(src), &err);
  mt_token t;
  do cr_assert_eq(mt_lex_next(lx, &t), 0);
  while (t.kind != TK_FSTRING_MIDDLE);
  mt_buf out = MT_BUF_INIT;
  cr_expect_eq(mt_lex_decode_fstring_middle(src, &t, false, &out, &err), -1);
  cr_expect_str_eq(err.msg,
                   "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid "
                   "start byte");
  mt_buf_free(&out);
  mt_lex_free(lx);
}

/* ---- errors (CPython 3.11's compile(): exception, message, line, offset) ---- */

Test(lex, number_errors) {
  EXPECT_ERROR("1abc",
               "SyntaxError: invalid decimal literal @1:1");
  EXPECT_ERROR("x = 012",
               "SyntaxError: leading zeros in decimal integer literals are not permitted; "
               "use an 0o prefix for octal integers @1:5");
  EXPECT_ERROR("0x",
               "SyntaxError: invalid hexadecimal literal @1:2");
  EXPECT_ERROR("0xg",
               "SyntaxError: invalid hexadecimal literal @1:2");
  EXPECT_ERROR("0o8",
               "SyntaxError: invalid digit '8' in octal literal @1:3");
  EXPECT_ERROR("0o",
               "SyntaxError: invalid octal literal @1:2");
  EXPECT_ERROR("0o18",
               "SyntaxError: invalid digit '8' in octal literal @1:4");
  EXPECT_ERROR("0b2",
               "SyntaxError: invalid digit '2' in binary literal @1:3");
  EXPECT_ERROR("0b",
               "SyntaxError: invalid binary literal @1:2");
  EXPECT_ERROR("0b12",
               "SyntaxError: invalid digit '2' in binary literal @1:4");
  EXPECT_ERROR("1_",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("1__0",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("1e",
               "SyntaxError: invalid decimal literal @1:1");
  EXPECT_ERROR("1e+",
               "SyntaxError: invalid decimal literal @1:3");
  EXPECT_ERROR("1.real",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("1_e5",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("1e_5",
               "SyntaxError: invalid decimal literal @1:1");
  EXPECT_ERROR("0x1_",
               "SyntaxError: invalid hexadecimal literal @1:4");
  EXPECT_ERROR("0b1_",
               "SyntaxError: invalid binary literal @1:4");
  EXPECT_ERROR("0_1",
               "SyntaxError: leading zeros in decimal integer literals are not permitted; "
               "use an 0o prefix for octal integers @1:1");
  EXPECT_ERROR("1jx",
               "SyntaxError: invalid imaginary literal @1:2");
  EXPECT_ERROR(".5abc",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("0_",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("0.e",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("1orx",
               "SyntaxError: invalid decimal literal @1:1");
}

Test(lex, continuation_errors) {
  EXPECT_ERROR("x = 1 \\ y",
               "SyntaxError: unexpected character after line continuation character @1:8");
  EXPECT_ERROR("x = 1\ny = 2 \\",
               "SyntaxError: unexpected EOF while parsing @2:8");
  EXPECT_ERROR("x = 1 \\\n",
               "SyntaxError: unexpected EOF while parsing @1:8");
  EXPECT_ERROR("if x:\n  y\n\n    \\\n",
               "SyntaxError: unexpected EOF while parsing @4:6");
}

Test(lex, bracket_errors) {
  EXPECT_ERROR("(\n",
               "SyntaxError: '(' was never closed @1:1");
  EXPECT_ERROR("x = (1,\n [2,\n",
               "SyntaxError: '[' was never closed @2:2");
  EXPECT_ERROR("\xC3\xA9 = (1",
               "SyntaxError: '(' was never closed @1:5");
  EXPECT_ERROR("\xC3\xA9 = 1)",
               "SyntaxError: unmatched ')' @1:6");
  EXPECT_ERROR("x = 1)",
               "SyntaxError: unmatched ')' @1:6");
  EXPECT_ERROR("(]",
               "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' "
               "@1:2");
  EXPECT_ERROR("(\n]",
               "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' "
               "on line 1 @2:1");
  EXPECT_ERROR("{)",
               "SyntaxError: closing parenthesis ')' does not match opening parenthesis '{' "
               "@1:2");
  EXPECT_ERROR("x = [1,\n2)",
               "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' "
               "on line 1 @2:2");
  EXPECT_ERROR("\xEF\xBB\xBFx = (1",
               "SyntaxError: '(' was never closed @1:5");
}

Test(lex, indentation_errors) {
  EXPECT_ERROR("if x:\n    y\n  z = 1 + 2\n",
               "IndentationError: unindent does not match any outer indentation level @3:12");
  EXPECT_ERROR("if x:\n    y\n  z = 1 # h\xC3\xA9\n",
               "IndentationError: unindent does not match any outer indentation level @3:13");
  EXPECT_ERROR("if x:\n    y\n  z = 1\r\n",
               "IndentationError: unindent does not match any outer indentation level @3:8");
}

Test(lex, tab_errors) {
  EXPECT_ERROR("if x:\n\ty\n        z",
               "TabError: inconsistent use of tabs and spaces in indentation @3:1");
  EXPECT_ERROR("if x:\n        y\n\tz",
               "TabError: inconsistent use of tabs and spaces in indentation @3:1");
  EXPECT_ERROR("if x:\n  \ty\n\t  z",
               "TabError: inconsistent use of tabs and spaces in indentation @3:1");
}

Test(lex, stray_character_errors) {
  EXPECT_ERROR("\x01",
               "SyntaxError: invalid non-printable character U+0001 @1:1");
  EXPECT_ERROR("x = \x7F",
               "SyntaxError: invalid non-printable character U+007F @1:5");
  EXPECT_ERROR("x\x0B= 1",
               "SyntaxError: invalid non-printable character U+000B @1:2");
  EXPECT_ERROR("\xE2\x82\xAC",
               "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC) @1:1");
  EXPECT_ERROR("x\xC2\xA0",
               "SyntaxError: invalid non-printable character U+00A0 @1:2");
  EXPECT_ERROR("a\xE2\x82\xAC""b",
               "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC) @1:2");
  EXPECT_ERROR("\xCF\x80\xE2\x82\x81 = 1",
               "SyntaxError: invalid character '\xE2\x82\x81' (U+2081) @1:2");
  EXPECT_ERROR("x = \xE2\x80\x8B",
               "SyntaxError: invalid non-printable character U+200B @1:5");
}

Test(lex, unterminated_strings) {
  EXPECT_ERROR("x = \"abc",
               "SyntaxError: unterminated string literal (detected at line 1) @1:5");
  EXPECT_ERROR("x = \"abc\\\ndef",
               "SyntaxError: unterminated string literal (detected at line 2) @1:5");
  EXPECT_ERROR("x = 'abc\\\r\ndef",
               "SyntaxError: unterminated string literal (detected at line 2) @1:5");
  EXPECT_ERROR("x = \"\"\"abc\n\nx",
               "SyntaxError: unterminated triple-quoted string literal (detected at line 3) "
               "@1:5");
  EXPECT_ERROR("x = \"\"\"abc\n\nx\n\n",
               "SyntaxError: unterminated triple-quoted string literal (detected at line 4) "
               "@1:5");
  EXPECT_ERROR("x = '''abc",
               "SyntaxError: unterminated triple-quoted string literal (detected at line 1) "
               "@1:5");
  EXPECT_ERROR("x = f\"abc",
               "SyntaxError: unterminated string literal (detected at line 1) @1:5");
  EXPECT_ERROR("x = rb\"abc",
               "SyntaxError: unterminated string literal (detected at line 1) @1:5");
  EXPECT_ERROR("x = \"abc\r\n",
               "SyntaxError: unterminated string literal (detected at line 1) @1:5");
  EXPECT_ERROR("\"\"\"abc\n\ndef\"\"\" \"x",
               "SyntaxError: unterminated string literal (detected at line 3) @3:8");
  EXPECT_ERROR("\xC3\xA9 = \"abc",
               "SyntaxError: unterminated string literal (detected at line 1) @1:5");
  EXPECT_ERROR("x = \"a\" \"b",
               "SyntaxError: unterminated string literal (detected at line 1) @1:9");
  EXPECT_ERROR("x = (\n\"abc\n)",
               "SyntaxError: unterminated string literal (detected at line 2) @2:1");
  EXPECT_ERROR("x = '''abc'",
               "SyntaxError: unterminated triple-quoted string literal (detected at line 1) "
               "@1:5");
  EXPECT_ERROR("x = ''''",
               "SyntaxError: unterminated triple-quoted string literal (detected at line 1) "
               "@1:5");
}

Test(lex, invalid_utf8) {
  EXPECT_ERROR("x = 1\n\xFF\n",
               "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in "
               "position 0: invalid start byte @2:1");
  EXPECT_ERROR("abc\xFF = 1",
               "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in "
               "position 3: invalid start byte @1:4");
  EXPECT_ERROR("x = ab\xFF",
               "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in "
               "position 2: invalid start byte @1:7");
  EXPECT_ERROR("x = 1\nyy = ab\xE2\x82 + 1",
               "SyntaxError: (unicode error) 'utf-8' codec can't decode bytes in position "
               "2-3: unexpected end of data @2:9");
  EXPECT_ERROR("\xC3\xA9\xFF = 1",
               "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in "
               "position 2: invalid start byte @1:3");
}

Test(lex, fstring_errors) {
  EXPECT_ERROR("x = f\"{}\"",
               "SyntaxError: f-string: empty expression not allowed @1:10");
  EXPECT_ERROR("x = f\"{ }\" + 1",
               "SyntaxError: f-string: empty expression not allowed @1:12");
  EXPECT_ERROR("x = f\"a}\"",
               "SyntaxError: f-string: single '}' is not allowed @1:10");
  EXPECT_ERROR("x = f\"{a\"",
               "SyntaxError: f-string: expecting '}' @1:10");
  EXPECT_ERROR("x = f\"{a!x}\"",
               "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or "
               "'a' @1:13");
  EXPECT_ERROR("x = f\"{a!r \"",
               "SyntaxError: f-string: expecting '}' @1:13");
  EXPECT_ERROR("x = f\"{a\\n}\"",
               "SyntaxError: f-string expression part cannot include a backslash @1:13");
  EXPECT_ERROR("x = f\"{a#}\"",
               "SyntaxError: f-string expression part cannot include '#' @1:12");
  EXPECT_ERROR("x = f'{d['k']}'",
               "SyntaxError: f-string: unmatched '[' @1:11");
  EXPECT_ERROR("x = f\"{a)}\"",
               "SyntaxError: f-string: unmatched ')' @1:12");
  EXPECT_ERROR("x = f\"{(a}\"",
               "SyntaxError: f-string: closing parenthesis '}' does not match opening "
               "parenthesis '(' @1:12");
  EXPECT_ERROR("x = f\"{(a]}\"",
               "SyntaxError: f-string: closing parenthesis ']' does not match opening "
               "parenthesis '(' @1:13");
  EXPECT_ERROR("x = f'{\"a}'",
               "SyntaxError: f-string: unterminated string @1:12");
  EXPECT_ERROR("x = f\"{a = 1}\"",
               "SyntaxError: f-string: expecting '}' @1:15");
  EXPECT_ERROR("x = (1,\n  f\"{}\")",
               "SyntaxError: f-string: empty expression not allowed @2:8");
  EXPECT_ERROR("x = f\"\"\"\n{}\"\"\"",
               "SyntaxError: f-string: empty expression not allowed @2:6");
  EXPECT_ERROR("x = f\"{a!}\"",
               "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or "
               "'a' @1:12");
  EXPECT_ERROR("x = f\"{a:{b:{c}}}\"",
               "SyntaxError: f-string: expressions nested too deeply @1:19");
  EXPECT_ERROR("x = f\"{!r}\"",
               "SyntaxError: f-string: expression required before '!' @1:12");
  EXPECT_ERROR("x = f\"{a:}}\"",
               "SyntaxError: f-string: single '}' is not allowed @1:13");
  EXPECT_ERROR("x = f\"{a!r=}\"",
               "SyntaxError: f-string: expecting '}' @1:14");
  EXPECT_ERROR("f\"{:x}\"",
               "SyntaxError: f-string: expression required before ':' @1:8");
  EXPECT_ERROR("f\"{=}\"",
               "SyntaxError: f-string: expression required before '=' @1:7");
  EXPECT_ERROR("f\"{a:{b}}}\"",
               "SyntaxError: f-string: single '}' is not allowed @1:12");
  EXPECT_ERROR("f\"{\"a\"!r}\"",
               "SyntaxError: f-string: expecting '}' @1:5");
  EXPECT_ERROR("f\"\"\"{a\n#c\n}\"\"\"",
               "SyntaxError: f-string expression part cannot include '#' @3:5");
  EXPECT_ERROR("x = f\"{ }\" \"a\" + 1",
               "SyntaxError: f-string: empty expression not allowed @1:16");
  EXPECT_ERROR("x = \"a\" f\"{ }\" + 1",
               "SyntaxError: f-string: empty expression not allowed @1:16");
  EXPECT_ERROR("f\"{a:{b!r:{c}}}\"",
               "SyntaxError: f-string: expressions nested too deeply @1:17");
  EXPECT_ERROR("f\"{x!r:{y}\"",
               "SyntaxError: f-string: expecting '}' @1:12");
  EXPECT_ERROR("f\"{x:{y\"",
               "SyntaxError: f-string: expecting '}' @1:9");
  EXPECT_ERROR("f\"{'\\n'}\"",
               "SyntaxError: f-string expression part cannot include a backslash @1:10");
  EXPECT_ERROR("x = f\"{a}\" f\"{}\" f\"{b\"",
               "SyntaxError: f-string: empty expression not allowed @1:23");
  EXPECT_ERROR("f\"{)}\"",
               "SyntaxError: f-string: unmatched ')' @1:7");
  EXPECT_ERROR("f\"{a:{)}}\"",
               "SyntaxError: f-string: unmatched ')' @1:11");
}

Test(lex, continuation_errors_and_joined_lines) {
  EXPECT_ERROR("\\\n\\x4",
               "SyntaxError: unexpected character after line continuation character @2:2");
  EXPECT_ERROR("1e5 \\\n\\x4",
               "SyntaxError: unexpected character after line continuation character @2:8");
  EXPECT_ERROR("x = 1\n    \\ y",
               "SyntaxError: unexpected character after line continuation character @2:6");
  EXPECT_ERROR("x = 1 + \\\n 2 \\ y",
               "SyntaxError: unexpected character after line continuation character @2:15");
  EXPECT_ERROR("x = \"\"\"a\nb\"\"\" \\ y",
               "SyntaxError: unexpected character after line continuation character @2:16");
  EXPECT_ERROR("\xC3\xA9 = 1 + \\\n 2 \\ y",
               "SyntaxError: unexpected character after line continuation character @2:15");
  EXPECT_ERROR("[\\\n",
               "SyntaxError: '[' was never closed @1:1");
  EXPECT_ERROR("x = 1 + \\\n  2 + \\\n",
               "SyntaxError: unexpected EOF while parsing @2:8");
  EXPECT_ERROR("if 1:\n    x = 1\n  \\\n    y = 2",
               "IndentationError: unindent does not match any outer indentation level @4:10");
}

Test(lex, tokenizer_errors_after_an_fstring_group_come_first) {
  EXPECT_ERROR("x = f\"{}\" \"abc",
               "SyntaxError: unterminated string literal (detected at line 1) @1:11");
  EXPECT_ERROR("x = f\"{}\")",
               "SyntaxError: unmatched ')' @1:10");
  EXPECT_ERROR("x = f\"{}\" + 1\ny = 1_",
               "SyntaxError: invalid decimal literal @2:6");
  EXPECT_ERROR("x = (f\"{}\"",
               "SyntaxError: '(' was never closed @1:5");
  EXPECT_ERROR("x = f\"{}\" \\",
               "SyntaxError: unexpected EOF while parsing @1:12");
  EXPECT_ERROR("x = f\"{}\" \xC3\xA9\xE2\x82\xAC",
               "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC) @1:12");
  EXPECT_ERROR("x = f\"{}\" \x01",
               "SyntaxError: invalid non-printable character U+0001 @1:11");
  EXPECT_ERROR("x = (\n f\"{}\",\n  \\ 2)",
               "SyntaxError: '(' was never closed @1:5");
}

Test(lex, fstring_errors_stand_against_later_signals) {
  EXPECT_ERROR("x = f\"{}\" + 1\n  y = 2",
               "SyntaxError: f-string: empty expression not allowed @1:11");
  EXPECT_ERROR("x = (f\"{}\",\n  \\ 2)",
               "SyntaxError: f-string: empty expression not allowed @1:11");
  EXPECT_ERROR("x = (f\"{}\" # c\n)",
               "SyntaxError: f-string: empty expression not allowed @2:1");
  EXPECT_ERROR("x = f\"{}\" # c",
               "SyntaxError: f-string: empty expression not allowed @1:11");
}

Test(lex, errors_inside_fields_use_the_field_source) {
  EXPECT_ERROR("x = f\"{1_}\"",
               "SyntaxError: invalid decimal literal @1:3");
  EXPECT_ERROR("\n\nx = f\"ab{ 1_}\"",
               "SyntaxError: invalid decimal literal @3:4");
  EXPECT_ERROR("x = f\"\"\"ab\n{ \n  1_}\"\"\"",
               "SyntaxError: invalid decimal literal @3:4");
  EXPECT_ERROR("x = f\"{a\xE2\x82\xAC}\"",
               "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC) @1:3");
  EXPECT_ERROR("x = f\"{1e}\"",
               "SyntaxError: invalid decimal literal @1:2");
  EXPECT_ERROR("f\"{f'{x'}\"",
               "SyntaxError: f-string: f-string: expecting '}' @1:7");
  EXPECT_ERROR("f'''{f\"{f'{x'}\"}'''",
               "SyntaxError: f-string: f-string: expecting '}' @1:7");
  EXPECT_ERROR("f'{\"}}  .5j\\x4'",
               "SyntaxError: f-string expression part cannot include a backslash @1:16");
}

Test(lex, fstring_bracket_limit) {
  EXPECT_ERROR("f'{((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((('",
               "SyntaxError: f-string: too many nested parenthesis @1:206");
  EXPECT_ERROR("f'{(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((('",
               "SyntaxError: f-string: unmatched '(' @1:205");
}

/* CPython 3.11.4+ reads source line by line and fails on the line holding
** a NUL byte, with offset 0 (values from running python3.11 on such files). */
Test(lex, null_bytes) {
  EXPECT_TOKENS("x = 1\ny = 2\0 + 3\n",
                "NAME(x) EQUAL NUMBER(1) NEWLINE" ERR_MARK
                "SyntaxError: source code cannot contain null bytes @2:0");
  EXPECT_ERROR("x = \"\"\"abc\n\0\"\"\"\n", "SyntaxError: source code cannot contain null bytes @2:0");
  EXPECT_ERROR("\0", "SyntaxError: source code cannot contain null bytes @1:0");
  EXPECT_ERROR("if 1:\n  x\n\0", "SyntaxError: source code cannot contain null bytes @3:0");
  EXPECT_ERROR("x = (1,\n\0", "SyntaxError: source code cannot contain null bytes @2:0");
  EXPECT_ERROR("x = 1 \\\n\0", "SyntaxError: source code cannot contain null bytes @2:0");
}

/* ---- limits ---- */

/* head, n copies of unit, then tail, in a fresh buffer. */
static char *repeat(const char *head, const char *unit, int n, const char *tail) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, head);
  for (int i = 0; i < n; i++) mt_buf_puts(&b, unit);
  mt_buf_puts(&b, tail);
  return b.data;
}

/* Expect the dump of src to contain want (an ERR_MARK error, or not). */
static void expect_dump_has(char *src, const char *want, bool present) {
  char *got = dump_n(src, strlen(src), false);
  if (present)
    cr_expect_not_null(strstr(got, want), "%s", got);
  else
    cr_expect_null(strstr(got, want), "%s", got);
  free(got);
  free(src);
}

Test(lex, two_hundred_brackets_are_allowed) {
  expect_dump_has(repeat("", "(", 200, ""), ERR_MARK "SyntaxError: '(' was never closed @1:200",
                  true);
}

Test(lex, too_many_nested_brackets) {
  expect_dump_has(repeat("", "(", 201, ""),
                  ERR_MARK "SyntaxError: too many nested parentheses @1:201", true);
  expect_dump_has(repeat("x = 1\n", "[", 1000, ""),
                  ERR_MARK "SyntaxError: too many nested parentheses @2:201", true);
}


/* Lines "if 1:" indented 0 .. n-1 spaces, then "x" indented n. */
static char *nested_ifs(int n) {
  mt_buf b = MT_BUF_INIT;
  for (int i = 0; i <= n; i++) {
    for (int j = 0; j < i; j++) mt_buf_putc(&b, ' ');
    mt_buf_puts(&b, i < n ? "if 1:\n" : "x\n");
  }
  return b.data;
}

Test(lex, indentation_depth_limit) {
  expect_dump_has(nested_ifs(99), ERR_MARK, false); /* CPython accepts 99 levels */
  expect_dump_has(nested_ifs(100),
                  ERR_MARK "IndentationError: too many levels of indentation @101:1", true);
  expect_dump_has(nested_ifs(5000), "too many levels of indentation", true);
}

/* ---- robustness ---- */

/* A deterministic xorshift generator: the same inputs on every run. */
static uint32_t next_random(uint32_t *state) {
  uint32_t x = *state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *state = x;
}

/* Lex src to the end or the first error, decoding every literal on the
** way; the stream must end within a bounded number of tokens. */
static void lex_all(const char *src, size_t n) {
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, n, &err);
  cr_assert_not_null(lx);
  mt_token t;
  bool raw = false;
  size_t count = 0;
  while (mt_lex_next(lx, &t) == 0 && t.kind != 0) {
    cr_assert_leq((size_t)t.off + t.len, n);
    mt_buf val = MT_BUF_INIT;
    bool is_bytes;
    mt_syntax_error derr = {0};
    if (t.kind == TK_STRING) mt_lex_decode_string(src, &t, &val, &is_bytes, &derr);
    if (t.kind == TK_FSTRING_START) raw = mt_lex_fstring_is_raw(src, &t);
    if (t.kind == TK_FSTRING_MIDDLE) mt_lex_decode_fstring_middle(src, &t, raw, &val, &derr);
    mt_buf_free(&val);
    cr_assert_leq(++count, 2 * n + 2 * MT_LEX_MAX_INDENT + 4);
  }
  mt_lex_free(lx);
}

Test(lex, random_bytes_never_crash) {
  uint32_t seed = 0x9E3779B9u;
  char buf[256];
  for (int i = 0; i < 4000; i++) {
    size_t n = next_random(&seed) % sizeof buf;
    for (size_t j = 0; j < n; j++) buf[j] = (char)next_random(&seed);
    lex_all(buf, n);
  }
}

Test(lex, random_python_fragments_never_crash) {
  /* pieces that reach the f-string, string, number and layout paths;
  ** an empty piece stands for a NUL byte */
  static const char *const pieces[] = {
      "f'", "f\"", "f'''", "rf\"", "'", "\"", "'''", "b'", "{", "}", "{{", "}}", "(", ")",
      "[", "]", ":", "!", "!r", "=", "==", "#", "\\", "\\\n", "\n", "\r\n", "\r", "  ",
      "\t", "\f", "x", "if", "0", "1_0", "0x", "1e", ".5j", "\xc3\xa9", "\xe2\x82", "\xff",
      "\\N{", "\\x4", ":=", "->", "...", "$", "\x01", "", "\xef\xbb\xbf",
  };
  uint32_t seed = 12345;
  char buf[512];
  for (int i = 0; i < 6000; i++) {
    size_t n = 0, parts = next_random(&seed) % 40;
    for (size_t j = 0; j < parts; j++) {
      const char *p = pieces[next_random(&seed) % MT_ARRAY_LEN(pieces)];
      size_t k = strlen(p) ? strlen(p) : 1;
      if (n + k > sizeof buf) break;
      memcpy(buf + n, p, k);
      n += k;
    }
    lex_all(buf, n);
  }
}

/* ---- CPython details the parser relies on ---- */

Test(lex, stray_printable_characters_are_error_tokens) {
  /* CPython's parser reports "invalid syntax" at them (a later tokenizer
  ** error still wins, see check_rest) */
  EXPECT_POSITIONS("a $ b ? `\n",
                   "NAME(a)@1:1 ERRORTOKEN@1:3 NAME(b)@1:5 ERRORTOKEN@1:7 ERRORTOKEN@1:9 "
                   "NEWLINE@1:10 ENDMARKER@2:1");
}

Test(lex, newline_starts_at_a_comment_before_it) {
  /* compile("x = 1 +  # c\n") reports "invalid syntax" at 1:10, the
  ** NEWLINE token, which CPython starts at the comment */
  EXPECT_POSITIONS("x = 1 +  # c\n",
                   "NAME(x)@1:1 EQUAL@1:3 NUMBER(1)@1:5 PLUS@1:7 NEWLINE@1:10 ENDMARKER@2:1");
}

Test(lex, lines_starting_with_a_backslash) {
  EXPECT_TOKENS("\\\nx = 1\ny = 2\n",
                "NAME(x) EQUAL NUMBER(1) NEWLINE NAME(y) EQUAL NUMBER(2) NEWLINE ENDMARKER");
  /* the first backslash fixes the indentation of the joined line */
  EXPECT_TOKENS("if 1:\n  \\\n  x\n",
                "IF NUMBER(1) COLON NEWLINE INDENT NAME(x) NEWLINE DEDENT ENDMARKER");
  EXPECT_TOKENS("if 1:\n  x\n\\\n  y\n",
                "IF NUMBER(1) COLON NEWLINE INDENT NAME(x) NEWLINE NAME(y) NEWLINE DEDENT "
                "ENDMARKER");
  EXPECT_TOKENS("x = 1\n  \\\ny = 2\n",
                "NAME(x) EQUAL NUMBER(1) NEWLINE INDENT NAME(y) EQUAL NUMBER(2) NEWLINE DEDENT "
                "ENDMARKER");
}

/* Lex src up to the token `upto` (the parser's lookahead when it fails),
** then ask mt_lex_check_rest about a parser error on err_line. */
static char *check_rest_after(const char *src, const char *upto, uint32_t err_line) {
  mt_syntax_error err = {0};
  mt_lexer *lx = mt_lex_new(src, strlen(src), &err);
  mt_token t;
  do cr_assert_eq(mt_lex_next(lx, &t), 0, "%s", mt_lex_error(lx)->msg);
  while (t.len != strlen(upto) || memcmp(src + t.off, upto, t.len) != 0);
  mt_buf out = MT_BUF_INIT;
  if (mt_lex_check_rest(lx, err_line, &err))
    mt_buf_printf(&out, "%s: %s @%u:%u", mt_syntax_error_name(err.kind), err.msg, err.line,
                  err.col);
  else
    mt_buf_puts(&out, "parser error stands");
  mt_lex_free(lx);
  return out.data;
}

#define EXPECT_CHECK_REST(src, upto, line, want)        \
  do {                                                  \
    char *got_ = check_rest_after(src, upto, line);     \
    cr_expect_str_eq(got_, want);                       \
    free(got_);                                         \
  } while (0)

Test(lex, check_rest_after_a_parser_error) {
  /* python3.11: "x = 1 2\ny = 1_" gives the tokenizer's error */
  EXPECT_CHECK_REST("x = 1 2\ny = 1_", "2", 1, "SyntaxError: invalid decimal literal @2:6");
  /* a signalled error keeps the parser's unless a bracket opened earlier */
  EXPECT_CHECK_REST("x = (1 2,\n  \\ y)", "2", 1, "parser error stands");
  EXPECT_CHECK_REST("x = (\n 1 2,\n \\ y)", "2", 2, "SyntaxError: '(' was never closed @1:5");
  EXPECT_CHECK_REST("x = (\n 1 2,\n y)\n  \\ z", "2", 2, "parser error stands");
  EXPECT_CHECK_REST("x = 1 2\ny = 3\n", "2", 1, "parser error stands");
}

Test(lex, check_rest_from_inside_an_fstring) {
  /* the rest is read from after the f-string's group, f-strings as plain strings */
  EXPECT_CHECK_REST("f'{a b}' f'{}' 'c\nx = 1_", "b", 1,
                    "SyntaxError: unterminated string literal (detected at line 1) @1:16");
  EXPECT_CHECK_REST("f'{a b}'\nx = f'{}'", "b", 1, "parser error stands");
}

Test(lex, field_marks_are_checked_when_the_next_token_is_read) {
  /* the parser sees the expression first, as 3.11 compiled it first */
  EXPECT_TOKENS("f\"{a!x}\"",
                "FSTRING_START(f\") LBRACE NAME(a) EXCLAMATION" ERR_MARK
                "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' "
                "@1:9");
  EXPECT_TOKENS("f\"{a = 1}\"",
                "FSTRING_START(f\") LBRACE NAME(a) EQUAL" ERR_MARK
                "SyntaxError: f-string: expecting '}' @1:11");
}

Test(lex, token_length_limit) {
  size_t n = MT_LEX_MAX_TOKEN_BYTES + 3;
  char *src = malloc(n);
  memset(src, 'a', n);
  src[0] = '\'';
  src[n - 1] = '\'';
  char *got = dump_n(src, n, false);
  cr_expect_str_eq(got, ERR_MARK "SyntaxError: token too long @1:1");
  free(got);
  free(src);
}
