/*
** grammar.y: the LALR(1) grammar of ExMonty's Python subset, for lemon.
**
** Token kinds are declared once, in the %token list below; lemon numbers
** them (TK_*) in the generated grammar.h, the lexer emits those codes and
** gen_token_names.py derives the name table from the same header.
**
** Where Python needs a target or a name (assignment targets, keyword
** arguments, walrus targets, annotations) the grammar parses a general
** expression and the action validates it, as CPython 3.8's LL(1) parser
** did. The actions only call the tree builders of parse_expr.c,
** parse_stmt.c, parse_literal.c and parse_pattern.c; the driver is
** parse.c, the messages for rejected tokens parse_error.c. Actions report
** errors by longjmp (first error wins), so every action may assume valid
** children. The `match` soft keyword is decided by the driver; `case` and
** any other use of either falls back to NAME.
*/
%name mt_parser
%token_prefix TK_
%token_type {mt_token}
%default_type {mt_ast_node *}
%extra_context {mt_parse_state *ps}
%start_symbol file

/* The parser's stack is bounded: legitimate nesting is bounded by the
** lexer (200 brackets, 100 indents) and by MT_AST_MAX_DEPTH; 4000 entries
** are comfortably above what those allow. Its first YYINITDEPTH entries
** are in the parser object, which mt_parse keeps on the C stack; deeper
** input grows it (grammar/lempar.c) up to the cap. */
%stack_size 4000
%stack_overflow { mt_parse_stack_overflow(ps); }
%syntax_error { mt_parse_syntax_error(ps, yymajor, &TOKEN); }
/* Nothing to free: every value lives in the arena (this only marks the
** parse state used in lemon's otherwise empty destructor). */
%token_destructor { (void)ps; }

%include {
/* Without NDEBUG lemon's template adds tracing with a static FILE *, a
** global the interpreter may not have (many run on many threads). */
#ifndef NDEBUG
#define NDEBUG 1
#endif
#include "parse_internal.h"
#define YYNOERRORRECOVERY 1
#define mt_parser_ENGINEALWAYSONSTACK 1
#define YYINITDEPTH 64
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

%fallback NAME MATCH CASE.

/* Operators from loosest to tightest; TILDE stands for all unary
** arithmetic operators (+x, -x, ~x). `**` binds tighter than a unary
** operator on its left (-2**2 == -(2**2)) and is right-associative. */
%left OR.
%left AND.
%right NOT.
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LSHIFT RSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.
%right TILDE.
%right DOUBLESTAR.

%type stmts {mt_ast_seq *}
%type stmts1 {mt_ast_seq *}
%type block {mt_ast_seq *}
%type simple_stmt {mt_ast_seq *}
%type small_stmts {mt_ast_seq *}
%type assign {mt_ast_seq *}
%type augassign {int}
%type star_list {mt_ast_seq *}
%type target_list {mt_ast_seq *}
%type names {mt_ast_ids *}
%type dotted_name {mt_token}
%type dots {mt_dots}
%type import_from_names {mt_ast_seq *}
%type import_as_names {mt_ast_seq *}
%type dotted_as_names {mt_ast_seq *}
%type if_clauses {mt_ast_seq *}
%type with_items {mt_ast_seq *}
%type handlers {mt_ast_seq *}
%type decorators {mt_ast_seq *}
%type params {mt_params *}
%type param_list {mt_params *}
%type param {mt_param *}
%type lparams {mt_params *}
%type lparam_list {mt_params *}
%type lparam {mt_param *}
%type compop {int}
%type args {mt_ast_seq *}
%type elts {mt_ast_seq *}
%type pelts {mt_ast_seq *}
%type sub_items {mt_ast_seq *}
%type comp_for {mt_ast_seq *}
%type strings {mt_strparts *}
%type fparts {mt_strparts *}
%type fspec_parts {mt_strparts *}
%type fdebug {mt_token}
%type fconv {mt_fconv}
%type fspec {mt_fspec}
%type freplace {mt_freplace}
%type cases {mt_ast_seq *}
%type pattern_list {mt_ast_seq *}
%type class_args {mt_ast_seq *}
%type map_items {mt_ast_node *}
%type sign_number {mt_ast_node *}

/*
** {==================================================================
** Module and blocks
** ===================================================================
*/

file ::= stmts(B). { mt_parse_module(ps, B); }

stmts(A) ::= . { A = NULL; }
stmts(A) ::= stmts(A) simple_stmt(B). { A = mt_parse_seq_cat(ps, A, B); }
stmts(A) ::= stmts(A) compound_stmt(B). { A = mt_parse_seq_add(ps, A, B); }

/* A block is never empty. */
block(A) ::= simple_stmt(A).
block(A) ::= NEWLINE INDENT stmts1(B) DEDENT. { A = B; }
stmts1(A) ::= simple_stmt(A).
stmts1(A) ::= compound_stmt(B). { A = mt_parse_seq_add(ps, NULL, B); }
stmts1(A) ::= stmts1(A) simple_stmt(B). { A = mt_parse_seq_cat(ps, A, B); }
stmts1(A) ::= stmts1(A) compound_stmt(B). { A = mt_parse_seq_add(ps, A, B); }

simple_stmt(A) ::= small_stmts(A) NEWLINE.
simple_stmt(A) ::= small_stmts(A) SEMI NEWLINE.
small_stmts(A) ::= small_stmt(B). { A = mt_parse_seq_add(ps, NULL, B); }
small_stmts(A) ::= small_stmts(A) SEMI small_stmt(B). { A = mt_parse_seq_add(ps, A, B); }

/*
** {==================================================================
** Simple statements
** ===================================================================
*/

small_stmt(A) ::= star_exprs(E). { A = mt_parse_expr_stmt(ps, E); }
small_stmt(A) ::= yield_expr(E). { A = mt_parse_expr_stmt(ps, E); }
small_stmt(A) ::= assign(P). { A = mt_parse_assign(ps, P); }
small_stmt(A) ::= star_exprs(T) augassign(O) rhs(V). { A = mt_parse_augassign(ps, T, O, V); }
small_stmt(A) ::= star_exprs(T) COLON test(N). { A = mt_parse_annassign(ps, T, N, NULL); }
small_stmt(A) ::= star_exprs(T) COLON test(N) EQUAL rhs(V). { A = mt_parse_annassign(ps, T, N, V); }
small_stmt(A) ::= DEL(K) star_list(L). { A = mt_parse_delete(ps, K, L, NULL); }
small_stmt(A) ::= DEL(K) star_list(L) COMMA(C). { A = mt_parse_delete(ps, K, L, &C); }
small_stmt(A) ::= PASS(K). { A = mt_parse_keyword_stmt(ps, MT_AST_Pass, K); }
small_stmt(A) ::= BREAK(K). { A = mt_parse_keyword_stmt(ps, MT_AST_Break, K); }
small_stmt(A) ::= CONTINUE(K). { A = mt_parse_keyword_stmt(ps, MT_AST_Continue, K); }
small_stmt(A) ::= RETURN(K). { A = mt_parse_return(ps, K, NULL); }
small_stmt(A) ::= RETURN(K) star_exprs(E). { A = mt_parse_return(ps, K, E); }
small_stmt(A) ::= RAISE(K). { A = mt_parse_raise(ps, K, NULL, NULL); }
small_stmt(A) ::= RAISE(K) test(E). { A = mt_parse_raise(ps, K, E, NULL); }
small_stmt(A) ::= RAISE(K) test(E) FROM test(C). { A = mt_parse_raise(ps, K, E, C); }
small_stmt(A) ::= GLOBAL(K) names(L) NAME(N). { A = mt_parse_global(ps, MT_AST_Global, K, L, N); }
small_stmt(A) ::= NONLOCAL(K) names(L) NAME(N). { A = mt_parse_global(ps, MT_AST_Nonlocal, K, L, N); }
small_stmt(A) ::= ASSERT(K) test(E). { A = mt_parse_assert(ps, K, E, NULL); }
small_stmt(A) ::= ASSERT(K) test(E) COMMA test(M). { A = mt_parse_assert(ps, K, E, M); }
small_stmt(A) ::= IMPORT(K) dotted_as_names(L). { A = mt_parse_import(ps, K, L); }
small_stmt(A) ::= FROM(K) dots(D) dotted_name(M) IMPORT import_from_names(L).
  { A = mt_parse_import_from(ps, K, D.level, &M, L); }
small_stmt(A) ::= FROM(K) dotted_name(M) IMPORT import_from_names(L).
  { A = mt_parse_import_from(ps, K, 0, &M, L); }
small_stmt(A) ::= FROM(K) dots(D) IMPORT import_from_names(L).
  { A = mt_parse_import_from(ps, K, D.level, NULL, L); }

/* The targets and the value of `a = b = c`, in order. */
assign(A) ::= star_exprs(T) EQUAL rhs(V). { A = mt_parse_seq_add(ps, mt_parse_seq_add(ps, NULL, T), V); }
assign(A) ::= yield_expr(T) EQUAL rhs(V). { A = mt_parse_seq_add(ps, mt_parse_seq_add(ps, NULL, T), V); }
assign(A) ::= assign(A) EQUAL rhs(V). { A = mt_parse_seq_add(ps, A, V); }

rhs(A) ::= star_exprs(A).
rhs(A) ::= yield_expr(A).

augassign(A) ::= PLUSEQUAL. { A = MT_AST_OP_Add; }
augassign(A) ::= MINEQUAL. { A = MT_AST_OP_Sub; }
augassign(A) ::= STAREQUAL. { A = MT_AST_OP_Mult; }
augassign(A) ::= ATEQUAL. { A = MT_AST_OP_MatMult; }
augassign(A) ::= SLASHEQUAL. { A = MT_AST_OP_Div; }
augassign(A) ::= PERCENTEQUAL. { A = MT_AST_OP_Mod; }
augassign(A) ::= AMPEREQUAL. { A = MT_AST_OP_BitAnd; }
augassign(A) ::= VBAREQUAL. { A = MT_AST_OP_BitOr; }
augassign(A) ::= CIRCUMFLEXEQUAL. { A = MT_AST_OP_BitXor; }
augassign(A) ::= LSHIFTEQUAL. { A = MT_AST_OP_LShift; }
augassign(A) ::= RSHIFTEQUAL. { A = MT_AST_OP_RShift; }
augassign(A) ::= DOUBLESTAREQUAL. { A = MT_AST_OP_Pow; }
augassign(A) ::= DOUBLESLASHEQUAL. { A = MT_AST_OP_FloorDiv; }

/* `global a, b`: the names before the last one. */
names(A) ::= . { A = mt_parse_ids(ps); }
names(A) ::= names(A) NAME(N) COMMA. { mt_parse_ids_add(ps, A, N); }

dotted_name(A) ::= NAME(A).
dotted_name(A) ::= dotted_name(A) DOT NAME(N). { mt_parse_token_extend(&A, &N); }

dots(A) ::= DOT. { A.level = 1; }
dots(A) ::= ELLIPSIS. { A.level = 3; }
dots(A) ::= dots(A) DOT. { A.level += 1; }
dots(A) ::= dots(A) ELLIPSIS. { A.level += 3; }

dotted_as_names(A) ::= dotted_as_name(B). { A = mt_parse_seq_add(ps, NULL, B); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_as_name(B). { A = mt_parse_seq_add(ps, A, B); }
dotted_as_name(A) ::= dotted_name(N). { A = mt_parse_alias(ps, &N, NULL); }
dotted_as_name(A) ::= dotted_name(N) AS NAME(S). { A = mt_parse_alias(ps, &N, &S); }

import_from_names(A) ::= STAR(S). { A = mt_parse_seq_add(ps, NULL, mt_parse_alias(ps, &S, NULL)); }
import_from_names(A) ::= LPAR import_as_names(B) RPAR. { A = B; }
import_from_names(A) ::= LPAR import_as_names(B) COMMA RPAR. { A = B; }
import_from_names(A) ::= import_as_names(A).
import_from_names(A) ::= import_as_names COMMA.
  { A = NULL; mt_parse_fail_at(ps, MT_SE_SYNTAX, ps->tok, "%s", "trailing comma not allowed without surrounding parentheses"); }
import_as_names(A) ::= import_as_name(B). { A = mt_parse_seq_add(ps, NULL, B); }
import_as_names(A) ::= import_as_names(A) COMMA import_as_name(B). { A = mt_parse_seq_add(ps, A, B); }
import_as_name(A) ::= NAME(N). { A = mt_parse_alias(ps, &N, NULL); }
import_as_name(A) ::= NAME(N) AS NAME(S). { A = mt_parse_alias(ps, &N, &S); }

/*
** {==================================================================
** Compound statements
** ===================================================================
*/

compound_stmt(A) ::= if_stmt(A).
compound_stmt(A) ::= while_stmt(A).
compound_stmt(A) ::= for_stmt(A).
compound_stmt(A) ::= try_stmt(A).
compound_stmt(A) ::= with_stmt(A).
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= match_stmt(A).
compound_stmt(A) ::= decorators(D) funcdef(F). { A = mt_parse_decorated(ps, D, F); }
compound_stmt(A) ::= decorators(D) classdef(F). { A = mt_parse_decorated(ps, D, F); }
compound_stmt(A) ::= decorators(D) ASYNC(K) funcdef(F). { A = mt_parse_decorated(ps, D, mt_parse_async(ps, K, F)); }
compound_stmt(A) ::= ASYNC(K) funcdef(F). { A = mt_parse_async(ps, K, F); }
compound_stmt(A) ::= ASYNC(K) for_stmt(F). { A = mt_parse_async(ps, K, F); }
compound_stmt(A) ::= ASYNC(K) with_stmt(F). { A = mt_parse_async(ps, K, F); }

/* if/elif chains are collected flat and nested at the end, so a long chain
** costs no parser stack and every node's depth is right when it is made. */
if_stmt(A) ::= if_clauses(C). { A = mt_parse_if_chain(ps, C, NULL); }
if_stmt(A) ::= if_clauses(C) ELSE COLON block(E). { A = mt_parse_if_chain(ps, C, E); }
if_clauses(A) ::= IF(K) named_test(T) COLON block(B). { A = mt_parse_seq_add(ps, NULL, mt_parse_if(ps, K, T, B)); }
if_clauses(A) ::= if_clauses(A) ELIF(K) named_test(T) COLON block(B). { A = mt_parse_seq_add(ps, A, mt_parse_if(ps, K, T, B)); }

while_stmt(A) ::= WHILE(K) named_test(T) COLON block(B). { A = mt_parse_while(ps, K, T, B, NULL); }
while_stmt(A) ::= WHILE(K) named_test(T) COLON block(B) ELSE COLON block(E). { A = mt_parse_while(ps, K, T, B, E); }

for_stmt(A) ::= FOR(K) targets(T) IN star_exprs(I) COLON block(B). { A = mt_parse_for(ps, K, T, I, B, NULL); }
for_stmt(A) ::= FOR(K) targets(T) IN star_exprs(I) COLON block(B) ELSE COLON block(E).
  { A = mt_parse_for(ps, K, T, I, B, E); }

try_stmt(A) ::= TRY(K) COLON block(B) handlers(H). { A = mt_parse_try(ps, K, B, H, NULL, NULL); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) ELSE COLON block(E). { A = mt_parse_try(ps, K, B, H, E, NULL); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) FINALLY COLON block(F). { A = mt_parse_try(ps, K, B, H, NULL, F); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) ELSE COLON block(E) FINALLY COLON block(F).
  { A = mt_parse_try(ps, K, B, H, E, F); }
try_stmt(A) ::= TRY(K) COLON block(B) FINALLY COLON block(F). { A = mt_parse_try(ps, K, B, NULL, NULL, F); }
handlers(A) ::= handler(B). { A = mt_parse_seq_add(ps, NULL, B); }
handlers(A) ::= handlers(A) handler(B). { A = mt_parse_seq_add(ps, A, B); }
handler(A) ::= EXCEPT(K) COLON block(B). { A = mt_parse_handler(ps, K, false, NULL, NULL, B); }
handler(A) ::= EXCEPT(K) test_list(T) COLON block(B). { A = mt_parse_handler(ps, K, false, T, NULL, B); }
handler(A) ::= EXCEPT(K) test_list(T) AS NAME(N) COLON block(B). { A = mt_parse_handler(ps, K, false, T, &N, B); }
handler(A) ::= EXCEPT(K) STAR test_list(T) COLON block(B). { A = mt_parse_handler(ps, K, true, T, NULL, B); }
handler(A) ::= EXCEPT(K) STAR test_list(T) AS NAME(N) COLON block(B). { A = mt_parse_handler(ps, K, true, T, &N, B); }
handler ::= EXCEPT STAR COLON(C).
  { mt_parse_fail_at(ps, MT_SE_SYNTAX, C, "expected one or more exception types"); }

with_stmt(A) ::= WITH(K) with_items(I) COLON block(B). { A = mt_parse_with(ps, K, I, B); }
with_items(A) ::= with_item(B). { A = mt_parse_seq_add(ps, NULL, B); }
with_items(A) ::= with_items(A) COMMA with_item(B). { A = mt_parse_seq_add(ps, A, B); }
with_item(A) ::= test(E). { A = mt_parse_withitem(ps, E, NULL, NULL, false); }
with_item(A) ::= test(E) AS(K) expr(T). { A = mt_parse_withitem(ps, E, &K, T, false); }

decorators(A) ::= decorator(B). { A = mt_parse_seq_add(ps, NULL, B); }
decorators(A) ::= decorators(A) decorator(B). { A = mt_parse_seq_add(ps, A, B); }
decorator(A) ::= AT named_test(B) NEWLINE. { A = B; }

funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR COLON block(B). { A = mt_parse_funcdef(ps, K, N, P, NULL, B); }
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR RARROW test(R) COLON block(B). { A = mt_parse_funcdef(ps, K, N, P, R, B); }

classdef(A) ::= CLASS(K) NAME(N) COLON block(B). { A = mt_parse_classdef(ps, K, N, NULL, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON block(B). { A = mt_parse_classdef(ps, K, N, NULL, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR args(L) RPAR(R) COLON block(B). { A = mt_parse_classdef(ps, K, N, L, &R, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR args(L) COMMA RPAR(R) COLON block(B). { A = mt_parse_classdef(ps, K, N, L, &R, B); }

/*
** {==================================================================
** Parameters (def and lambda): a flat list, checked as it grows
** ===================================================================
*/

params(A) ::= . { A = mt_parse_params(ps); }
params(A) ::= param_list(B). { A = mt_parse_params_end(ps, B, false); }
params(A) ::= param_list(B) COMMA. { A = mt_parse_params_end(ps, B, false); }
param_list(A) ::= param(P). { A = mt_parse_params_add(ps, mt_parse_params(ps), P); }
param_list(A) ::= param_list(A) COMMA param(P). { A = mt_parse_params_add(ps, A, P); }
param(A) ::= NAME(N). { A = mt_parse_param(ps, MT_PARAM_PLAIN, NULL, N, NULL, NULL, NULL); }
param(A) ::= NAME(N) COLON test(T). { A = mt_parse_param(ps, MT_PARAM_PLAIN, NULL, N, T, NULL, NULL); }
param(A) ::= NAME(N) EQUAL(Q) test(D). { A = mt_parse_param(ps, MT_PARAM_PLAIN, NULL, N, NULL, &Q, D); }
param(A) ::= NAME(N) COLON test(T) EQUAL(Q) test(D). { A = mt_parse_param(ps, MT_PARAM_PLAIN, NULL, N, T, &Q, D); }
param(A) ::= STAR(S). { A = mt_parse_param(ps, MT_PARAM_BARE_STAR, &S, S, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N). { A = mt_parse_param(ps, MT_PARAM_STAR, &S, N, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON test(T). { A = mt_parse_param(ps, MT_PARAM_STAR, &S, N, T, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON star_expr(T). { A = mt_parse_param(ps, MT_PARAM_STAR, &S, N, T, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) EQUAL(Q) test(D). { A = mt_parse_param(ps, MT_PARAM_STAR, &S, N, NULL, &Q, D); }
param(A) ::= DOUBLESTAR(S) NAME(N). { A = mt_parse_param(ps, MT_PARAM_DSTAR, &S, N, NULL, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T). { A = mt_parse_param(ps, MT_PARAM_DSTAR, &S, N, T, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) EQUAL(Q) test(D). { A = mt_parse_param(ps, MT_PARAM_DSTAR, &S, N, NULL, &Q, D); }
param(A) ::= SLASH(S). { A = mt_parse_param(ps, MT_PARAM_SLASH, &S, S, NULL, NULL, NULL); }

lparams(A) ::= . { A = mt_parse_params(ps); }
lparams(A) ::= lparam_list(B). { A = mt_parse_params_end(ps, B, true); }
lparams(A) ::= lparam_list(B) COMMA. { A = mt_parse_params_end(ps, B, true); }
lparam_list(A) ::= lparam(P). { A = mt_parse_params_add(ps, mt_parse_params(ps), P); }
lparam_list(A) ::= lparam_list(A) COMMA lparam(P). { A = mt_parse_params_add(ps, A, P); }
lparam(A) ::= NAME(N). { A = mt_parse_param(ps, MT_PARAM_PLAIN, NULL, N, NULL, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL(Q) test(D). { A = mt_parse_param(ps, MT_PARAM_PLAIN, NULL, N, NULL, &Q, D); }
lparam(A) ::= STAR(S). { A = mt_parse_param(ps, MT_PARAM_BARE_STAR, &S, S, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N). { A = mt_parse_param(ps, MT_PARAM_STAR, &S, N, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N) EQUAL(Q) test(D). { A = mt_parse_param(ps, MT_PARAM_STAR, &S, N, NULL, &Q, D); }
lparam(A) ::= DOUBLESTAR(S) NAME(N). { A = mt_parse_param(ps, MT_PARAM_DSTAR, &S, N, NULL, NULL, NULL); }
lparam(A) ::= DOUBLESTAR(S) NAME(N) EQUAL(Q) test(D). { A = mt_parse_param(ps, MT_PARAM_DSTAR, &S, N, NULL, &Q, D); }
lparam(A) ::= SLASH(S). { A = mt_parse_param(ps, MT_PARAM_SLASH, &S, S, NULL, NULL, NULL); }

/*
** {==================================================================
** match statement and patterns
** ===================================================================
*/

match_stmt(A) ::= MATCH(K) elts(S) COLON NEWLINE INDENT cases(C) DEDENT. { A = mt_parse_match(ps, K, S, NULL, C); }
match_stmt(A) ::= MATCH(K) elts(S) COMMA(T) COLON NEWLINE INDENT cases(C) DEDENT. { A = mt_parse_match(ps, K, S, &T, C); }
cases(A) ::= case_block(B). { A = mt_parse_seq_add(ps, NULL, B); }
cases(A) ::= cases(A) case_block(B). { A = mt_parse_seq_add(ps, A, B); }
case_block(A) ::= CASE patterns(P) COLON block(B). { A = mt_parse_case(ps, P, NULL, B); }
case_block(A) ::= CASE patterns(P) IF named_test(G) COLON block(B). { A = mt_parse_case(ps, P, G, B); }

patterns(A) ::= pattern_list(L). { A = mt_parse_pattern_seq(ps, L, NULL); }
patterns(A) ::= pattern_list(L) COMMA(C). { A = mt_parse_pattern_seq(ps, L, &C); }
pattern_list(A) ::= list_pattern(B). { A = mt_parse_seq_add(ps, NULL, B); }
pattern_list(A) ::= pattern_list(A) COMMA list_pattern(B). { A = mt_parse_seq_add(ps, A, B); }
list_pattern(A) ::= pattern(A).
list_pattern(A) ::= STAR(S) NAME(N). { A = mt_parse_star_pattern(ps, S, N); }

pattern(A) ::= or_pattern(A).
pattern(A) ::= or_pattern(P) AS NAME(N). { A = mt_parse_as_pattern(ps, P, N); }
or_pattern(A) ::= closed_pattern(A).
or_pattern(A) ::= or_pattern(L) VBAR closed_pattern(R). { A = mt_parse_or_pattern(ps, L, R); }

closed_pattern(A) ::= sign_number(N). { A = mt_parse_value_pattern(ps, N); }
closed_pattern(A) ::= sign_number(L) PLUS NUMBER(R). { A = mt_parse_value_pattern(ps, mt_parse_complex_literal(ps, L, MT_AST_OP_Add, R)); }
closed_pattern(A) ::= sign_number(L) MINUS NUMBER(R). { A = mt_parse_value_pattern(ps, mt_parse_complex_literal(ps, L, MT_AST_OP_Sub, R)); }
closed_pattern(A) ::= strings(S). { A = mt_parse_value_pattern(ps, mt_parse_strings(ps, S)); }
closed_pattern(A) ::= NONE(K). { A = mt_parse_singleton_pattern(ps, K, MT_AST_CONST_NONE); }
closed_pattern(A) ::= TRUE(K). { A = mt_parse_singleton_pattern(ps, K, MT_AST_CONST_TRUE); }
closed_pattern(A) ::= FALSE(K). { A = mt_parse_singleton_pattern(ps, K, MT_AST_CONST_FALSE); }
closed_pattern(A) ::= name_or_attr(N). { A = mt_parse_name_pattern(ps, N); }
closed_pattern(A) ::= name_or_attr(C) LPAR RPAR(R). { A = mt_parse_class_pattern(ps, C, NULL, R); }
closed_pattern(A) ::= name_or_attr(C) LPAR class_args(L) RPAR(R). { A = mt_parse_class_pattern(ps, C, L, R); }
closed_pattern(A) ::= name_or_attr(C) LPAR class_args(L) COMMA RPAR(R). { A = mt_parse_class_pattern(ps, C, L, R); }
closed_pattern(A) ::= LPAR(O) RPAR(C). { A = mt_parse_paren_pattern(ps, O, NULL, false, C); }
closed_pattern(A) ::= LPAR(O) pattern_list(L) RPAR(C). { A = mt_parse_paren_pattern(ps, O, L, false, C); }
closed_pattern(A) ::= LPAR(O) pattern_list(L) COMMA RPAR(C). { A = mt_parse_paren_pattern(ps, O, L, true, C); }
closed_pattern(A) ::= LSQB(O) RSQB(C). { A = mt_parse_list_pattern(ps, O, NULL, C); }
closed_pattern(A) ::= LSQB(O) pattern_list(L) RSQB(C). { A = mt_parse_list_pattern(ps, O, L, C); }
closed_pattern(A) ::= LSQB(O) pattern_list(L) COMMA RSQB(C). { A = mt_parse_list_pattern(ps, O, L, C); }
closed_pattern(A) ::= LBRACE(O) RBRACE(C). { A = mt_parse_mapping_pattern(ps, O, NULL, C); }
closed_pattern(A) ::= LBRACE(O) map_items(M) RBRACE(C). { A = mt_parse_mapping_pattern(ps, O, M, C); }
closed_pattern(A) ::= LBRACE(O) map_items(M) COMMA RBRACE(C). { A = mt_parse_mapping_pattern(ps, O, M, C); }

sign_number(A) ::= NUMBER(N). { A = mt_parse_number(ps, N); }
sign_number(A) ::= MINUS(M) NUMBER(N). { A = mt_parse_unary(ps, M, MT_AST_OP_USub, mt_parse_number(ps, N)); }

name_or_attr(A) ::= NAME(N). { A = mt_parse_name(ps, N); }
name_or_attr(A) ::= name_or_attr(V) DOT NAME(N). { A = mt_parse_attribute(ps, V, N); }

/* Positional and keyword sub-patterns in one list: keyword ones are
** keyword nodes wrapping the pattern's position (checked in the action). */
class_args(A) ::= class_arg(B). { A = mt_parse_seq_add(ps, NULL, B); }
class_args(A) ::= class_args(A) COMMA class_arg(B). { A = mt_parse_seq_add(ps, A, B); }
class_arg(A) ::= pattern(A).
class_arg(A) ::= NAME(N) EQUAL pattern(P). { A = mt_parse_keyword_pattern(ps, N, P); }

/* A MatchMapping node under construction. */
map_items(A) ::= map_item(B). { A = mt_parse_map_add(ps, NULL, B); }
map_items(A) ::= map_items(A) COMMA map_item(B). { A = mt_parse_map_add(ps, A, B); }
map_item(A) ::= map_key(K) COLON pattern(P). { A = mt_parse_map_item(ps, K, P); }
map_item(A) ::= DOUBLESTAR(S) NAME(N). { A = mt_parse_map_rest(ps, S, N); }
map_key(A) ::= sign_number(A).
map_key(A) ::= sign_number(L) PLUS NUMBER(R). { A = mt_parse_complex_literal(ps, L, MT_AST_OP_Add, R); }
map_key(A) ::= sign_number(L) MINUS NUMBER(R). { A = mt_parse_complex_literal(ps, L, MT_AST_OP_Sub, R); }
map_key(A) ::= strings(S). { A = mt_parse_strings(ps, S); }
map_key(A) ::= NONE(K). { A = mt_parse_constant(ps, K, MT_AST_CONST_NONE); }
map_key(A) ::= TRUE(K). { A = mt_parse_constant(ps, K, MT_AST_CONST_TRUE); }
map_key(A) ::= FALSE(K). { A = mt_parse_constant(ps, K, MT_AST_CONST_FALSE); }
map_key(A) ::= name_or_attr(N). { A = mt_parse_map_name_key(ps, N); }

/*
** {==================================================================
** Expression lists and targets
** ===================================================================
*/

/* Statement-level expression list (CPython's star_expressions). */
star_exprs(A) ::= star_list(L). { A = mt_parse_tuple_or_item(ps, L); }
star_exprs(A) ::= star_list(L) COMMA(C). { A = mt_parse_tuple(ps, L, NS(L->items[0]), TE(C), 0); }
star_list(A) ::= star_item(B). { A = mt_parse_seq_add(ps, NULL, B); }
star_list(A) ::= star_list(A) COMMA star_item(B). { A = mt_parse_seq_add(ps, A, B); }
star_item(A) ::= test(A).
star_item(A) ::= star_expr(A).
star_expr(A) ::= STAR(S) expr(E). { A = mt_parse_starred(ps, S, E); }

/* for-loop and comprehension targets (CPython's star_targets). */
targets(A) ::= target_list(L). { A = mt_parse_tuple_or_item(ps, L); }
targets(A) ::= target_list(L) COMMA(C). { A = mt_parse_tuple(ps, L, NS(L->items[0]), TE(C), 0); }
target_list(A) ::= target_item(B). { A = mt_parse_seq_add(ps, NULL, B); }
target_list(A) ::= target_list(A) COMMA target_item(B). { A = mt_parse_seq_add(ps, A, B); }
target_item(A) ::= expr(A).
target_item(A) ::= star_expr(A).

/* except clause types: `except A, B` is parsed to report it. */
test_list(A) ::= test_list_items(L). { A = mt_parse_tuple_or_item(ps, L); }
test_list(A) ::= test_list_items(L) COMMA(C). { A = mt_parse_tuple(ps, L, NS(L->items[0]), TE(C), 0); }
%type test_list_items {mt_ast_seq *}
test_list_items(A) ::= test(B). { A = mt_parse_seq_add(ps, NULL, B); }
test_list_items(A) ::= test_list_items(A) COMMA test(B). { A = mt_parse_seq_add(ps, A, B); }

/*
** {==================================================================
** Expressions
** ===================================================================
*/

named_test(A) ::= test(A).
named_test(A) ::= test(T) COLONEQUAL test(V). { A = mt_parse_named_expr(ps, T, V); }

test(A) ::= or_test(A).
test(A) ::= or_test(B) IF or_test(T) ELSE test(E). { A = mt_parse_ifexp(ps, B, T, E); }
test(A) ::= LAMBDA(K) lparams(P) COLON test(B). { A = mt_parse_lambda(ps, K, P, B); }

/* or/and/not by precedence (one nonterminal: fewer reductions per operand);
** comparisons stay a layer below, so `a < not b` remains an error. */
or_test(A) ::= comparison(A).
or_test(A) ::= or_test(L) OR or_test(R). { A = mt_parse_boolop(ps, L, MT_AST_OP_Or, R); }
or_test(A) ::= or_test(L) AND or_test(R). { A = mt_parse_boolop(ps, L, MT_AST_OP_And, R); }
or_test(A) ::= NOT(K) or_test(E). { A = mt_parse_unary(ps, K, MT_AST_OP_Not, E); }
comparison(A) ::= expr(A).
comparison(A) ::= comparison(L) compop(O) expr(R). { A = mt_parse_compare(ps, L, O, R); }

compop(A) ::= LESS. { A = MT_AST_OP_Lt; }
compop(A) ::= GREATER. { A = MT_AST_OP_Gt; }
compop(A) ::= EQEQUAL. { A = MT_AST_OP_Eq; }
compop(A) ::= NOTEQUAL. { A = MT_AST_OP_NotEq; }
compop(A) ::= LESSEQUAL. { A = MT_AST_OP_LtE; }
compop(A) ::= GREATEREQUAL. { A = MT_AST_OP_GtE; }
compop(A) ::= IN. { A = MT_AST_OP_In; }
compop(A) ::= NOT IN. { A = MT_AST_OP_NotIn; }
compop(A) ::= IS. { A = MT_AST_OP_Is; }
compop(A) ::= IS NOT. { A = MT_AST_OP_IsNot; }

expr(A) ::= primary(A).
expr(A) ::= AWAIT(K) primary(E). { A = mt_parse_await(ps, K, E); }
expr(A) ::= expr(L) VBAR expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_BitOr, R); }
expr(A) ::= expr(L) CIRCUMFLEX expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_BitXor, R); }
expr(A) ::= expr(L) AMPER expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_BitAnd, R); }
expr(A) ::= expr(L) LSHIFT expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_LShift, R); }
expr(A) ::= expr(L) RSHIFT expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_RShift, R); }
expr(A) ::= expr(L) PLUS expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_Add, R); }
expr(A) ::= expr(L) MINUS expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_Sub, R); }
expr(A) ::= expr(L) STAR expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_Mult, R); }
expr(A) ::= expr(L) SLASH expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_Div, R); }
expr(A) ::= expr(L) PERCENT expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_Mod, R); }
expr(A) ::= expr(L) DOUBLESLASH expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_FloorDiv, R); }
expr(A) ::= expr(L) AT expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_MatMult, R); }
expr(A) ::= expr(L) DOUBLESTAR expr(R). { A = mt_parse_binop(ps, L, MT_AST_OP_Pow, R); }
expr(A) ::= MINUS(K) expr(E). [TILDE] { A = mt_parse_unary(ps, K, MT_AST_OP_USub, E); }
expr(A) ::= PLUS(K) expr(E). [TILDE] { A = mt_parse_unary(ps, K, MT_AST_OP_UAdd, E); }
expr(A) ::= TILDE(K) expr(E). { A = mt_parse_unary(ps, K, MT_AST_OP_Invert, E); }

primary(A) ::= primary(V) DOT NAME(N). { A = mt_parse_attribute(ps, V, N); }
primary(A) ::= primary(F) LPAR RPAR(R). { A = mt_parse_call(ps, F, NULL, R); }
primary(A) ::= primary(F) LPAR args(L) RPAR(R). { A = mt_parse_call(ps, F, L, R); }
primary(A) ::= primary(F) LPAR args(L) COMMA RPAR(R). { A = mt_parse_call(ps, F, L, R); }
primary(A) ::= primary(V) LSQB subscript(S) RSQB(R). { A = mt_parse_subscript(ps, V, S, R); }

/* Call arguments in source order: expressions for positional ones,
** keyword nodes for name=value and **mapping (checked in the action). */
args(A) ::= arg(B). { A = mt_parse_seq_add(ps, NULL, B); }
args(A) ::= args(A) COMMA arg(B). { A = mt_parse_seq_add(ps, A, B); }
arg(A) ::= named_test(A).
arg(A) ::= test(K) EQUAL(Q) test(V). { A = mt_parse_keyword_arg(ps, K, Q, V); }
arg(A) ::= test(E) comp_for(C).
  { A = mt_parse_comp(ps, MT_AST_GeneratorExp, NS(E), NE(C->items[C->len - 1]), E, NULL, C); A->flags |= MT_AST_F_BARE_GEN; }
arg(A) ::= STAR(S) test(E). { A = mt_parse_starred(ps, S, E); }
arg(A) ::= STAR(S) test(E) comp_for. { A = NULL; mt_parse_unpack_in_comp(ps, mt_parse_starred(ps, S, E)); }
arg(A) ::= DOUBLESTAR(S) test(E). { A = mt_parse_dstar_arg(ps, S, E); }

subscript(A) ::= sub_items(L). { A = mt_parse_subscript_items(ps, L, NULL); }
subscript(A) ::= sub_items(L) COMMA(C). { A = mt_parse_subscript_items(ps, L, &C); }
sub_items(A) ::= sub_item(B). { A = mt_parse_seq_add(ps, NULL, B); }
sub_items(A) ::= sub_items(A) COMMA sub_item(B). { A = mt_parse_seq_add(ps, A, B); }
sub_item(A) ::= named_test(A).
sub_item(A) ::= star_expr(A).
sub_item(A) ::= opt_test(L) COLON(C) opt_test(U). { A = mt_parse_slice(ps, L, C, U, NULL, NULL); }
sub_item(A) ::= opt_test(L) COLON(C) opt_test(U) COLON(D) opt_test(S). { A = mt_parse_slice(ps, L, C, U, &D, S); }
opt_test(A) ::= . { A = NULL; }
opt_test(A) ::= test(A).

/* Comprehension clauses: `for ... in ...` nodes, each `if` appended to the
** last one. */
comp_for(A) ::= comp_clause(B). { A = mt_parse_seq_add(ps, NULL, B); }
comp_for(A) ::= comp_for(A) comp_clause(B). { A = mt_parse_seq_add(ps, A, B); }
comp_for(A) ::= comp_for(A) IF or_test(C). { mt_parse_comp_if(ps, A, C); }
comp_clause(A) ::= FOR(K) targets(T) IN or_test(I). { A = mt_parse_comprehension(ps, K, T, I, false); }
comp_clause(A) ::= ASYNC(K) FOR targets(T) IN or_test(I). { A = mt_parse_comprehension(ps, K, T, I, true); }

yield_expr(A) ::= YIELD(K). { A = mt_parse_yield(ps, K, NULL, false); }
yield_expr(A) ::= YIELD(K) star_exprs(E). { A = mt_parse_yield(ps, K, E, false); }
yield_expr(A) ::= YIELD(K) FROM test(E). { A = mt_parse_yield(ps, K, E, true); }

/*
** {==================================================================
** Atoms and displays (primaries without a trailer)
** ===================================================================
*/

primary(A) ::= NAME(N). { A = mt_parse_name(ps, N); }
primary(A) ::= NUMBER(N). { A = mt_parse_number(ps, N); }
primary(A) ::= strings(S). { A = mt_parse_strings(ps, S); }
primary(A) ::= NONE(K). { A = mt_parse_constant(ps, K, MT_AST_CONST_NONE); }
primary(A) ::= TRUE(K). { A = mt_parse_constant(ps, K, MT_AST_CONST_TRUE); }
primary(A) ::= FALSE(K). { A = mt_parse_constant(ps, K, MT_AST_CONST_FALSE); }
primary(A) ::= ELLIPSIS(K). { A = mt_parse_constant(ps, K, MT_AST_CONST_ELLIPSIS); }

primary(A) ::= LPAR(O) RPAR(C). { A = mt_parse_tuple(ps, NULL, TS(O), TE(C), MT_AST_F_DISPLAY); }
primary(A) ::= LPAR yield_expr(E) RPAR. { A = mt_parse_paren(ps, E); }
primary(A) ::= LPAR(O) pelts(L) RPAR(C). { A = mt_parse_paren_group(ps, O, L, false, C); }
primary(A) ::= LPAR(O) pelts(L) COMMA RPAR(C). { A = mt_parse_paren_group(ps, O, L, true, C); }
primary(A) ::= LPAR(O) named_test(E) comp_for(G) RPAR(C). { A = mt_parse_comp(ps, MT_AST_GeneratorExp, TS(O), TE(C), E, NULL, G); }
primary(A) ::= LPAR star_expr(E) comp_for RPAR. { A = NULL; mt_parse_unpack_in_comp(ps, E); }

primary(A) ::= LSQB(O) RSQB(C). { A = mt_parse_list(ps, TS(O), NULL, TE(C)); }
primary(A) ::= LSQB(O) elts(L) RSQB(C). { A = mt_parse_list(ps, TS(O), L, TE(C)); }
primary(A) ::= LSQB(O) elts(L) COMMA RSQB(C). { A = mt_parse_list(ps, TS(O), L, TE(C)); }
primary(A) ::= LSQB(O) named_test(E) comp_for(G) RSQB(C). { A = mt_parse_comp(ps, MT_AST_ListComp, TS(O), TE(C), E, NULL, G); }
primary(A) ::= LSQB star_expr(E) comp_for RSQB. { A = NULL; mt_parse_unpack_in_comp(ps, E); }

primary(A) ::= LBRACE(O) RBRACE(C). { A = mt_parse_dict(ps, TS(O), NULL, TE(C)); }
primary(A) ::= LBRACE(O) dict_items(D) RBRACE(C). { A = mt_parse_dict(ps, TS(O), D, TE(C)); }
primary(A) ::= LBRACE(O) dict_items(D) COMMA RBRACE(C). { A = mt_parse_dict(ps, TS(O), D, TE(C)); }
primary(A) ::= LBRACE(O) elts(L) RBRACE(C). { A = mt_parse_set(ps, TS(O), L, TE(C)); }
primary(A) ::= LBRACE(O) elts(L) COMMA RBRACE(C). { A = mt_parse_set(ps, TS(O), L, TE(C)); }
primary(A) ::= LBRACE(O) named_test(E) comp_for(G) RBRACE(C). { A = mt_parse_comp(ps, MT_AST_SetComp, TS(O), TE(C), E, NULL, G); }
primary(A) ::= LBRACE star_expr(E) comp_for RBRACE. { A = NULL; mt_parse_unpack_in_comp(ps, E); }
primary(A) ::= LBRACE(O) test(K) COLON test(V) comp_for(G) RBRACE(C). { A = mt_parse_comp(ps, MT_AST_DictComp, TS(O), TE(C), K, V, G); }
primary(A) ::= LBRACE DOUBLESTAR(S) expr(V) comp_for RBRACE. { A = NULL; mt_parse_dict_unpack_in_comp(ps, S, V); }

/* Display elements (CPython's star_named_expressions). */
elts(A) ::= elt(B). { A = mt_parse_seq_add(ps, NULL, B); }
elts(A) ::= elts(A) COMMA elt(B). { A = mt_parse_seq_add(ps, A, B); }
elt(A) ::= named_test(A).
elt(A) ::= star_expr(A).

/* Parenthesized elements may also be `expr as target`, which only a
** `with` statement accepts: with (open(a) as f, open(b) as g): ... */
pelts(A) ::= pelt(B). { A = mt_parse_seq_add(ps, NULL, B); }
pelts(A) ::= pelts(A) COMMA pelt(B). { A = mt_parse_seq_add(ps, A, B); }
pelt(A) ::= named_test(A).
pelt(A) ::= star_expr(A).
pelt(A) ::= test(E) AS(K) expr(T). { A = mt_parse_withitem(ps, E, &K, T, true); }

/* A Dict node under construction. */
dict_items(A) ::= test(K) COLON test(V). { A = mt_parse_dict_add(ps, NULL, K, V); }
dict_items(A) ::= DOUBLESTAR expr(V). { A = mt_parse_dict_add(ps, NULL, NULL, V); }
dict_items(A) ::= dict_items(A) COMMA test(K) COLON test(V). { A = mt_parse_dict_add(ps, A, K, V); }
dict_items(A) ::= dict_items(A) COMMA DOUBLESTAR expr(V). { A = mt_parse_dict_add(ps, A, NULL, V); }
dict_items ::= test COLON star_expr(V). { mt_parse_starred_dict_value(ps, V); }
dict_items ::= dict_items COMMA test COLON star_expr(V). { mt_parse_starred_dict_value(ps, V); }

/*
** {==================================================================
** Strings and f-strings
** ===================================================================
*/

strings(A) ::= STRING(S). { A = mt_parse_str_add(ps, NULL, S); }
strings(A) ::= fparts(F) FSTRING_END(E). { A = mt_parse_str_fstring(ps, NULL, F, E); }
strings(A) ::= strings(A) STRING(S). { A = mt_parse_str_add(ps, A, S); }
strings(A) ::= strings(A) fparts(F) FSTRING_END(E). { A = mt_parse_str_fstring(ps, A, F, E); }

fparts(A) ::= FSTRING_START(S). { A = mt_parse_fstring_start(ps, S); }
fparts(A) ::= fparts(A) FSTRING_MIDDLE(M). { mt_parse_fstring_middle(ps, A, M); }
fparts(A) ::= fparts(A) freplace(R). { mt_parse_fstring_field(ps, A, &R); }

freplace(A) ::= LBRACE(O) fexpr(E) fdebug(D) fconv(V) fspec(S) RBRACE(C).
  { A = mt_parse_fstring_replacement(ps, O, E, &D, &V, &S, C); }
fexpr(A) ::= elts(L). { A = mt_parse_fstring_expr(ps, L, NULL); }
fexpr(A) ::= elts(L) COMMA(C). { A = mt_parse_fstring_expr(ps, L, &C); }
fexpr(A) ::= yield_expr(A).
fdebug(A) ::= . { A.kind = 0; }
fdebug(A) ::= EQUAL(A).
fconv(A) ::= . { A.conv = -1; A.off = 0; }
fconv(A) ::= EXCLAMATION(X) NAME(N). { A = mt_parse_fstring_conversion(ps, X, N); }
fspec(A) ::= . { A.spec = NULL; A.off = 0; }
fspec(A) ::= COLON(C) fspec_parts(P). { A = mt_parse_fstring_spec(ps, C, P); }
fspec_parts(A) ::= . { A = mt_parse_fstring_spec_start(ps); }
fspec_parts(A) ::= fspec_parts(A) FSTRING_MIDDLE(M). { mt_parse_fstring_middle(ps, A, M); }
fspec_parts(A) ::= fspec_parts(A) freplace(R). { mt_parse_fstring_field(ps, A, &R); }

%code {
/*
** {==================================================================
** Parser introspection for the diagnostics in parse.c
** ===================================================================
*/

MT_STATIC_ASSERT(sizeof(yyParser) <= sizeof(mt_parse_engine), "the parser object fits mt_parse_engine");

/* Would the parser, in its current state, shift `token` after zero or more
** reductions? Simulates the reductions on a copy of the state numbers
** (popping into the real stack read-only, pushing onto a small overlay)
** without running any action. */
bool mt_parser_accepts(void *parser, int token) {
  yyParser *p = parser;
  YYACTIONTYPE overlay[64];
  int real = (int)(p->yytos - p->yystack); /* index of the topmost real entry in use */
  int over = 0;                            /* entries pushed on the overlay */
  YYACTIONTYPE state = p->yytos->stateno;
  for (int steps = 0; steps < 10000; steps++) {
    YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)token, state);
    if (act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION) return true;
    if (act < YY_MIN_REDUCE) return false; /* error or no action */
    unsigned rule = act - YY_MIN_REDUCE;
    int pop = -yyRuleInfoNRhs[rule];
    int from_over = pop < over ? pop : over;
    over -= from_over;
    real -= pop - from_over;
    if (real < 0) return false;
    YYACTIONTYPE below = over ? overlay[over - 1] : p->yystack[real].stateno;
    YYACTIONTYPE go = yy_find_reduce_action(below, (YYCODETYPE)yyRuleInfoLhs[rule]);
    if (over == (int)MT_ARRAY_LEN(overlay)) return false;
    overlay[over++] = go;
    state = go;
  }
  return false;
}
}
