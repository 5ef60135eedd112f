/*
** grammar.y: the LALR(1) grammar of ExMonty's Python subset, for lemon.
**
** Token kinds are declared once, in the %token list below; lemon numbers
** them (TK_*) in the generated grammar.h, the lexer emits those codes and
** gen_token_names.py derives the name table from the same header.
*/
%name mt_parser
%token_prefix TK_
%token_type {mt_token}
%default_type {void *}
%extra_context {mt_parse_state *ps}

%include {
#include "parse_internal.h"
}

/* ---- layout ---- */
%token NEWLINE INDENT DEDENT.
/* ---- atoms: the token's span is decoded by the parser ---- */
%token NAME NUMBER STRING FSTRING_START FSTRING_MIDDLE FSTRING_END.
/* ---- keywords ---- */
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA
       NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.
/* ---- soft keywords (fall back to NAME) ---- */
%token MATCH CASE.
/* ---- operators and delimiters ---- */
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI DOT ELLIPSIS
       PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL PERCENT TILDE
       CIRCUMFLEX AT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL LSHIFT RSHIFT
       DOUBLESTAR DOUBLESLASH RARROW COLONEQUAL EXCLAMATION
       PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL
       VBAREQUAL CIRCUMFLEXEQUAL LSHIFTEQUAL RSHIFTEQUAL DOUBLESTAREQUAL
       DOUBLESLASHEQUAL ATEQUAL.
/* ---- a character no token starts with ($ ? `), CPython's ERRORTOKEN:
**      no rule accepts it, so it is a syntax error where it stands ---- */
%token ERRORTOKEN.

/* ---- LEXER BRANCH ONLY: a placeholder start rule so lemon generates a
** parser while the real grammar lives in the parse branch; the parser's
** grammar replaces everything below at merge. ---- */
module ::= tokens.
tokens ::= .
tokens ::= tokens anytoken.
anytoken ::= NEWLINE|INDENT|DEDENT|NAME|NUMBER|STRING|FSTRING_START|FSTRING_MIDDLE|FSTRING_END|FALSE|NONE|TRUE|AND|AS|ASSERT|ASYNC|AWAIT|BREAK|CLASS|CONTINUE|DEF|DEL|ELIF|ELSE|EXCEPT|FINALLY|FOR|FROM|GLOBAL|IF|IMPORT|IN|IS|LAMBDA|NONLOCAL|NOT|OR|PASS|RAISE|RETURN|TRY|WHILE|WITH|YIELD|MATCH|CASE|LPAR|RPAR|LSQB|RSQB|LBRACE|RBRACE|COLON|COMMA|SEMI|DOT|ELLIPSIS|PLUS|MINUS|STAR|SLASH|VBAR|AMPER|LESS|GREATER|EQUAL|PERCENT|TILDE|CIRCUMFLEX|AT|EQEQUAL|NOTEQUAL|LESSEQUAL|GREATEREQUAL|LSHIFT|RSHIFT|DOUBLESTAR|DOUBLESLASH|RARROW|COLONEQUAL|EXCLAMATION|PLUSEQUAL|MINEQUAL|STAREQUAL|SLASHEQUAL|PERCENTEQUAL|AMPEREQUAL|VBAREQUAL|CIRCUMFLEXEQUAL|LSHIFTEQUAL|RSHIFTEQUAL|DOUBLESTAREQUAL|DOUBLESLASHEQUAL|ATEQUAL.
