/*
** lexer.re: the re2c scanner for Python 3.11 source.
**
** It turns bytes into raw tokens (lex_scan.h); lex.c decides what they
** mean in context (layout, brackets, f-string fields) and reports errors.
** The input is NUL-terminated and the NUL never occurs inside a rule, so
** the DFA needs no bounds checks (re2c's sentinel method).
** Keywords are literal rules: re2c folds them into the name DFA.
*/
#include "lex_scan.h"
#include "grammar.h"

/*!re2c
  re2c:define:YYCTYPE = "unsigned char";
  re2c:yyfill:enable = 0;
  re2c:sentinel = 0;

  nl = "\r\n" | "\n" | "\r";

  id_start = [a-zA-Z_\x80-\xff];
  id_cont = [a-zA-Z0-9_\x80-\xff];
  ascii_name = [a-zA-Z_] [a-zA-Z0-9_]*;
  any_name = id_start id_cont*;

  digitpart = [0-9] ("_"? [0-9])*;
  decinteger = [1-9] ("_"? [0-9])* | "0" ("_"? "0")*;
  hexinteger = "0" [xX] ("_"? [0-9a-fA-F])+;
  octinteger = "0" [oO] ("_"? [0-7])+;
  bininteger = "0" [bB] ("_"? [01])+;
  pointfloat = digitpart? "." digitpart | digitpart ".";
  exponentfloat = (digitpart | pointfloat) [eE] [+-]? digitpart;
  floatnumber = pointfloat | exponentfloat;
  imagnumber = (floatnumber | digitpart) [jJ];
  number = decinteger | hexinteger | octinteger | bininteger | floatnumber | imagnumber;

  str_prefix = [rRuUbB] | [bB][rR] | [rR][bB];
  fstr_prefix = [fF] | [fF][rR] | [rR][fF];
  esc = "\\" ([^\x00] | "\r\n");
  sq = "'" ([^'\\\r\n\x00] | esc)* "'";
  dq = "\"" ([^"\\\r\n\x00] | esc)* "\"";
  tsq = "'''" ("'"{0,2} ([^'\\\x00] | esc))* "'''";
  tdq = "\"\"\"" ("\""{0,2} ([^"\\\x00] | esc))* "\"\"\"";
  quoted = sq | dq | tsq | tdq;
  opener = ['"] | "'''" | "\"\"\"";
*/

#define RET(kind)                                  \
  do {                                             \
    lx->tok_start = (uint32_t)(start - base);      \
    lx->cur = (uint32_t)(YYCURSOR - base);         \
    return (kind);                                 \
  } while (0)

uint32_t mt_lex_scan(mt_lexer *lx) {
  const unsigned char *const base = (const unsigned char *)lx->buf;
  const unsigned char *YYCURSOR = base + lx->cur, *YYMARKER = YYCURSOR;
  const unsigned char *start;
  for (;;) {
    start = YYCURSOR;
    /*!re2c
      [ \t\f]+ { continue; }
      "#" [^\r\n\x00]* { RET(MT_RAW_COMMENT); }
      nl { RET(MT_RAW_NL); }
      "\\" nl { RET(MT_RAW_CONTINUATION); }
      "\\" { RET(MT_RAW_BACKSLASH); }
      "\x00" { RET(MT_RAW_SENTINEL); }

      "False" { RET(TK_FALSE); }
      "None" { RET(TK_NONE); }
      "True" { RET(TK_TRUE); }
      "and" { RET(TK_AND); }
      "as" { RET(TK_AS); }
      "assert" { RET(TK_ASSERT); }
      "async" { RET(TK_ASYNC); }
      "await" { RET(TK_AWAIT); }
      "break" { RET(TK_BREAK); }
      "class" { RET(TK_CLASS); }
      "continue" { RET(TK_CONTINUE); }
      "def" { RET(TK_DEF); }
      "del" { RET(TK_DEL); }
      "elif" { RET(TK_ELIF); }
      "else" { RET(TK_ELSE); }
      "except" { RET(TK_EXCEPT); }
      "finally" { RET(TK_FINALLY); }
      "for" { RET(TK_FOR); }
      "from" { RET(TK_FROM); }
      "global" { RET(TK_GLOBAL); }
      "if" { RET(TK_IF); }
      "import" { RET(TK_IMPORT); }
      "in" { RET(TK_IN); }
      "is" { RET(TK_IS); }
      "lambda" { RET(TK_LAMBDA); }
      "nonlocal" { RET(TK_NONLOCAL); }
      "not" { RET(TK_NOT); }
      "or" { RET(TK_OR); }
      "pass" { RET(TK_PASS); }
      "raise" { RET(TK_RAISE); }
      "return" { RET(TK_RETURN); }
      "try" { RET(TK_TRY); }
      "while" { RET(TK_WHILE); }
      "with" { RET(TK_WITH); }
      "yield" { RET(TK_YIELD); }
      "match" { RET(TK_MATCH); }
      "case" { RET(TK_CASE); }
      ascii_name { RET(TK_NAME); }
      any_name { RET(MT_RAW_NAME_UTF8); }

      number { RET(TK_NUMBER); }
      number / id_cont { RET(MT_RAW_NUMBER_CHECK); }

      str_prefix? quoted { RET(TK_STRING); }
      fstr_prefix quoted { RET(MT_RAW_FSTRING); }
      (str_prefix | fstr_prefix)? opener { RET(MT_RAW_UNTERMINATED); }

      "(" { RET(TK_LPAR); }
      ")" { RET(TK_RPAR); }
      "[" { RET(TK_LSQB); }
      "]" { RET(TK_RSQB); }
      "{" { RET(TK_LBRACE); }
      "}" { RET(TK_RBRACE); }
      ":" { RET(TK_COLON); }
      "," { RET(TK_COMMA); }
      ";" { RET(TK_SEMI); }
      "." { RET(TK_DOT); }
      "..." { RET(TK_ELLIPSIS); }
      "+" { RET(TK_PLUS); }
      "-" { RET(TK_MINUS); }
      "*" { RET(TK_STAR); }
      "/" { RET(TK_SLASH); }
      "|" { RET(TK_VBAR); }
      "&" { RET(TK_AMPER); }
      "<" { RET(TK_LESS); }
      ">" { RET(TK_GREATER); }
      "=" { RET(TK_EQUAL); }
      "%" { RET(TK_PERCENT); }
      "~" { RET(TK_TILDE); }
      "^" { RET(TK_CIRCUMFLEX); }
      "@" { RET(TK_AT); }
      "!" { RET(TK_EXCLAMATION); }
      "==" { RET(TK_EQEQUAL); }
      "!=" { RET(TK_NOTEQUAL); }
      "<=" { RET(TK_LESSEQUAL); }
      ">=" { RET(TK_GREATEREQUAL); }
      "<<" { RET(TK_LSHIFT); }
      ">>" { RET(TK_RSHIFT); }
      "**" { RET(TK_DOUBLESTAR); }
      "//" { RET(TK_DOUBLESLASH); }
      "->" { RET(TK_RARROW); }
      ":=" { RET(TK_COLONEQUAL); }
      "+=" { RET(TK_PLUSEQUAL); }
      "-=" { RET(TK_MINEQUAL); }
      "*=" { RET(TK_STAREQUAL); }
      "/=" { RET(TK_SLASHEQUAL); }
      "%=" { RET(TK_PERCENTEQUAL); }
      "&=" { RET(TK_AMPEREQUAL); }
      "|=" { RET(TK_VBAREQUAL); }
      "^=" { RET(TK_CIRCUMFLEXEQUAL); }
      "<<=" { RET(TK_LSHIFTEQUAL); }
      ">>=" { RET(TK_RSHIFTEQUAL); }
      "**=" { RET(TK_DOUBLESTAREQUAL); }
      "//=" { RET(TK_DOUBLESLASHEQUAL); }
      "@=" { RET(TK_ATEQUAL); }

      * { RET(MT_RAW_INVALID); }
    */
  }
}

uint32_t mt_lex_scan_fmiddle(mt_lexer *lx, bool top_level, bool raw) {
  const unsigned char *const base = (const unsigned char *)lx->buf;
  const unsigned char *YYCURSOR = base + lx->cur, *YYMARKER = YYCURSOR, *start;
  uint32_t stop;
  for (;;) {
    start = YYCURSOR;
    /*!re2c
      [^{}\\\x00]+ { continue; }
      "\\" [^{}\x00] { continue; }
      "\\" { continue; }
      "\\N{" [^}\x00]* "}" {
        if (raw) YYCURSOR = start + 2;  // the '{' opens a field
        continue;
      }
      "{{" { if (top_level) continue; stop = MT_FSTOP_LBRACE; break; }
      "}}" { if (top_level) continue; stop = MT_FSTOP_RBRACE; break; }
      "{" { stop = MT_FSTOP_LBRACE; break; }
      "}" { stop = MT_FSTOP_RBRACE; break; }
      "\x00" { stop = MT_FSTOP_END; break; }
    */
  }
  lx->cur = (uint32_t)(start - base);
  return stop;
}
