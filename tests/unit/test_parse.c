/* Criterion tests for the parser (grammar.y, parse*.c) and the syntax tree
** (ast.c). Expected dumps are CPython 3.11's ast.dump(ast.parse(src));
** expected errors are the exception name, message, line and column (and
** end, where CPython reports a range) that python3.11 gives for the same
** source. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parse.h"

/* Parse src[0..n) and return its dump, or "Kind: message @line:col-end_line:end_col". */
static char *parse_n(const char *src, size_t n) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  mt_syntax_error err;
  mt_buf out = MT_BUF_INIT;
  mt_ast_node *m = mt_parse(&arena, src, n, &err);
  if (m) {
    cr_assert_eq(mt_ast_dump(m, &out), 0);
  } else {
    cr_assert_neq(err.kind, MT_SE_NONE);
    mt_buf_printf(&out, "%s: %s @%u:%u-%u:%u", mt_syntax_error_name(err.kind), err.msg, err.line, err.col,
                  err.end_line, err.end_col);
  }
  mt_ast_arena_free(&arena);
  return out.data;
}

static char *parse(const char *src) { return parse_n(src, strlen(src)); }

static void expect_dump(const char *src, const char *expected) {
  char *got = parse(src);
  cr_assert_str_eq(got, expected, "source: %s", src);
  free(got);
}

/* end_line = 0: CPython reports no range (or a zero-width one): unchecked. */
static void expect_error(const char *src, const char *kind, const char *msg, uint32_t line, uint32_t col,
                         uint32_t end_line, uint32_t end_col) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  mt_syntax_error err;
  mt_ast_node *m = mt_parse(&arena, src, strlen(src), &err);
  cr_assert_null(m, "parsed without error: %s", src);
  cr_assert_str_eq(mt_syntax_error_name(err.kind), kind, "source: %s", src);
  cr_assert_str_eq(err.msg, msg, "source: %s", src);
  cr_assert_eq(err.line, line, "source: %s: line %u", src, err.line);
  cr_assert_eq(err.col, col, "source: %s: col %u", src, err.col);
  if (end_line) {
    cr_assert_eq(err.end_line, end_line, "source: %s: end line %u", src, err.end_line);
    cr_assert_eq(err.end_col, end_col, "source: %s: end col %u", src, err.end_col);
  }
  mt_ast_arena_free(&arena);
}

#define DUMP(name, src, expected) \
  Test(ast, name) { expect_dump(src, expected); }
#define ERROR(name, src, kind, msg, line, col, end_line, end_col) \
  Test(errors, name) { expect_error(src, kind, msg, line, col, end_line, end_col); }

/*
** {==================================================================
** Every construct, against ast.dump
** ===================================================================
*/

DUMP(expr_stmt, "x", "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])")
DUMP(assign_simple, "x = 1",
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type"
    "_ignores=[])")
DUMP(assign_chain, "a = b = c",
    "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], valu"
    "e=Name(id='c', ctx=Load()))], type_ignores=[])")
DUMP(assign_tuple, "a, b = c, d",
    "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Sto"
    "re())], ctx=Store())], value=Tuple(elts=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load"
    "())], ctx=Load()))], type_ignores=[])")
DUMP(assign_tuple_trailing_comma, "a, = b,",
    "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store())], ctx=Store())], valu"
    "e=Tuple(elts=[Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])")
DUMP(assign_list_star, "[a, *b] = c",
    "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id"
    "='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type"
    "_ignores=[])")
DUMP(assign_star_tuple, "*a, b = c",
    "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=St"
    "ore()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], typ"
    "e_ignores=[])")
DUMP(assign_nested, "(a, [b, c]), d = e",
    "Module(body=[Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), List(elt"
    "s=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store()), N"
    "ame(id='d', ctx=Store())], ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores"
    "=[])")
DUMP(assign_attr_subscript, "a.b.c = d[1][2:3]",
    "Module(body=[Assign(targets=[Attribute(value=Attribute(value=Name(id='a', ctx=Load()), a"
    "ttr='b', ctx=Load()), attr='c', ctx=Store())], value=Subscript(value=Subscript(value=Nam"
    "e(id='d', ctx=Load()), slice=Constant(value=1), ctx=Load()), slice=Slice(lower=Constant("
    "value=2), upper=Constant(value=3)), ctx=Load()))], type_ignores=[])")
DUMP(assign_yield, "def f():\n    x = yield y",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value="
    "Yield(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[])")
DUMP(augassign_all, "x += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7; s >>= 8; r <<= 9; q &= 1; p |= 2; o ^= 3; n @= 4",
    "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value="
    "1)), AugAssign(target=Name(id='y', ctx=Store()), op=Sub(), value=Constant(value=2)), Aug"
    "Assign(target=Name(id='z', ctx=Store()), op=Mult(), value=Constant(value=3)), AugAssign("
    "target=Name(id='w', ctx=Store()), op=Div(), value=Constant(value=4)), AugAssign(target=N"
    "ame(id='v', ctx=Store()), op=FloorDiv(), value=Constant(value=5)), AugAssign(target=Name"
    "(id='u', ctx=Store()), op=Mod(), value=Constant(value=6)), AugAssign(target=Name(id='t',"
    " ctx=Store()), op=Pow(), value=Constant(value=7)), AugAssign(target=Name(id='s', ctx=Sto"
    "re()), op=RShift(), value=Constant(value=8)), AugAssign(target=Name(id='r', ctx=Store())"
    ", op=LShift(), value=Constant(value=9)), AugAssign(target=Name(id='q', ctx=Store()), op="
    "BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='p', ctx=Store()), op=BitOr"
    "(), value=Constant(value=2)), AugAssign(target=Name(id='o', ctx=Store()), op=BitXor(), v"
    "alue=Constant(value=3)), AugAssign(target=Name(id='n', ctx=Store()), op=MatMult(), value"
    "=Constant(value=4))], type_ignores=[])")
DUMP(augassign_attr, "a.b += 1",
    "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=St"
    "ore()), op=Add(), value=Constant(value=1))], type_ignores=[])")
DUMP(augassign_subscript, "a[i] //= 2",
    "Module(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='i"
    "', ctx=Load()), ctx=Store()), op=FloorDiv(), value=Constant(value=2))], type_ignores=[])")
DUMP(annassign_decl, "x: int",
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=L"
    "oad()), simple=1)], type_ignores=[])")
DUMP(annassign_value, "x: int = 1",
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=L"
    "oad()), value=Constant(value=1), simple=1)], type_ignores=[])")
DUMP(annassign_paren_not_simple, "(x): int = 1",
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=L"
    "oad()), value=Constant(value=1), simple=0)], type_ignores=[])")
DUMP(annassign_attr, "a.b: int",
    "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=St"
    "ore()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])")
DUMP(annassign_subscript, "a[0]: list[int] = []",
    "Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(v"
    "alue=0), ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Nam"
    "e(id='int', ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=0)], type_"
    "ignores=[])")
DUMP(annassign_yield, "def f():\n    x: int = yield",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[AnnAssign(target=Name(id='x', ctx=Store()), annota"
    "tion=Name(id='int', ctx=Load()), value=Yield(), simple=1)], decorator_list=[])], type_ig"
    "nores=[])")
DUMP(delete_many, "del a, b[1], c.d",
    "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=L"
    "oad()), slice=Constant(value=1), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), a"
    "ttr='d', ctx=Del())])], type_ignores=[])")
DUMP(delete_tuple, "del (a, b), [c]",
    "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del()"
    ")], ctx=Del()), List(elts=[Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[])")
DUMP(delete_trailing_comma, "del a,",
    "Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])")
DUMP(pass_break_continue, "while x:\n    pass\n    break\n    continue",
    "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass(), Break(), Continue()], or"
    "else=[])], type_ignores=[])")
DUMP(return_forms, "def f():\n    return\n    return 1\n    return 1, 2\n    return *a, b",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Return(), Return(value=Constant(value=1)), Return("
    "value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Return(value=Tupl"
    "e(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], "
    "ctx=Load()))], decorator_list=[])], type_ignores=[])")
DUMP(raise_forms, "raise\nraise E\nraise E from F",
    "Module(body=[Raise(), Raise(exc=Name(id='E', ctx=Load())), Raise(exc=Name(id='E', ctx=Lo"
    "ad()), cause=Name(id='F', ctx=Load()))], type_ignores=[])")
DUMP(global_nonlocal, "def f():\n    global a, b\n    def g():\n        nonlocal c",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b']), FunctionDef(name='g', ar"
    "gs=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body="
    "[Nonlocal(names=['c'])], decorator_list=[])], decorator_list=[])], type_ignores=[])")
DUMP(assert_forms, "assert x\nassert x, 'msg'",
    "Module(body=[Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load())"
    ", msg=Constant(value='msg'))], type_ignores=[])")
DUMP(import_simple, "import a", "Module(body=[Import(names=[alias(name='a')])], type_ignores=[])")
DUMP(import_dotted_as, "import a.b.c as d, e",
    "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ign"
    "ores=[])")
DUMP(import_spaces, "import a . b",
    "Module(body=[Import(names=[alias(name='a.b')])], type_ignores=[])")
DUMP(from_import, "from a import b",
    "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[])")
DUMP(from_import_as, "from a.b import c as d, e",
    "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e'"
    ")], level=0)], type_ignores=[])")
DUMP(from_relative_dot, "from . import x",
    "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])")
DUMP(from_relative_star, "from .. a import *",
    "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=2)], type_ignores=[])")
DUMP(from_ellipsis_level, "from ...a import b",
    "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=3)], type_ignores=[])")
DUMP(from_four_dots, "from .... import c",
    "Module(body=[ImportFrom(names=[alias(name='c')], level=4)], type_ignores=[])")
DUMP(from_paren_trailing, "from a import (b, c,)",
    "Module(body=[ImportFrom(module='a', names=[alias(name='b'), alias(name='c')], level=0)],"
    " type_ignores=[])")
DUMP(from_paren_as, "from a import (b as c)",
    "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c')], level=0)], type"
    "_ignores=[])")
DUMP(if_elif_else, "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y",
    "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b"
    "', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Expr(valu"
    "e=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])])], type_"
    "ignores=[])")
DUMP(if_one_line, "if a: pass\nelse: b; c",
    "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[Expr(value=Name(id"
    "='b', ctx=Load())), Expr(value=Name(id='c', ctx=Load()))])], type_ignores=[])")
DUMP(if_nested, "if a:\n    if b:\n        c\n    else:\n        d",
    "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), b"
    "ody=[Expr(value=Name(id='c', ctx=Load()))], orelse=[Expr(value=Name(id='d', ctx=Load()))"
    "])], orelse=[])], type_ignores=[])")
DUMP(while_else, "while x:\n    pass\nelse:\n    pass",
    "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type"
    "_ignores=[])")
DUMP(while_walrus, "while (n := f()) > 0:\n    pass",
    "Module(body=[While(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=C"
    "all(func=Name(id='f', ctx=Load()), args=[], keywords=[])), ops=[Gt()], comparators=[Cons"
    "tant(value=0)]), body=[Pass()], orelse=[])], type_ignores=[])")
DUMP(for_else, "for x, y in z:\n    pass\nelse:\n    pass",
    "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())"
    "], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_i"
    "gnores=[])")
DUMP(for_star_iter, "for x in *a, *b: pass",
    "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(i"
    "d='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], c"
    "tx=Load()), body=[Pass()], orelse=[])], type_ignores=[])")
DUMP(for_targets, "for a.b, c[0] in d: pass",
    "Module(body=[For(target=Tuple(elts=[Attribute(value=Name(id='a', ctx=Load()), attr='b', "
    "ctx=Store()), Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Sto"
    "re())], ctx=Store()), iter=Name(id='d', ctx=Load()), body=[Pass()], orelse=[])], type_ig"
    "nores=[])")
DUMP(for_starred_target, "for *a, b in c: pass",
    "Module(body=[For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()"
    "), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()"
    "], orelse=[])], type_ignores=[])")
DUMP(try_full, "try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), b"
    "ody=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx"
    "=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse="
    "[Pass()], finalbody=[Pass()])], type_ignores=[])")
DUMP(try_finally, "try:\n    pass\nfinally:\n    pass",
    "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignor"
    "es=[])")
DUMP(try_star, "try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as e:\n    pass",
    "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()"
    "), body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B',"
    " ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_i"
    "gnores=[])")
DUMP(with_simple, "with a: pass",
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()]"
    ")], type_ignores=[])")
DUMP(with_as_tuple_target, "with a as b, c as (d, e): pass",
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=N"
    "ame(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars"
    "=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body"
    "=[Pass()])], type_ignores=[])")
DUMP(with_paren_items, "with (a as b, c as d): pass",
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=N"
    "ame(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars"
    "=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])")
DUMP(with_paren_tuple_items, "with (a, b): pass",
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(conte"
    "xt_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])")
DUMP(with_paren_tuple_as, "with (a, b) as c: pass",
    "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Nam"
    "e(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pa"
    "ss()])], type_ignores=[])")
DUMP(with_paren_mixed_trailing, "with (a, b as c,): pass",
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(conte"
    "xt_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass("
    ")])], type_ignores=[])")
DUMP(with_paren_starred_is_tuple, "with (*a, b): pass",
    "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Starred(value=Name(id='a', ct"
    "x=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])], type_"
    "ignores=[])")
DUMP(with_paren_walrus_item, "with ((x := 1), y): pass",
    "Module(body=[With(items=[withitem(context_expr=NamedExpr(target=Name(id='x', ctx=Store()"
    "), value=Constant(value=1))), withitem(context_expr=Name(id='y', ctx=Load()))], body=[Pa"
    "ss()])], type_ignores=[])")
DUMP(with_walrus_tuple, "with (x := 1, y): pass",
    "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[NamedExpr(target=Name(id='x',"
    " ctx=Store()), value=Constant(value=1)), Name(id='y', ctx=Load())], ctx=Load()))], body="
    "[Pass()])], type_ignores=[])")
DUMP(with_empty_tuple, "with (): pass",
    "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[], ctx=Load()))], body=[Pass("
    ")])], type_ignores=[])")
DUMP(with_double_paren, "with ((a, b)): pass",
    "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Nam"
    "e(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])], type_ignores=[])")
DUMP(with_genexp, "with (a for a in b): pass",
    "Module(body=[With(items=[withitem(context_expr=GeneratorExp(elt=Name(id='a', ctx=Load())"
    ", generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load"
    "()), ifs=[], is_async=0)]))], body=[Pass()])], type_ignores=[])")
DUMP(with_paren_name_as, "with (a) as b, (c): pass",
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=N"
    "ame(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass("
    ")])], type_ignores=[])")
DUMP(with_tuple_then_item, "with (a, b), c: pass",
    "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Nam"
    "e(id='b', ctx=Load())], ctx=Load())), withitem(context_expr=Name(id='c', ctx=Load()))], "
    "body=[Pass()])], type_ignores=[])")
DUMP(with_multiline_paren, "with (\n    open(a) as f,\n    open(b) as g,\n):\n    pass",
    "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), ar"
    "gs=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), w"
    "ithitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load("
    "))], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_igno"
    "res=[])")
DUMP(def_full_params, "@dec\n@dec2(1)\ndef f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b'"
    ")], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], k"
    "w_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), C"
    "onstant(value=2)]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func"
    "=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Name(id='"
    "int', ctx=Load()))], type_ignores=[])")
DUMP(def_kwonly, "def f(*, a): pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[a"
    "rg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type"
    "_ignores=[])")
DUMP(def_posonly, "def f(a, /): pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], k"
    "wonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ign"
    "ores=[])")
DUMP(def_star_annotation, "def f(*args: *Ts): pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(ar"
    "g='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=["
    "], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])")
DUMP(def_annotations, "def f(a: int = 1, *b: str, c: bool, **d: dict) -> None: pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', ann"
    "otation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx="
    "Load())), kwonlyargs=[arg(arg='c', annotation=Name(id='bool', ctx=Load()))], kw_defaults"
    "=[None], kwarg=arg(arg='d', annotation=Name(id='dict', ctx=Load())), defaults=[Constant("
    "value=1)]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignor"
    "es=[])")
DUMP(def_kwonly_defaults_mixed, "def f(*a, b, c=1, d): pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(ar"
    "g='a'), kwonlyargs=[arg(arg='b'), arg(arg='c'), arg(arg='d')], kw_defaults=[None, Consta"
    "nt(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])")
DUMP(def_trailing_comma, "def f(a, b,): pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), ar"
    "g(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list="
    "[])], type_ignores=[])")
DUMP(def_docstring, "def f():\n    'doc'\n    return 1",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value='doc')), Return(value=Co"
    "nstant(value=1))], decorator_list=[])], type_ignores=[])")
DUMP(decorator_expression, "@a.b[c](d)\n@(lambda f: f)\ndef f(): pass",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Call(func=Subscript(value"
    "=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx"
    "=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), Lambda(args=argume"
    "nts(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), bo"
    "dy=Name(id='f', ctx=Load()))])], type_ignores=[])")
DUMP(class_plain, "class A: pass",
    "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])"
    "], type_ignores=[])")
DUMP(class_empty_parens, "class A(): pass",
    "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])"
    "], type_ignores=[])")
DUMP(class_full, "@d\nclass A(B, C, metaclass=M, *x, **y):\n    x = 1",
    "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load()"
    "), Starred(value=Name(id='x', ctx=Load()), ctx=Load())], keywords=[keyword(arg='metaclas"
    "s', value=Name(id='M', ctx=Load())), keyword(value=Name(id='y', ctx=Load()))], body=[Ass"
    "ign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name"
    "(id='d', ctx=Load())])], type_ignores=[])")
DUMP(async_forms, "async def f():\n    await x\n    async for a in b:\n        pass\n    async with a as b, c:\n        pass\n    return [x async for x in y]",
    "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyar"
    "gs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load("
    ")))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pa"
    "ss()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), opti"
    "onal_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], "
    "body=[Pass()]), Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehe"
    "nsion(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async="
    "1)]))], decorator_list=[])], type_ignores=[])")
DUMP(async_decorated, "@d\nasync def f(): pass",
    "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyar"
    "gs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Loa"
    "d())])], type_ignores=[])")
DUMP(match_literals, "match x:\n    case 1:\n        pass\n    case 'a' | b'b':\n        pass\n    case None | True | False:\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValu"
    "e(value=Constant(value=1)), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchVa"
    "lue(value=Constant(value='a')), MatchValue(value=Constant(value=b'b'))]), body=[Pass()])"
    ", match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value="
    "True), MatchSingleton(value=False)]), body=[Pass()])])], type_ignores=[])")
DUMP(match_numbers, "match x:\n    case -1 | 1.5 | -2j | 1+2j | -1-2j:\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(p"
    "atterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(val"
    "ue=Constant(value=1.5)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2j))"
    "), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), "
    "MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Sub(), rig"
    "ht=Constant(value=2j)))]), body=[Pass()])])], type_ignores=[])")
DUMP(match_value_patterns, "match x:\n    case a.b | a.b.c:\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(p"
    "atterns=[MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()"
    ")), MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b',"
    " ctx=Load()), attr='c', ctx=Load()))]), body=[Pass()])])], type_ignores=[])")
DUMP(match_sequences, "match x:\n    case [a, b, *rest]:\n        pass\n    case (a, b):\n        pass\n    case (a):\n        pass\n    case ():\n        pass\n    case []:\n        pass\n    case [*_]:\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequ"
    "ence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar(name='rest')]), body=[Pas"
    "s()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')])"
    ", body=[Pass()]), match_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(patte"
    "rn=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns"
    "=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pa"
    "ss()])])], type_ignores=[])")
DUMP(match_open_sequence, "match x:\n    case *a, b:\n        pass\n    case a, :\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequ"
    "ence(patterns=[MatchStar(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(patt"
    "ern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])], type_ignores=[])")
DUMP(match_mapping, "match x:\n    case {'k': v, 1: w, a.b: c, **kw}:\n        pass\n    case {}:\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapp"
    "ing(keys=[Constant(value='k'), Constant(value=1), Attribute(value=Name(id='a', ctx=Load("
    ")), attr='b', ctx=Load())], patterns=[MatchAs(name='v'), MatchAs(name='w'), MatchAs(name"
    "='c')], rest='kw'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]"
    "), body=[Pass()])])], type_ignores=[])")
DUMP(match_class, "match x:\n    case Point(x, y=0):\n        pass\n    case Point():\n        pass\n    case a.B(c=d,):\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClas"
    "s(cls=Name(id='Point', ctx=Load()), patterns=[MatchAs(name='x')], kwd_attrs=['y'], kwd_p"
    "atterns=[MatchValue(value=Constant(value=0))]), body=[Pass()]), match_case(pattern=Match"
    "Class(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), bod"
    "y=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Name(id='a', ctx=Load()),"
    " attr='B', ctx=Load()), patterns=[], kwd_attrs=['c'], kwd_patterns=[MatchAs(name='d')]),"
    " body=[Pass()])])], type_ignores=[])")
DUMP(match_wildcard_guard, "match x:\n    case _:\n        pass\n    case x if x > 0:\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs()"
    ", body=[Pass()]), match_case(pattern=MatchAs(name='x'), guard=Compare(left=Name(id='x', "
    "ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()])])], type_ignor"
    "es=[])")
DUMP(match_as_or, "match x:\n    case (a | b) as c:\n        pass\n    case a | (b | c):\n        pass",
    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(p"
    "attern=MatchOr(patterns=[MatchAs(name='a'), MatchAs(name='b')]), name='c'), body=[Pass()"
    "]), match_case(pattern=MatchOr(patterns=[MatchAs(name='a'), MatchOr(patterns=[MatchAs(na"
    "me='b'), MatchAs(name='c')])]), body=[Pass()])])], type_ignores=[])")
DUMP(match_subject_tuple, "match x, y:\n    case _: pass",
    "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load()"
    ")], ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]"
    ")")
DUMP(match_subject_star, "match *a, b:\n    case _: pass",
    "Module(body=[Match(subject=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load("
    ")), Name(id='b', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[P"
    "ass()])])], type_ignores=[])")
DUMP(match_subject_trailing_comma, "match x,:\n    case _: pass",
    "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), cases=[ma"
    "tch_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])")
DUMP(match_subject_unary, "match -x:\n    case _: pass",
    "Module(body=[Match(subject=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), cases=["
    "match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])")
DUMP(match_soft_keyword_names, "match = 1\nmatch.x = 2\nmatch[1] = 3\nmatch(x)\ncase = 4\nprint(match, case)\n_ = 5",
    "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), A"
    "ssign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], va"
    "lue=Constant(value=2)), Assign(targets=[Subscript(value=Name(id='match', ctx=Load()), sl"
    "ice=Constant(value=1), ctx=Store())], value=Constant(value=3)), Expr(value=Call(func=Nam"
    "e(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(target"
    "s=[Name(id='case', ctx=Store())], value=Constant(value=4)), Expr(value=Call(func=Name(id"
    "='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load())],"
    " keywords=[])), Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=5))], t"
    "ype_ignores=[])")
DUMP(match_annotated_name, "match[x]: int = 1",
    "Module(body=[AnnAssign(target=Subscript(value=Name(id='match', ctx=Load()), slice=Name(i"
    "d='x', ctx=Load()), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant("
    "value=1), simple=0)], type_ignores=[])")
DUMP(match_nested_in_case, "match a:\n    case _:\n        match b:\n            case _:\n                pass",
    "Module(body=[Match(subject=Name(id='a', ctx=Load()), cases=[match_case(pattern=MatchAs()"
    ", body=[Match(subject=Name(id='b', ctx=Load()), cases=[match_case(pattern=MatchAs(), bod"
    "y=[Pass()])])])])], type_ignores=[])")
DUMP(lambda_bare, "lambda: 0",
    "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw"
    "_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])")
DUMP(lambda_params, "lambda x, y=1, *a, z, **k: x",
    "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(ar"
    "g='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(a"
    "rg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=["
    "])")
DUMP(lambda_posonly, "lambda x, /, y: 0",
    "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x')], args=[arg(arg="
    "'y')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_igno"
    "res=[])")
DUMP(lambda_kwonly, "lambda *, a: 0",
    "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(a"
    "rg='a')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))], type_ignores=[])")
DUMP(lambda_nested, "lambda x: lambda y: x + y",
    "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonl"
    "yargs=[], kw_defaults=[], defaults=[]), body=Lambda(args=arguments(posonlyargs=[], args="
    "[arg(arg='y')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=BinOp(left=Name(id='x'"
    ", ctx=Load()), op=Add(), right=Name(id='y', ctx=Load())))))], type_ignores=[])")
DUMP(ifexp, "x if y else z",
    "Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load("
    ")), orelse=Name(id='z', ctx=Load())))], type_ignores=[])")
DUMP(ifexp_right_assoc, "a if b else c if d else e",
    "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load("
    ")), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Na"
    "me(id='e', ctx=Load()))))], type_ignores=[])")
DUMP(walrus_paren, "(x := 1)",
    "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value"
    "=1)))], type_ignores=[])")
DUMP(walrus_list, "[y := 1, 2]",
    "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Con"
    "stant(value=1)), Constant(value=2)], ctx=Load()))], type_ignores=[])")
DUMP(walrus_call, "f(x := 1)",
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name("
    "id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])")
DUMP(walrus_subscript, "a[x := 1]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target"
    "=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])")
DUMP(walrus_comprehension, "[y for x in z if (y := x)]",
    "Module(body=[Expr(value=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension"
    "(target=Name(id='x', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[NamedExpr(target="
    "Name(id='y', ctx=Store()), value=Name(id='x', ctx=Load()))], is_async=0)]))], type_ignor"
    "es=[])")
DUMP(listcomp, "[x for x in y]",
    "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension"
    "(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))"
    "], type_ignores=[])")
DUMP(listcomp_many_clauses, "[x for x in y if a if b for z in w if c]",
    "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension"
    "(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='a', ctx="
    "Load()), Name(id='b', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=S"
    "tore()), iter=Name(id='w', ctx=Load()), ifs=[Name(id='c', ctx=Load())], is_async=0)]))],"
    " type_ignores=[])")
DUMP(setcomp, "{x for x in y}",
    "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension("
    "target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))]"
    ", type_ignores=[])")
DUMP(dictcomp, "{k: v for k, v in y}",
    "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Lo"
    "ad()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='"
    "v', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))],"
    " type_ignores=[])")
DUMP(genexp, "(x for x in y)",
    "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehen"
    "sion(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0"
    ")]))], type_ignores=[])")
DUMP(genexp_call_arg, "f(x for x in y)",
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name("
    "id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Na"
    "me(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])")
DUMP(async_comprehension, "[x async for x in y]",
    "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension"
    "(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))"
    "], type_ignores=[])")
DUMP(comprehension_tuple_target, "[a for a, *b in c]",
    "Module(body=[Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension"
    "(target=Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), "
    "ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], typ"
    "e_ignores=[])")
DUMP(yield_forms, "def g():\n    yield\n    yield 1\n    yield 1, 2\n    yield from x\n    x = yield\n    x = yield from y\n    await (yield)",
    "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Consta"
    "nt(value=1))), Expr(value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)],"
    " ctx=Load()))), Expr(value=YieldFrom(value=Name(id='x', ctx=Load()))), Assign(targets=[N"
    "ame(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='x', ctx=Store())], v"
    "alue=YieldFrom(value=Name(id='y', ctx=Load()))), Expr(value=Await(value=Yield()))], deco"
    "rator_list=[])], type_ignores=[])")
DUMP(call_args_all, "f(*a, *b, c, k=1, **d, **e)",
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id="
    "'a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name"
    "(id='c', ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(valu"
    "e=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))]))], type_ignores=["
    "])")
DUMP(call_keyword_after_star, "f(a, *b, c=1, *d, e=2, **f)",
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load("
    ")), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx="
    "Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(arg="
    "'e', value=Constant(value=2)), keyword(value=Name(id='f', ctx=Load()))]))], type_ignores"
    "=[])")
DUMP(call_chain, "f(a)(b)(c)",
    "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Na"
    "me(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), ar"
    "gs=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])")
DUMP(call_trailing_comma, "f(a, b,)",
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load("
    ")), Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])")
DUMP(list_display, "[*a, *b]",
    "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), "
    "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])")
DUMP(set_display, "{*a, *b}",
    "Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), S"
    "tarred(value=Name(id='b', ctx=Load()), ctx=Load())]))], type_ignores=[])")
DUMP(dict_display, "{**a, **b, 'c': 1}",
    "Module(body=[Expr(value=Dict(keys=[None, None, Constant(value='c')], values=[Name(id='a'"
    ", ctx=Load()), Name(id='b', ctx=Load()), Constant(value=1)]))], type_ignores=[])")
DUMP(dict_trailing_comma, "{1: 2, 3: 4,}",
    "Module(body=[Expr(value=Dict(keys=[Constant(value=1), Constant(value=3)], values=[Consta"
    "nt(value=2), Constant(value=4)]))], type_ignores=[])")
DUMP(empty_displays, "[]; {}; ()",
    "Module(body=[Expr(value=List(elts=[], ctx=Load())), Expr(value=Dict(keys=[], values=[]))"
    ", Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])")
DUMP(tuple_forms, "1,; (1,); (1, 2); 1, 2",
    "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load())), Expr(value=Tuple(e"
    "lts=[Constant(value=1)], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=1), Constan"
    "t(value=2)], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)],"
    " ctx=Load()))], type_ignores=[])")
DUMP(subscript_index, "a[1]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1"
    "), ctx=Load()))], type_ignores=[])")
DUMP(slice_forms, "a[1:2]; a[1:2:3]; a[:]; a[::]; a[::2]; a[1:]; a[:2]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Cons"
    "tant(value=1), upper=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(i"
    "d='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=C"
    "onstant(value=3)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), sl"
    "ice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Sl"
    "ice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(st"
    "ep=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load())"
    ", slice=Slice(lower=Constant(value=1)), ctx=Load())), Expr(value=Subscript(value=Name(id"
    "='a', ctx=Load()), slice=Slice(upper=Constant(value=2)), ctx=Load()))], type_ignores=[])")
DUMP(subscript_tuple_slices, "a[1:2, 3]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slic"
    "e(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ct"
    "x=Load()))], type_ignores=[])")
DUMP(subscript_tuple, "a[1, 2]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Cons"
    "tant(value=1), Constant(value=2)], ctx=Load()), ctx=Load()))], type_ignores=[])")
DUMP(subscript_trailing_comma, "a[1,]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Cons"
    "tant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])")
DUMP(subscript_starred, "a[*b]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Star"
    "red(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignor"
    "es=[])")
DUMP(subscript_starred_tuple, "a[*b, c]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Star"
    "red(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()),"
    " ctx=Load()))], type_ignores=[])")
DUMP(subscript_empty_slices, "a[:, ::3]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slic"
    "e(), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])")
DUMP(compare_chain, "a < b < c",
    "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], compara"
    "tors=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])")
DUMP(compare_not_in_is_not, "a not in b; a is not b",
    "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparator"
    "s=[Name(id='b', ctx=Load())])), Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[I"
    "sNot()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])")
DUMP(compare_all_ops, "a is b in c == d != e <= f >= g > h < i",
    "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Is(), In(), Eq(), No"
    "tEq(), LtE(), GtE(), Gt(), Lt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ct"
    "x=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()),"
    " Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load())]))], type_"
    "ignores=[])")
DUMP(not_compare, "not a == b",
    "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()),"
    " ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])")
DUMP(neg_pow, "-2**2",
    "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow("
    "), right=Constant(value=2))))], type_ignores=[])")
DUMP(pow_neg, "2**-1",
    "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(),"
    " operand=Constant(value=1))))], type_ignores=[])")
DUMP(pow_chain_unary, "-a**-b**c",
    "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), "
    "op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load()), op=Pow()"
    ", right=Name(id='c', ctx=Load()))))))], type_ignores=[])")
DUMP(pow_right_assoc, "a ** b ** c",
    "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left="
    "Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])")
DUMP(unary_ops, "~a; +a; -a; not a",
    "Module(body=[Expr(value=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load()))), Expr(va"
    "lue=UnaryOp(op=UAdd(), operand=Name(id='a', ctx=Load()))), Expr(value=UnaryOp(op=USub(),"
    " operand=Name(id='a', ctx=Load()))), Expr(value=UnaryOp(op=Not(), operand=Name(id='a', c"
    "tx=Load())))], type_ignores=[])")
DUMP(arith_precedence, "a + b * c - d / e // f % g @ h",
    "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right="
    "BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Name(id='c', ctx=Load()))), op=Sub"
    "(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=Div()"
    ", right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mo"
    "d(), right=Name(id='g', ctx=Load())), op=MatMult(), right=Name(id='h', ctx=Load()))))], "
    "type_ignores=[])")
DUMP(bitwise_precedence, "a | b ^ c & d << e >> f",
    "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(lef"
    "t=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=B"
    "itAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(i"
    "d='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[])")
DUMP(parens_override, "(a + b) * c",
    "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right="
    "Name(id='b', ctx=Load())), op=Mult(), right=Name(id='c', ctx=Load())))], type_ignores=[]"
    ")")
DUMP(boolop_flatten, "a or b or c and d and e or not f",
    "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', c"
    "tx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()),"
    " Name(id='e', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='f', ctx=Load()))]))], ty"
    "pe_ignores=[])")
DUMP(boolop_paren_not_flattened, "(a or b) or c",
    "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx"
    "=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])")
DUMP(compare_paren_not_chained, "(a < b) < c",
    "Module(body=[Expr(value=Compare(left=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], "
    "comparators=[Name(id='b', ctx=Load())]), ops=[Lt()], comparators=[Name(id='c', ctx=Load("
    "))]))], type_ignores=[])")
DUMP(await_pow, "async def f():\n    await x ** 2",
    "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyar"
    "gs=[], kw_defaults=[], defaults=[]), body=[Expr(value=BinOp(left=Await(value=Name(id='x'"
    ", ctx=Load())), op=Pow(), right=Constant(value=2)))], decorator_list=[])], type_ignores="
    "[])")
DUMP(attribute_chain, "a.b.c.d",
    "Module(body=[Expr(value=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx"
    "=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Load()))], type_ig"
    "nores=[])")
DUMP(string_concat, "'a' 'b'", "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])")
DUMP(fstring_concat, "'a' f'b{x}c' 'd'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Nam"
    "e(id='x', ctx=Load()), conversion=-1), Constant(value='cd')]))], type_ignores=[])")
DUMP(fstring_empty, "f''", "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])")
DUMP(fstring_empty_concat, "f'' ''",
    "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])")
DUMP(u_prefix, "u'a' 'b'",
    "Module(body=[Expr(value=Constant(value='ab', kind='u'))], type_ignores=[])")
DUMP(u_prefix_second, "'a' u'b'",
    "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])")
DUMP(u_prefix_fstring, "u'a' f'{x}b'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue("
    "value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b', kind='u')]))], type_"
    "ignores=[])")
DUMP(bytes_concat, "b'a' b'b'", "Module(body=[Expr(value=Constant(value=b'ab'))], type_ignores=[])")
DUMP(fstring_conversion_spec, "f'{x!r:>{w}}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()),"
    " conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value"
    "=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])")
DUMP(fstring_debug, "f'{x=}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Nam"
    "e(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])")
DUMP(fstring_debug_spaces_conv, "f'{x = !s}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=N"
    "ame(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])")
DUMP(fstring_debug_spec, "f'{x=:>10}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Nam"
    "e(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10'"
    ")]))]))], type_ignores=[])")
DUMP(fstring_tuple, "f'{a, b}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', "
    "ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[]"
    ")")
DUMP(fstring_yield, "def f():\n    f'{yield}'",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Expr(value=JoinedStr(values=[FormattedValue(value="
    "Yield(), conversion=-1)]))], decorator_list=[])], type_ignores=[])")
DUMP(fstring_braces, "f'{{}}{x}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}'), FormattedValue(value=Nam"
    "e(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])")
DUMP(fstring_empty_spec, "f'{x:}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()),"
    " conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])")
DUMP(fstring_nested_spec, "f'{x:{y}.{z}f}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()),"
    " conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load"
    "()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='z', ctx=Load()),"
    " conversion=-1), Constant(value='f')]))]))], type_ignores=[])")
DUMP(fstring_raw, "rf'\\n{x}\\n'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value="
    "Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\n')]))], type_ignores=[])")
DUMP(fstring_nested_quotes, "f\"{'a'}\" f'{\"b\"}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conv"
    "ersion=-1), FormattedValue(value=Constant(value='b'), conversion=-1)]))], type_ignores=["
    "])")
DUMP(fstring_multiline, "f'''{\nx\n}'''",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()),"
    " conversion=-1)]))], type_ignores=[])")
DUMP(fstring_walrus_paren, "f'{(x:=1)}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id="
    "'x', ctx=Store()), value=Constant(value=1)), conversion=-1)]))], type_ignores=[])")
DUMP(fstring_colon_equal_is_spec, "f'{x:=1}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()),"
    " conversion=-1, format_spec=JoinedStr(values=[Constant(value='=1')]))]))], type_ignores="
    "[])")
DUMP(numbers_int, "1; 0; 00; 1_000_000; 123456789012345678901234567890",
    "Module(body=[Expr(value=Constant(value=1)), Expr(value=Constant(value=0)), Expr(value=Co"
    "nstant(value=0)), Expr(value=Constant(value=1000000)), Expr(value=Constant(value=1234567"
    "89012345678901234567890))], type_ignores=[])")
DUMP(numbers_radix, "0x10; 0o17; 0b101; 0xdead_beef; 0XFF",
    "Module(body=[Expr(value=Constant(value=16)), Expr(value=Constant(value=15)), Expr(value="
    "Constant(value=5)), Expr(value=Constant(value=3735928559)), Expr(value=Constant(value=25"
    "5))], type_ignores=[])")
DUMP(numbers_big_hex, "0xffffffffffffffffffffffffffffffff",
    "Module(body=[Expr(value=Constant(value=340282366920938463463374607431768211455))], type_"
    "ignores=[])")
DUMP(numbers_float, "1.0; 1e16; 1e-5; 0.1; 1e999; 1.; .5; 1e22; 0.0001; 123456789012345.6; 3.14e-10",
    "Module(body=[Expr(value=Constant(value=1.0)), Expr(value=Constant(value=1e+16)), Expr(va"
    "lue=Constant(value=1e-05)), Expr(value=Constant(value=0.1)), Expr(value=Constant(value=i"
    "nf)), Expr(value=Constant(value=1.0)), Expr(value=Constant(value=0.5)), Expr(value=Const"
    "ant(value=1e+22)), Expr(value=Constant(value=0.0001)), Expr(value=Constant(value=1234567"
    "89012345.6)), Expr(value=Constant(value=3.14e-10))], type_ignores=[])")
DUMP(numbers_imag, "2j; 1.5j; 1e16j; 0j; 1_0j",
    "Module(body=[Expr(value=Constant(value=2j)), Expr(value=Constant(value=1.5j)), Expr(valu"
    "e=Constant(value=1e+16j)), Expr(value=Constant(value=0j)), Expr(value=Constant(value=10j"
    "))], type_ignores=[])")
DUMP(constants, "None, True, False, ...",
    "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant"
    "(value=False), Constant(value=Ellipsis)], ctx=Load()))], type_ignores=[])")
DUMP(string_escapes, "'\\x00\\t\\n\\r\\\\\\'\"'",
    "Module(body=[Expr(value=Constant(value='\\x00\\t\\n\\r\\\\\\'\"'))], type_ignores=[])")
DUMP(string_quotes, "\"'\"; '\"'; 'a\\'b\"'",
    "Module(body=[Expr(value=Constant(value=\"'\")), Expr(value=Constant(value='\"')), Expr(v"
    "alue=Constant(value='a\\'b\"'))], type_ignores=[])")
DUMP(string_unicode, "'\303\251\360\237\230\200\\u2028\\x80\\xa0'",
    "Module(body=[Expr(value=Constant(value='\303\251\360\237\230\200\\u2028\\x80\\xa0'))], t"
    "ype_ignores=[])")
/* PEP 3131: non-ASCII identifiers are folded to NFKC everywhere a name
** appears (a name that folds to a keyword stays a name). */
DUMP(identifiers_nfkc, "\uFB01le = \u210C\nimport \U0001D428\U0001D42C.\uFF50\uFF41\uFF54\uFF48 as \uFF50\n"
    "f(\uFF4B=\U0001D422\U0001D41F).\uFF41\uFF54\uFF54\uFF52",
    "Module(body=[Assign(targets=[Name(id='file', ctx=Store())], value=Name(id='H', ctx=Load()"
    ")), Import(names=[alias(name='os.path', asname='p')]), Expr(value=Attribute(value=Call(fun"
    "c=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg='k', value=Name(id='if', ctx=Lo"
    "ad()))]), attr='attr', ctx=Load()))], type_ignores=[])")
DUMP(bytes_escapes, "b'\\x00\\xff\\'\"'",
    "Module(body=[Expr(value=Constant(value=b'\\x00\\xff\\'\"'))], type_ignores=[])")
DUMP(string_raw, "r'\\d+\\n'",
    "Module(body=[Expr(value=Constant(value='\\\\d+\\\\n'))], type_ignores=[])")
DUMP(string_triple, "'''a\nb'''",
    "Module(body=[Expr(value=Constant(value='a\\nb'))], type_ignores=[])")
DUMP(semicolons, "a; b; c;",
    "Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load())),"
    " Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])")
DUMP(line_continuation, "x = 1 + \\\n    2",
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value"
    "=1), op=Add(), right=Constant(value=2)))], type_ignores=[])")
DUMP(implicit_continuation, "x = (1 +\n     2)\ny = [\n    1,\n    2,\n]",
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value"
    "=1), op=Add(), right=Constant(value=2))), Assign(targets=[Name(id='y', ctx=Store())], va"
    "lue=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])")
DUMP(comments_blank_lines, "# c\n\nx = 1  # c\n\n\n# c\ny = 2",
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assig"
    "n(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])")
DUMP(empty_module, "", "Module(body=[], type_ignores=[])")
DUMP(starred_expression_stmt, "*a, b",
    "Module(body=[Expr(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()),"
    " Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])")
DUMP(paren_yield_assign, "def f():\n    x = (yield)",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value="
    "Yield())], decorator_list=[])], type_ignores=[])")
DUMP(print_call_not_legacy, "print(a, b, sep='')",
    "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='a', ctx=L"
    "oad()), Name(id='b', ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value='')"
    ")]))], type_ignores=[])")
DUMP(ellipsis_subscript, "a[..., 1]",
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Cons"
    "tant(value=Ellipsis), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])")
DUMP(class_keywords_only, "class A(metaclass=M): pass",
    "Module(body=[ClassDef(name='A', bases=[], keywords=[keyword(arg='metaclass', value=Name("
    "id='M', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])")
DUMP(nested_functions, "def f():\n    def g():\n        def h():\n            return 1\n        return h\n    return g",
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
    ", kw_defaults=[], defaults=[]), body=[FunctionDef(name='g', args=arguments(posonlyargs=["
    "], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='h', arg"
    "s=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=["
    "Return(value=Constant(value=1))], decorator_list=[]), Return(value=Name(id='h', ctx=Load"
    "()))], decorator_list=[]), Return(value=Name(id='g', ctx=Load()))], decorator_list=[])],"
    " type_ignores=[])")

ERROR(e000_invalid_syntax, "x = = 1\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6)
ERROR(e001_expected, "if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 0, 0)
ERROR(e002_invalid_syntax, "if x y:\n  pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7)
ERROR(e003_expected, "while x\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 0, 0)
ERROR(e004_expected, "for x in y\n  pass\n", "SyntaxError", "expected ':'", 1, 11, 0, 0)
ERROR(e005_expected, "def f()\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 0, 0)
ERROR(e006_expected, "class A\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 0, 0)
ERROR(e007_expected, "try\n  pass\n", "SyntaxError", "expected ':'", 1, 4, 0, 0)
ERROR(e008_expected_an_indented_block_after_if_stat, "if x:\npass\n",
    "IndentationError",
    "expected an indented block after 'if' statement on line 1",
    2,
    1,
    0,
    0)
ERROR(e009_expected_an_indented_block_after_functio, "def f():\nreturn 1\n",
    "IndentationError",
    "expected an indented block after function definition on line 1",
    2,
    1,
    0,
    0)
ERROR(e010_expected_an_indented_block_after_class_d, "class A:\nx\n",
    "IndentationError",
    "expected an indented block after class definition on line 1",
    2,
    1,
    0,
    0)
ERROR(e011_expected_an_indented_block_after_else_st, "if x:\n  pass\nelse:\nz\n",
    "IndentationError",
    "expected an indented block after 'else' statement on line 3",
    4,
    1,
    0,
    0)
ERROR(e012_unexpected_indent, "if x:\n  pass\n    y\n",
    "IndentationError",
    "unexpected indent",
    3,
    4,
    0,
    0)
ERROR(e013_unexpected_indent, "  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 0, 0)
ERROR(e014_was_never_closed, "x = (1, 2\n", "SyntaxError", "'(' was never closed", 1, 5, 0, 0)
ERROR(e015_was_never_closed, "x = [1, 2\ny = 3\n",
    "SyntaxError",
    "'[' was never closed",
    1,
    5,
    0,
    0)
ERROR(e016_cannot_assign_to_function_call_here_mayb, "f() = 1\n",
    "SyntaxError",
    "cannot assign to function call here. Maybe you meant '==' instead of '='?",
    1,
    1,
    1,
    4)
ERROR(e017_cannot_assign_to_literal_here_maybe_you_, "1 = x\n",
    "SyntaxError",
    "cannot assign to literal here. Maybe you meant '==' instead of '='?",
    1,
    1,
    1,
    2)
ERROR(e018_cannot_assign_to_expression_here_maybe_y, "x + 1 = 2\n",
    "SyntaxError",
    "cannot assign to expression here. Maybe you meant '==' instead of '='?",
    1,
    1,
    1,
    6)
ERROR(e019_cannot_assign_to_none, "None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 1, 5)
ERROR(e020_positional_argument_follows_keyword_argu, "f(a=1, b)\n",
    "SyntaxError",
    "positional argument follows keyword argument",
    1,
    9,
    1,
    10)
ERROR(e021_iterable_argument_unpacking_follows_keyw, "f(**k, *a)\n",
    "SyntaxError",
    "iterable argument unpacking follows keyword argument unpacking",
    1,
    3,
    1,
    6)
ERROR(e022_generator_expression_must_be_parenthesiz, "f(x for x in y, 1)\n",
    "SyntaxError",
    "Generator expression must be parenthesized",
    1,
    3,
    1,
    15)
ERROR(e023_invalid_syntax, "x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 0, 0)
ERROR(e024_missing_parentheses_in_call_to_print_did, "print 'hello'\n",
    "SyntaxError",
    "Missing parentheses in call to 'print'. Did you mean print(...)?",
    1,
    1,
    1,
    14)
ERROR(e025_invalid_syntax, "x ==\n", "SyntaxError", "invalid syntax", 1, 5, 0, 0)
ERROR(e026_invalid_syntax, "a b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4)
ERROR(e027_invalid_syntax, "1 2\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4)
ERROR(e028_non_default_argument_follows_default_arg, "def f(a=1, b): pass\n",
    "SyntaxError",
    "non-default argument follows default argument",
    1,
    12,
    1,
    13)
ERROR(e029_non_default_argument_follows_default_arg, "lambda a=1, b: 0\n",
    "SyntaxError",
    "non-default argument follows default argument",
    1,
    13,
    1,
    14)
ERROR(e030_named_arguments_must_follow_bare, "def f(*): pass\n",
    "SyntaxError",
    "named arguments must follow bare *",
    1,
    7,
    1,
    8)
ERROR(e031_assignment_to_yield_expression_not_possi, "x = yield = 1\n",
    "SyntaxError",
    "assignment to yield expression not possible",
    1,
    5,
    1,
    10)
ERROR(e032_cannot_delete_function_call, "del f()\n",
    "SyntaxError",
    "cannot delete function call",
    1,
    5,
    1,
    8)
ERROR(e033_cannot_delete_literal, "del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6)
ERROR(e034_cannot_assign_to_literal, "for 1 in x: pass\n",
    "SyntaxError",
    "cannot assign to literal",
    1,
    5,
    1,
    6)
ERROR(e035_cannot_assign_to_literal, "with a as 1: pass\n",
    "SyntaxError",
    "cannot assign to literal",
    1,
    11,
    1,
    12)
ERROR(e036_tuple_is_an_illegal_expression_for_augme, "(a, b) += 1\n",
    "SyntaxError",
    "'tuple' is an illegal expression for augmented assignment",
    1,
    1,
    1,
    7)
ERROR(e037_function_call_is_an_illegal_expression_f, "f() += 1\n",
    "SyntaxError",
    "'function call' is an illegal expression for augmented assignment",
    1,
    1,
    1,
    4)
ERROR(e038_only_single_target_not_tuple_can_be_anno, "x, y: int\n",
    "SyntaxError",
    "only single target (not tuple) can be annotated",
    1,
    1,
    1,
    2)
ERROR(e039_only_single_target_not_tuple_can_be_anno, "(x, y): int\n",
    "SyntaxError",
    "only single target (not tuple) can be annotated",
    1,
    1,
    1,
    7)
ERROR(e040_only_single_target_not_list_can_be_annot, "[x]: int\n",
    "SyntaxError",
    "only single target (not list) can be annotated",
    1,
    1,
    1,
    4)
ERROR(e041_illegal_target_for_annotation, "f(): int\n",
    "SyntaxError",
    "illegal target for annotation",
    1,
    1,
    1,
    4)
ERROR(e042_iterable_unpacking_cannot_be_used_in_com, "print(*a for a in b)\n",
    "SyntaxError",
    "iterable unpacking cannot be used in comprehension",
    1,
    7,
    1,
    9)
ERROR(e043_generator_expression_must_be_parenthesiz, "f(a for a in b, c)\n",
    "SyntaxError",
    "Generator expression must be parenthesized",
    1,
    3,
    1,
    15)
ERROR(e044_invalid_syntax, "else: pass\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5)
ERROR(e045_expected_except_or_finally_block, "try:\n  pass\nx = 1\n",
    "SyntaxError",
    "expected 'except' or 'finally' block",
    3,
    1,
    3,
    2)
ERROR(e046_multiple_exception_types_must_be_parenth, "try:\n  pass\nexcept A, B:\n  pass\n",
    "SyntaxError",
    "multiple exception types must be parenthesized",
    3,
    8,
    3,
    12)
ERROR(e047_expected_else_after_if_expression, "x = 1 if y\n",
    "SyntaxError",
    "expected 'else' after 'if' expression",
    1,
    5,
    1,
    11)
ERROR(e048_invalid_syntax, "import\n", "SyntaxError", "invalid syntax", 1, 7, 0, 0)
ERROR(e049_trailing_comma_not_allowed_without_surro, "from x import a,\n",
    "SyntaxError",
    "trailing comma not allowed without surrounding parentheses",
    1,
    17,
    0,
    0)
ERROR(e050_invalid_syntax, "def f(x):\n  return x x\n",
    "SyntaxError",
    "invalid syntax",
    2,
    12,
    2,
    13)
ERROR(e051_invalid_syntax, "a.1\n", "SyntaxError", "invalid syntax", 1, 2, 1, 4)
ERROR(e052_invalid_syntax_perhaps_you_forgot_a_comm, "x = [1 2]\n",
    "SyntaxError",
    "invalid syntax. Perhaps you forgot a comma?",
    1,
    6,
    1,
    9)
ERROR(e053_expected_after_dictionary_key, "x = {1: 2, 3}\n",
    "SyntaxError",
    "':' expected after dictionary key",
    1,
    12,
    0,
    0)
ERROR(e054_cannot_assign_to_true, "True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 1, 5)
ERROR(e055_cannot_assign_to_named_expression_here_m, "(x := 1) = 2\n",
    "SyntaxError",
    "cannot assign to named expression here. Maybe you meant '==' instead of '='?",
    1,
    2,
    1,
    8)
ERROR(e056_cannot_use_assignment_expressions_with_a, "a.b := 1\n",
    "SyntaxError",
    "cannot use assignment expressions with attribute",
    1,
    1,
    1,
    4)
ERROR(e057_cannot_use_assignment_expressions_with_a, "(a.b := 1)\n",
    "SyntaxError",
    "cannot use assignment expressions with attribute",
    1,
    2,
    1,
    5)
ERROR(e058_cannot_use_assignment_expressions_with_l, "(1 := 1)\n",
    "SyntaxError",
    "cannot use assignment expressions with literal",
    1,
    2,
    1,
    3)
ERROR(e059_cannot_assign_to_function_call_here_mayb, "f(x)(y) = 1\n",
    "SyntaxError",
    "cannot assign to function call here. Maybe you meant '==' instead of '='?",
    1,
    1,
    1,
    8)
ERROR(e060_cannot_assign_to_literal, "x = 1 = 2\n",
    "SyntaxError",
    "cannot assign to literal",
    1,
    5,
    1,
    6)
ERROR(e061_cannot_assign_to_yield_expression, "x = (yield) = 1\n",
    "SyntaxError",
    "cannot assign to yield expression",
    1,
    6,
    1,
    11)
ERROR(e062_cannot_assign_to_list_comprehension_here, "[x for x in y] = 1\n",
    "SyntaxError",
    "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
    1,
    1,
    1,
    15)
ERROR(e063_cannot_assign_to_conditional_expression, "a if b else c = 1\n",
    "SyntaxError",
    "cannot assign to conditional expression",
    1,
    1,
    1,
    14)
ERROR(e064_cannot_assign_to_f_string_expression_her, "f'{x}' = 1\n",
    "SyntaxError",
    "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
    1,
    1,
    1,
    7)
ERROR(e065_cannot_assign_to_ellipsis_here_maybe_you, "...=1\n",
    "SyntaxError",
    "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?",
    1,
    1,
    1,
    4)
ERROR(e066_invalid_syntax, "x=1;;\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6)
ERROR(e067_invalid_syntax, ";\n", "SyntaxError", "invalid syntax", 1, 1, 1, 2)
ERROR(e068_unmatched, "pass\n)\n", "SyntaxError", "unmatched ')'", 2, 1, 0, 0)
ERROR(e069_unmatched, "x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 0, 0)
ERROR(e070_may_appear_only_once, "def f(x, /, y, /): pass\n",
    "SyntaxError",
    "/ may appear only once",
    1,
    16,
    1,
    17)
ERROR(e071_must_be_ahead_of, "def f(*, /): pass\n",
    "SyntaxError",
    "/ must be ahead of *",
    1,
    10,
    1,
    11)
ERROR(e072_arguments_cannot_follow_var_keyword_argu, "def f(**k, a): pass\n",
    "SyntaxError",
    "arguments cannot follow var-keyword argument",
    1,
    12,
    1,
    13)
ERROR(e073_argument_may_appear_only_once, "def f(*a, *b): pass\n",
    "SyntaxError",
    "* argument may appear only once",
    1,
    11,
    1,
    12)
ERROR(e074_var_positional_argument_cannot_have_defa, "def f(*a=1): pass\n",
    "SyntaxError",
    "var-positional argument cannot have default value",
    1,
    9,
    1,
    10)
ERROR(e075_var_keyword_argument_cannot_have_default, "def f(**a=1): pass\n",
    "SyntaxError",
    "var-keyword argument cannot have default value",
    1,
    10,
    1,
    11)
ERROR(e076_invalid_syntax, "def f(/): pass\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8)
ERROR(e077_non_default_argument_follows_default_arg, "def f(a, b=1, /, c): pass\n",
    "SyntaxError",
    "non-default argument follows default argument",
    1,
    18,
    1,
    19)
ERROR(e078_arguments_cannot_follow_var_keyword_argu, "lambda **k, a: 0\n",
    "SyntaxError",
    "arguments cannot follow var-keyword argument",
    1,
    13,
    1,
    14)
ERROR(e079_named_arguments_must_follow_bare, "def f(*, **k): pass\n",
    "SyntaxError",
    "named arguments must follow bare *",
    1,
    7,
    1,
    8)
ERROR(e080_imaginary_number_required_in_complex_lit, "match x:\n  case 1 + 1: pass\n",
    "SyntaxError",
    "imaginary number required in complex literal",
    2,
    12,
    2,
    13)
ERROR(e081_real_number_required_in_complex_literal, "match x:\n case 1j + 2: pass\n",
    "SyntaxError",
    "real number required in complex literal",
    2,
    7,
    2,
    9)
ERROR(e082_cannot_use_as_a_target, "match x:\n case a as _: pass\n",
    "SyntaxError",
    "cannot use '_' as a target",
    2,
    12,
    2,
    13)
ERROR(e083_positional_patterns_follow_keyword_patte, "match x:\n case C(a=1, b): pass\n",
    "SyntaxError",
    "positional patterns follow keyword patterns",
    2,
    14,
    2,
    15)
ERROR(e084_invalid_syntax, "match x:\n case *a: pass\n",
    "SyntaxError",
    "invalid syntax",
    2,
    9,
    2,
    10)
ERROR(e085_invalid_syntax, "match x:\n case {a: 1}: pass\n",
    "SyntaxError",
    "invalid syntax",
    2,
    9,
    2,
    10)
ERROR(e086_expected, "match x\n case 1: pass\n", "SyntaxError", "expected ':'", 1, 8, 0, 0)
ERROR(e087_positional_argument_follows_keyword_argu, "f(**a, b)\n",
    "SyntaxError",
    "positional argument follows keyword argument unpacking",
    1,
    9,
    1,
    10)
ERROR(e088_invalid_syntax, "class A(x for x in y): pass\n",
    "SyntaxError",
    "invalid syntax",
    1,
    11,
    1,
    14)
ERROR(e089_invalid_syntax, "a = b = \n", "SyntaxError", "invalid syntax", 1, 9, 0, 0)
ERROR(e090_expected_an_indented_block_after_if_stat, "if x:\n",
    "IndentationError",
    "expected an indented block after 'if' statement on line 1",
    1,
    6,
    0,
    0)
ERROR(e091_expected_an_indented_block_after_functio, "def f():\n",
    "IndentationError",
    "expected an indented block after function definition on line 1",
    1,
    9,
    0,
    0)
ERROR(e092_unterminated_string_literal_detected_at_, "x = 'abc\n",
    "SyntaxError",
    "unterminated string literal (detected at line 1)",
    1,
    5,
    0,
    0)
ERROR(e093_invalid_syntax, "@\ndef f(): pass\n", "SyntaxError", "invalid syntax", 1, 2, 0, 0)
ERROR(e094_invalid_syntax, "async x\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8)
ERROR(e095_invalid_syntax, "x = not\n", "SyntaxError", "invalid syntax", 1, 8, 0, 0)
ERROR(e096_invalid_syntax, "a[1:2:3:4]\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9)
ERROR(e097_invalid_syntax, "a = 1 + * 2\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10)
ERROR(e098_invalid_syntax, "f(**)\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6)
ERROR(e099_cannot_delete_starred, "del *a\n", "SyntaxError", "cannot delete starred", 1, 5, 1, 7)
ERROR(e100_cannot_delete_starred, "del (a, *b)\n",
    "SyntaxError",
    "cannot delete starred",
    1,
    9,
    1,
    11)
ERROR(e101_cannot_use_starred_expression_here, "(*a)\n",
    "SyntaxError",
    "cannot use starred expression here",
    1,
    2,
    1,
    4)
ERROR(e102_cannot_use_starred_expression_here, "x = (*a)\n",
    "SyntaxError",
    "cannot use starred expression here",
    1,
    6,
    1,
    8)
ERROR(e103_iterable_unpacking_cannot_be_used_in_com, "[*a for a in b]\n",
    "SyntaxError",
    "iterable unpacking cannot be used in comprehension",
    1,
    2,
    1,
    4)
ERROR(e104_dict_unpacking_cannot_be_used_in_dict_co, "{**a for a in b}\n",
    "SyntaxError",
    "dict unpacking cannot be used in dict comprehension",
    1,
    2,
    1,
    4)
ERROR(e105_cannot_use_a_starred_expression_in_a_dic, "x = {a: *b}\n",
    "SyntaxError",
    "cannot use a starred expression in a dictionary value",
    1,
    9,
    1,
    11)
ERROR(e106_iterable_unpacking_cannot_be_used_in_com, "f(*a for a in b)\n",
    "SyntaxError",
    "iterable unpacking cannot be used in comprehension",
    1,
    3,
    1,
    5)
ERROR(e107_cannot_assign_to_true, "f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3, 1, 8)
ERROR(e108_expression_cannot_contain_assignment_per, "f((a)=1)\n",
    "SyntaxError",
    "expression cannot contain assignment, perhaps you meant \"==\"?",
    1,
    4,
    1,
    7)
ERROR(e109_expression_cannot_contain_assignment_per, "f(a.b=1)\n",
    "SyntaxError",
    "expression cannot contain assignment, perhaps you meant \"==\"?",
    1,
    3,
    1,
    7)
ERROR(e110_expression_cannot_contain_assignment_per, "f(1=2)\n",
    "SyntaxError",
    "expression cannot contain assignment, perhaps you meant \"==\"?",
    1,
    3,
    1,
    5)
ERROR(e111_cannot_use_assignment_expressions_with_n, "((x) := 1)\n",
    "SyntaxError",
    "cannot use assignment expressions with name",
    1,
    3,
    1,
    4)
ERROR(e112_cannot_use_assignment_expressions_with_l, "x = (1 := 2)\n",
    "SyntaxError",
    "cannot use assignment expressions with literal",
    1,
    6,
    1,
    7)
ERROR(e113_invalid_syntax, "x := 1\n", "SyntaxError", "invalid syntax", 1, 3, 1, 5)
ERROR(e114_invalid_syntax_maybe_you_meant_or_instea, "if x = 1: pass\n",
    "SyntaxError",
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    1,
    4,
    1,
    9)
ERROR(e115_invalid_syntax_maybe_you_meant_or_instea, "while x = 1: pass\n",
    "SyntaxError",
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    1,
    7,
    1,
    12)
ERROR(e116_invalid_syntax_maybe_you_meant_or_instea, "x = [a = 1]\n",
    "SyntaxError",
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    1,
    6,
    1,
    11)
ERROR(e117_expected_default_value_expression, "def f(x=):\n pass\n",
    "SyntaxError",
    "expected default value expression",
    1,
    8,
    1,
    9)
ERROR(e118_expected, "def f x:\n pass\n", "SyntaxError", "expected '('", 1, 7, 1, 8)
ERROR(e119_expected, "def f() x:\n pass\n", "SyntaxError", "expected ':'", 1, 9, 1, 10)
ERROR(e120_expected, "try:\n pass\nexcept\n pass\n", "SyntaxError", "expected ':'", 3, 7, 0, 0)
ERROR(e121_expected, "with a\n pass\n", "SyntaxError", "expected ':'", 1, 7, 0, 0)
ERROR(e122_cannot_mix_bytes_and_nonbytes_literals, "x = b'a' 'c'\n",
    "SyntaxError",
    "cannot mix bytes and nonbytes literals",
    1,
    13,
    0,
    0)
ERROR(e123_cannot_mix_bytes_and_nonbytes_literals, "x = 'a' b'c'\n",
    "SyntaxError",
    "cannot mix bytes and nonbytes literals",
    1,
    13,
    0,
    0)
ERROR(e124_cannot_mix_bytes_and_nonbytes_literals, "x = f'a' b'c'\n",
    "SyntaxError",
    "cannot mix bytes and nonbytes literals",
    1,
    14,
    0,
    0)
ERROR(e125_invalid_syntax_perhaps_you_forgot_a_comm, "x = (1 2)\n",
    "SyntaxError",
    "invalid syntax. Perhaps you forgot a comma?",
    1,
    6,
    1,
    9)
ERROR(e126_invalid_syntax_perhaps_you_forgot_a_comm, "f(a b)\n",
    "SyntaxError",
    "invalid syntax. Perhaps you forgot a comma?",
    1,
    3,
    1,
    6)
ERROR(e127_invalid_syntax_perhaps_you_forgot_a_comm, "x = {a: b c}\n",
    "SyntaxError",
    "invalid syntax. Perhaps you forgot a comma?",
    1,
    9,
    1,
    12)
ERROR(e128_missing_parentheses_in_call_to_print_did, "print a, b\n",
    "SyntaxError",
    "Missing parentheses in call to 'print'. Did you mean print(...)?",
    1,
    1,
    1,
    11)
ERROR(e129_missing_parentheses_in_call_to_print_did, "f(print a)\n",
    "SyntaxError",
    "Missing parentheses in call to 'print'. Did you mean print(...)?",
    1,
    3,
    1,
    10)
ERROR(e130_cannot_have_both_except_and_except_on_th, "try:\n  pass\nexcept A:\n  pass\nexcept* B:\n  pass\n",
    "SyntaxError",
    "cannot have both 'except' and 'except*' on the same 'try'",
    5,
    1,
    5,
    8)
ERROR(e131_expected_one_or_more_exception_types, "try:\n  pass\nexcept*:\n  pass\n",
    "SyntaxError",
    "expected one or more exception types",
    3,
    8,
    3,
    9)
ERROR(e132_invalid_syntax, "x = 'a' 1\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10)
ERROR(e133_invalid_syntax, "nonlocal\n", "SyntaxError", "invalid syntax", 1, 9, 0, 0)
ERROR(e134_invalid_syntax, "global x, 1\n", "SyntaxError", "invalid syntax", 1, 11, 1, 12)
ERROR(e135_invalid_syntax, "import a.b as c.d\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17)
ERROR(e136_invalid_syntax, "from a import (*)\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17)
ERROR(e137_invalid_syntax, "x = {**a: 1}\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10)
ERROR(e138_invalid_syntax, "x = [**a]\n", "SyntaxError", "invalid syntax", 1, 6, 1, 8)
ERROR(e139_invalid_syntax, "break x\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8)
ERROR(e140_invalid_syntax, "f(,)\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4)
ERROR(e141_invalid_syntax, "a[]\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4)
ERROR(e142_invalid_syntax, "def f(a b): pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10)
ERROR(e143_invalid_syntax, "class A:\n  def f(self):\n    pass\n  x y\n",
    "SyntaxError",
    "invalid syntax",
    4,
    5,
    4,
    6)
ERROR(e144_invalid_syntax, "x = 1 if y else\n", "SyntaxError", "invalid syntax", 1, 16, 0, 0)
ERROR(e145_invalid_syntax, "x = lambda: yield\n", "SyntaxError", "invalid syntax", 1, 13, 1, 18)
ERROR(e146_unterminated_string_literal_detected_at_, "x = = 1\ny = 'abc\n",
    "SyntaxError",
    "unterminated string literal (detected at line 2)",
    2,
    5,
    0,
    0)
ERROR(e147_was_never_closed, "y = (\nx = = 1\n", "SyntaxError", "'(' was never closed", 1, 5, 0, 0)
ERROR(e148_unindent_does_not_match_any_outer_indent, "if True:\n    x = 1\n  y = 2\n",
    "IndentationError",
    "unindent does not match any outer indentation level",
    3,
    8,
    0,
    0)
ERROR(e149_leading_zeros_in_decimal_integer_literal, "x = 0777\n",
    "SyntaxError",
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
    "integers",
    1,
    5,
    1,
    6)
ERROR(e150_invalid_syntax, "with (a as b) as c: pass\n",
    "SyntaxError",
    "invalid syntax",
    1,
    15,
    1,
    17)
ERROR(e151_f_string_empty_expression_not_allowed, "f'{}'\n",
    "SyntaxError",
    "f-string: empty expression not allowed",
    1,
    6,
    0,
    0)
ERROR(e152_f_string_expression_required_before, "f'{!r}'\n",
    "SyntaxError",
    "f-string: expression required before '!'",
    1,
    8,
    0,
    0)
ERROR(e153_expected_an_indented_block_after_if_stat, "def f():\n    if x:\ny = 1\n",
    "IndentationError",
    "expected an indented block after 'if' statement on line 2",
    3,
    0,
    0,
    0)

/*
** {==================================================================
** Precedence and associativity
** ===================================================================
*/

/* The expression fully parenthesized, for the table below. */
static void paren(mt_buf *b, const mt_ast_node *n) {
  static const char *const ops[] = {
      [MT_AST_OP_Add] = "+", [MT_AST_OP_Sub] = "-", [MT_AST_OP_Mult] = "*", [MT_AST_OP_MatMult] = "@",
      [MT_AST_OP_Div] = "/", [MT_AST_OP_Mod] = "%", [MT_AST_OP_Pow] = "**", [MT_AST_OP_LShift] = "<<",
      [MT_AST_OP_RShift] = ">>", [MT_AST_OP_BitOr] = "|", [MT_AST_OP_BitXor] = "^", [MT_AST_OP_BitAnd] = "&",
      [MT_AST_OP_FloorDiv] = "//", [MT_AST_OP_And] = "and", [MT_AST_OP_Or] = "or", [MT_AST_OP_Invert] = "~",
      [MT_AST_OP_Not] = "not ", [MT_AST_OP_UAdd] = "+", [MT_AST_OP_USub] = "-", [MT_AST_OP_Eq] = "==",
      [MT_AST_OP_NotEq] = "!=", [MT_AST_OP_Lt] = "<", [MT_AST_OP_LtE] = "<=", [MT_AST_OP_Gt] = ">",
      [MT_AST_OP_GtE] = ">=", [MT_AST_OP_Is] = "is", [MT_AST_OP_IsNot] = "is not", [MT_AST_OP_In] = "in",
      [MT_AST_OP_NotIn] = "not in",
  };
  switch (n->kind) {
    case MT_AST_Name: mt_buf_puts(b, n->v.Name.id->s); break;
    case MT_AST_Constant: mt_buf_append(b, n->v.Constant.value.u.bytes, n->v.Constant.value.len); break;
    case MT_AST_BinOp:
      mt_buf_putc(b, '(');
      paren(b, n->v.BinOp.left);
      mt_buf_printf(b, " %s ", ops[n->v.BinOp.op]);
      paren(b, n->v.BinOp.right);
      mt_buf_putc(b, ')');
      break;
    case MT_AST_UnaryOp:
      mt_buf_printf(b, "(%s", ops[n->v.UnaryOp.op]);
      paren(b, n->v.UnaryOp.operand);
      mt_buf_putc(b, ')');
      break;
    case MT_AST_BoolOp:
      mt_buf_putc(b, '(');
      for (uint32_t i = 0; i < n->v.BoolOp.values.len; i++) {
        if (i) mt_buf_printf(b, " %s ", ops[n->v.BoolOp.op]);
        paren(b, n->v.BoolOp.values.items[i]);
      }
      mt_buf_putc(b, ')');
      break;
    case MT_AST_Compare:
      mt_buf_putc(b, '(');
      paren(b, n->v.Compare.left);
      for (uint32_t i = 0; i < n->v.Compare.ops.len; i++) {
        mt_buf_printf(b, " %s ", ops[n->v.Compare.ops.items[i]]);
        paren(b, n->v.Compare.comparators.items[i]);
      }
      mt_buf_putc(b, ')');
      break;
    case MT_AST_IfExp:
      mt_buf_putc(b, '(');
      paren(b, n->v.IfExp.body);
      mt_buf_puts(b, " if ");
      paren(b, n->v.IfExp.test);
      mt_buf_puts(b, " else ");
      paren(b, n->v.IfExp.orelse);
      mt_buf_putc(b, ')');
      break;
    case MT_AST_Lambda:
      mt_buf_puts(b, "(lambda: ");
      paren(b, n->v.Lambda.body);
      mt_buf_putc(b, ')');
      break;
    case MT_AST_Await:
      mt_buf_puts(b, "(await ");
      paren(b, n->v.Await.value);
      mt_buf_putc(b, ')');
      break;
    case MT_AST_NamedExpr:
      mt_buf_putc(b, '(');
      paren(b, n->v.NamedExpr.target);
      mt_buf_puts(b, " := ");
      paren(b, n->v.NamedExpr.value);
      mt_buf_putc(b, ')');
      break;
    case MT_AST_Call:
      paren(b, n->v.Call.func);
      mt_buf_puts(b, "()");
      break;
    case MT_AST_Attribute:
      paren(b, n->v.Attribute.value);
      mt_buf_printf(b, ".%s", n->v.Attribute.attr->s);
      break;
    case MT_AST_Subscript:
      paren(b, n->v.Subscript.value);
      mt_buf_putc(b, '[');
      paren(b, n->v.Subscript.slice);
      mt_buf_putc(b, ']');
      break;
    default: cr_assert_fail("unexpected node %s", mt_ast_kind_name(n->kind));
  }
}

/* Fully parenthesized forms from CPython 3.11's ast for the same source. */
static const struct {
  const char *src, *expected;
} precedence[] = {
  {"-2 ** 2", "(-(2 ** 2))"},
  {"2 ** -1", "(2 ** (-1))"},
  {"a ** b ** c", "(a ** (b ** c))"},
  {"-a ** -b", "(-(a ** (-b)))"},
  {"~a ** b", "(~(a ** b))"},
  {"a * b ** c", "(a * (b ** c))"},
  {"a + b * c", "(a + (b * c))"},
  {"a * b + c", "((a * b) + c)"},
  {"a - b - c", "((a - b) - c)"},
  {"a / b / c", "((a / b) / c)"},
  {"a // b * c % d @ e", "((((a // b) * c) % d) @ e)"},
  {"a + b << c", "((a + b) << c)"},
  {"a << b >> c", "((a << b) >> c)"},
  {"a & b << c", "(a & (b << c))"},
  {"a ^ b & c", "(a ^ (b & c))"},
  {"a | b ^ c", "(a | (b ^ c))"},
  {"a | b & c ^ d", "(a | ((b & c) ^ d))"},
  {"-a + b", "((-a) + b)"},
  {"- - a", "(-(-a))"},
  {"+-~a", "(+(-(~a)))"},
  {"a < b + c", "(a < (b + c))"},
  {"a < b < c", "(a < b < c)"},
  {"a == b | c", "(a == (b | c))"},
  {"not a == b", "(not (a == b))"},
  {"not a and b", "((not a) and b)"},
  {"a and not b", "(a and (not b))"},
  {"not not a", "(not (not a))"},
  {"a or b and c", "(a or (b and c))"},
  {"a and b or c", "((a and b) or c)"},
  {"a or b or c", "(a or b or c)"},
  {"a and b and c", "(a and b and c)"},
  {"(a or b) or c", "((a or b) or c)"},
  {"a if b else c", "(a if b else c)"},
  {"a if b else c if d else e", "(a if b else (c if d else e))"},
  {"(a if b else c) if d else e", "((a if b else c) if d else e)"},
  {"a or b if c and d else e", "((a or b) if (c and d) else e)"},
  {"lambda: a if b else c", "(lambda: (a if b else c))"},
  {"lambda: lambda: a", "(lambda: (lambda: a))"},
  {"a if b else lambda: c", "(a if b else (lambda: c))"},
  {"not a < b < c", "(not (a < b < c))"},
  {"a in b not in c is d is not e", "(a in b not in c is d is not e)"},
  {"a is not b", "(a is not b)"},
  {"a not in b", "(a not in b)"},
  {"a + (b + c)", "(a + (b + c))"},
  {"(a + b) * c", "((a + b) * c)"},
  {"a ** (b ** c)", "(a ** (b ** c))"},
  {"(-a) ** b", "((-a) ** b)"},
  {"a.b ** c", "(a.b ** c)"},
  {"f() ** g()", "(f() ** g())"},
  {"a[b] * c.d", "(a[b] * c.d)"},
  {"-a.b", "(-a.b)"},
  {"not a.b(c)", "(not a.b())"},
  {"a < not_b", "(a < not_b)"},
  {"(a := b + c)", "(a := (b + c))"},
  {"a | b < c & d", "((a | b) < (c & d))"},
  {"a >> b < c << d", "((a >> b) < (c << d))"},
  {"a or not b and c", "(a or ((not b) and c))"},
  {"a + b if c else d - e", "((a + b) if c else (d - e))"},
  /* async */
  {"await a ** b", "((await a) ** b)"},
  {"-await a", "(-(await a))"},
  {"await a + b", "((await a) + b)"},
};

Test(precedence, table) {
  for (size_t i = 0; i < MT_ARRAY_LEN(precedence); i++) {
    const char *src = precedence[i].src;
    bool async = strncmp(src, "await", 5) == 0 || strncmp(src, "-await", 6) == 0;
    mt_buf text = MT_BUF_INIT, out = MT_BUF_INIT;
    mt_buf_printf(&text, async ? "async def f():\n  (%s)\n" : "%s\n", src);
    mt_ast_arena arena;
    mt_ast_arena_init(&arena, 0);
    mt_syntax_error err;
    mt_ast_node *m = mt_parse(&arena, text.data, text.len, &err);
    cr_assert_not_null(m, "%s: %s", src, err.msg);
    const mt_ast_node *stmt = m->v.Module.body.items[0];
    if (async) stmt = stmt->v.AsyncFunctionDef.body.items[0];
    paren(&out, stmt->v.Expr.value);
    cr_expect_str_eq(out.data, precedence[i].expected, "source: %s", src);
    mt_ast_arena_free(&arena);
    mt_buf_free(&text);
    mt_buf_free(&out);
  }
}

/*
** {==================================================================
** Nesting and size bombs: errors or trees, never crashes
** ===================================================================
*/

/* n copies of s followed by tail. */
static char *repeat(const char *s, size_t n, const char *tail) {
  mt_buf b = MT_BUF_INIT;
  for (size_t i = 0; i < n; i++) mt_buf_puts(&b, s);
  mt_buf_puts(&b, tail);
  return b.data;
}

static mt_syntax_error parse_status(const char *src, mt_ast_node **tree, mt_ast_arena *arena) {
  mt_syntax_error err;
  mt_ast_arena_init(arena, 0);
  *tree = mt_parse(arena, src, strlen(src), &err);
  return err;
}

/* CPython allows 200 open brackets and reports the 201st. */
Test(limits, brackets_201_too_many) {
  char *open = repeat("(", 201, ""), *close = repeat(")", 201, "\n");
  char *text = malloc(strlen(open) + strlen(close) + 1);
  strcpy(text, open);
  strcat(text, close);
  expect_error(text, "SyntaxError", "too many nested parentheses", 1, 201, 0, 0);
  free(text);
  free(open);
  free(close);
}

Test(limits, brackets_200_parse) {
  char *open = repeat("[", 200, "1"), *close = repeat("]", 200, "\n");
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, open);
  mt_buf_puts(&b, close);
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(b.data, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  cr_assert_eq(tree->depth, 200 + 3);
  mt_buf out = MT_BUF_INIT;
  cr_assert_eq(mt_ast_dump(tree, &out), 0);
  mt_buf_free(&out);
  mt_ast_arena_free(&arena);
  mt_buf_free(&b);
  free(open);
  free(close);
}

Test(limits, not_1000_is_too_deep) {
  char *src = repeat("not ", 1000, "a\n");
  expect_error(src, "SyntaxError", "too many nested expressions", 1, 1, 0, 0);
  free(src);
}

Test(limits, not_990_parses) {
  char *src = repeat("not ", 990, "a\n");
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(src, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  cr_assert_eq(tree->depth, 990 + 3);
  mt_ast_arena_free(&arena);
  free(src);
}

/* Each conditional pushes about four parser-stack entries before any
** reduction: 990 of them (the AST's depth limit allows 1000) take the
** stack from its first 64 entries to close to its 4000-entry cap. */
Test(limits, ifexp_990_grows_parser_stack) {
  char *src = repeat("1 if x else ", 990, "1\n");
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(src, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  cr_assert_eq(tree->depth, 990 + 3);
  mt_ast_arena_free(&arena);
  free(src);
}

/* Past the parser stack's cap: a clean SyntaxError, the grown stack freed
** (the ASan trees check the leak). */
Test(limits, ifexp_1100_overflows_parser_stack) {
  char *src = repeat("1 if x else ", 1100, "1\n");
  char *got = parse(src);
  cr_assert(strncmp(got, "SyntaxError: too many nested expressions", 40) == 0, "%s", got);
  free(got);
  free(src);
}

/* A long input: 100000 statements parse without a deep parser stack. */
Test(limits, long_input_parses) {
  char *src = repeat("x = [1, (2, 3), {4: 5}]\n", 100000, "");
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(src, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  cr_assert_eq(tree->kind, MT_AST_Module);
  mt_ast_arena_free(&arena);
  free(src);
}

Test(limits, unary_minus_100000) {
  char *src = repeat("-", 100000, "1\n");
  char *got = parse(src);
  cr_assert(strncmp(got, "SyntaxError: too many nested expressions", 40) == 0, "%s", got);
  free(got);
  free(src);
}

Test(limits, power_chain_100000) {
  char *src = repeat("2**", 100000, "2\n");
  char *got = parse(src);
  cr_assert(strncmp(got, "SyntaxError: too many nested expressions", 40) == 0, "%s", got);
  free(got);
  free(src);
}

Test(limits, plus_chain_100000) {
  char *src = repeat("a+", 99999, "a\n");
  char *got = parse(src);
  cr_assert(strncmp(got, "SyntaxError: too many nested expressions", 40) == 0, "%s", got);
  free(got);
  free(src);
}

Test(limits, lambda_chain_3000) {
  char *src = repeat("lambda: ", 3000, "1\n");
  char *got = parse(src);
  cr_assert(strncmp(got, "SyntaxError: too many nested expressions", 40) == 0, "%s", got);
  free(got);
  free(src);
}

Test(limits, elif_chain_3000) {
  char *src = repeat("elif x: pass\n", 3000, "");
  char *text = malloc(strlen(src) + 16);
  strcpy(text, "if x: pass\n");
  strcat(text, src);
  char *got = parse(text);
  cr_assert(strncmp(got, "SyntaxError: too many nested expressions", 40) == 0, "%s", got);
  free(got);
  free(text);
  free(src);
}

Test(limits, elif_chain_500_parses) {
  char *src = repeat("elif x: pass\n", 500, "else: pass\n");
  char *text = malloc(strlen(src) + 16);
  strcpy(text, "if x: pass\n");
  strcat(text, src);
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(text, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  const mt_ast_node *n = tree->v.Module.body.items[0];
  uint32_t chain = 1;
  while (n->v.If.orelse.len == 1 && n->v.If.orelse.items[0]->kind == MT_AST_If) {
    n = n->v.If.orelse.items[0];
    chain++;
  }
  cr_assert_eq(chain, 501);
  cr_assert_eq(n->v.If.orelse.items[0]->kind, MT_AST_Pass);
  mt_ast_arena_free(&arena);
  free(text);
  free(src);
}

/* 100 nested blocks are CPython's limit too: "too many levels of indentation". */
static char *nested_blocks(int n) {
  mt_buf b = MT_BUF_INIT;
  for (int i = 0; i < n; i++) mt_buf_printf(&b, "%*sif x:\n", i, "");
  mt_buf_printf(&b, "%*spass\n", n, "");
  return b.data;
}

Test(limits, blocks_100) {
  char *src = nested_blocks(100);
  expect_error(src, "IndentationError", "too many levels of indentation", 101, 1, 0, 0);
  free(src);
}

Test(limits, blocks_99_parse) {
  char *src = nested_blocks(99);
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(src, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  mt_ast_arena_free(&arena);
  free(src);
}

Test(limits, one_megabyte_of_assignments) {
  size_t lines = (1u << 20) / 6 + 1;
  char *src = repeat("x = 1\n", lines, "");
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(src, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  cr_assert_eq(tree->v.Module.body.len, lines);
  cr_assert_eq(tree->v.Module.body.items[lines - 1]->line, lines);
  mt_ast_arena_free(&arena);
  free(src);
}

Test(limits, list_of_100000_elements) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, "x = [");
  for (int i = 0; i < 100000; i++) mt_buf_printf(&b, "%d, ", i);
  mt_buf_puts(&b, "]\n");
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(b.data, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  const mt_ast_node *list = tree->v.Module.body.items[0]->v.Assign.value;
  cr_assert_eq(list->kind, MT_AST_List);
  cr_assert_eq(list->v.List.elts.len, 100000);
  cr_assert_str_eq(list->v.List.elts.items[99999]->v.Constant.value.u.bytes, "99999");
  mt_ast_arena_free(&arena);
  mt_buf_free(&b);
}

Test(limits, or_chain_100000_is_flat) {
  char *src = repeat("a or ", 99999, "a\n");
  mt_ast_arena arena;
  mt_ast_node *tree;
  mt_syntax_error err = parse_status(src, &tree, &arena);
  cr_assert_not_null(tree, "%s", err.msg);
  const mt_ast_node *e = tree->v.Module.body.items[0]->v.Expr.value;
  cr_assert_eq(e->kind, MT_AST_BoolOp);
  cr_assert_eq(e->v.BoolOp.values.len, 100000);
  cr_assert_eq(e->depth, 2);
  mt_ast_arena_free(&arena);
  free(src);
}

Test(limits, arena_limit_is_memory_error) {
  char *src = repeat("x = [1, 2, 3]\n", 20000, "");
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 256u << 10);
  mt_syntax_error err;
  cr_assert_null(mt_parse(&arena, src, strlen(src), &err));
  cr_assert_eq(err.kind, MT_SE_MEMORY);
  cr_assert(arena.total <= 256u << 10);
  mt_ast_arena_free(&arena);
  free(src);
}

/*
** {==================================================================
** Randomized inputs: token soups and mutated programs
** ===================================================================
*/

typedef struct {
  uint64_t s;
} prng;

static uint64_t next_rand(prng *r) { /* xorshift64* */
  r->s ^= r->s >> 12;
  r->s ^= r->s << 25;
  r->s ^= r->s >> 27;
  return r->s * 0x2545F4914F6CDD1DULL;
}

/* Parse and, when it parses, dump: neither may crash, and a failure must
** come with a positioned message. */
static void survive(const char *src, size_t n) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 64u << 20);
  mt_syntax_error err;
  mt_ast_node *tree = mt_parse(&arena, src, n, &err);
  if (tree) {
    mt_buf out = MT_BUF_INIT;
    cr_assert_eq(mt_ast_dump(tree, &out), 0);
    cr_assert(tree->depth <= MT_AST_MAX_DEPTH);
    mt_buf_free(&out);
  } else {
    cr_assert_neq(err.kind, MT_SE_NONE);
    cr_assert(err.msg[0] != '\0' || err.kind == MT_SE_MEMORY);
  }
  mt_ast_arena_free(&arena);
}

static const char *const vocabulary[] = {
    "x", "y", "_", "match", "case", "1", "2.5", "3j", "0x1f", "'s'", "b'b'", "f'{x}'", "f'{x!r:>{y}}'", "rf'{x=}'",
    "\"\"\"doc\"\"\"", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", "==", ":=", "+", "-", "*", "**",
    "/", "//", "%", "@", "|", "&", "^", "~", "<<", ">>", "<", ">", "<=", ">=", "!=", "->", "+=", "**=", "if", "elif",
    "else", "for", "in", "not", "is", "and", "or", "while", "def", "class", "return", "yield", "from", "import",
    "as", "with", "try", "except", "except*", "finally", "raise", "lambda", "async", "await", "del", "pass",
    "break", "continue", "global", "nonlocal", "assert", "None", "True", "False", "\n", "\n    ", "\n        ",
    "\\\n", "#c\n",
};

Test(fuzz, token_soups) {
  prng r = {0x9E3779B97F4A7C15ULL};
  mt_buf b = MT_BUF_INIT;
  for (int iter = 0; iter < 4000; iter++) {
    mt_buf_clear(&b);
    int n = 1 + (int)(next_rand(&r) % 40);
    for (int i = 0; i < n; i++) {
      mt_buf_puts(&b, vocabulary[next_rand(&r) % MT_ARRAY_LEN(vocabulary)]);
      mt_buf_putc(&b, ' ');
    }
    survive(b.data, b.len);
  }
  mt_buf_free(&b);
}

static const char *const seeds[] = {
    "def f(a, b=1, *c, d, **e) -> int:\n    return [x for x in a if x] + {k: v for k, v in e.items()}\n",
    "class A(B, metaclass=M):\n    @property\n    def x(self):\n        return f'{self.y!r:>{10}}'\n",
    "match p:\n    case Point(x=0, y=0) | [1, *_] | {'k': v, **r}:\n        pass\n    case _ if g:\n        pass\n",
    "try:\n    with (open(a) as f, open(b) as g):\n        x, *y = z = yield from w\nexcept* E as e:\n    raise T from e\n",
    "async def g():\n    async for i in aiter():\n        await i ** 2\n    return (lambda q, /, r=1: q if r else -q)\n",
    "import a.b as c\nfrom ..x import (y, z,)\nglobal q\nx[1:2, ::3] += ~a @ b // c % d << e | f ^ g & h\n",
    "while (n := n - 1) > 0:\n    del a[n], b.c\nelse:\n    assert not x in y is not z, 'msg'\n",
};

Test(fuzz, mutated_programs) {
  prng r = {0xD1B54A32D192ED03ULL};
  static const char bytes[] = "()[]{}:,;.=+-*/%@|&^~<>!'\"\\#\n\t xyf01jbr_";
  mt_buf b = MT_BUF_INIT;
  for (int iter = 0; iter < 4000; iter++) {
    const char *seed = seeds[next_rand(&r) % MT_ARRAY_LEN(seeds)];
    mt_buf_clear(&b);
    mt_buf_puts(&b, seed);
    int edits = 1 + (int)(next_rand(&r) % 4);
    for (int e = 0; e < edits && b.len > 0; e++) {
      size_t at = next_rand(&r) % b.len;
      char c = bytes[next_rand(&r) % (sizeof bytes - 1)];
      switch (next_rand(&r) % 3) {
        case 0: b.data[at] = c; break;                                       /* replace */
        case 1: memmove(b.data + at, b.data + at + 1, b.len - at); b.len--; break; /* delete */
        default: {                                                           /* insert */
          mt_buf_putc(&b, ' ');
          memmove(b.data + at + 1, b.data + at, b.len - at - 1);
          b.data[at] = c;
        }
      }
    }
    survive(b.data, b.len);
  }
  mt_buf_free(&b);
}

Test(fuzz, every_prefix_of_a_program) {
  const char *src = seeds[3];
  for (size_t n = 0; n <= strlen(src); n++) survive(src, n);
}

/*
** {==================================================================
** Tree details the dump does not show
** ===================================================================
*/

Test(tree, positions) {
  const char *src = "x = f(a,\n      b.c)  # call\nif é:\n    y[1] += 2\n";
  mt_ast_arena arena;
  mt_ast_node *m;
  mt_syntax_error err = parse_status(src, &m, &arena);
  cr_assert_not_null(m, "%s", err.msg);
  const mt_ast_node *assign = m->v.Module.body.items[0], *call = assign->v.Assign.value;
  cr_assert_eq(assign->line, 1);
  cr_assert_eq(assign->col, 1);
  cr_assert_eq(assign->end_line, 2);
  cr_assert_eq(assign->end_col, 11);
  cr_assert_eq(call->col, 5);
  const mt_ast_node *attr = call->v.Call.args.items[1];
  cr_assert_eq(attr->line, 2);
  cr_assert_eq(attr->col, 7);
  cr_assert_eq(attr->end_col, 10);
  const mt_ast_node *ifs = m->v.Module.body.items[1], *test = ifs->v.If.test;
  cr_assert_eq(test->line, 3);
  cr_assert_eq(test->col, 4); /* columns count code points: é is one */
  cr_assert_eq(test->end_col, 5);
  const mt_ast_node *aug = ifs->v.If.body.items[0];
  cr_assert_eq(aug->line, 4);
  cr_assert_eq(aug->col, 5);
  cr_assert_eq(aug->end_col, 14);
  cr_assert_eq(ifs->end_line, 4);
  mt_ast_arena_free(&arena);
}

Test(tree, identifiers_are_interned) {
  mt_ast_arena arena;
  mt_ast_node *m;
  mt_syntax_error err = parse_status("spam = spam.eggs(eggs)\n", &m, &arena);
  cr_assert_not_null(m, "%s", err.msg);
  const mt_ast_node *assign = m->v.Module.body.items[0], *call = assign->v.Assign.value;
  const mt_ast_node *attr = call->v.Call.func;
  cr_assert_eq(assign->v.Assign.targets.items[0]->v.Name.id, attr->v.Attribute.value->v.Name.id);
  cr_assert_eq(attr->v.Attribute.attr, call->v.Call.args.items[0]->v.Name.id);
  cr_assert_str_eq(attr->v.Attribute.attr->s, "eggs");
  mt_ast_arena_free(&arena);
}

Test(tree, literal_values) {
  mt_ast_arena arena;
  mt_ast_node *m;
  mt_syntax_error err = parse_status("0x_ff_ff; 1_0.5e1_0; 2_5j; 'a\\x00b'; b'\\xff'\n", &m, &arena);
  cr_assert_not_null(m, "%s", err.msg);
  const mt_ast_seq *body = &m->v.Module.body;
  const mt_ast_const *hex = &body->items[0]->v.Expr.value->v.Constant.value;
  cr_assert_eq(hex->kind, MT_AST_CONST_INT);
  cr_assert_eq(hex->base, 16);
  cr_assert_str_eq(hex->u.bytes, "ffff");
  const mt_ast_const *fl = &body->items[1]->v.Expr.value->v.Constant.value;
  cr_assert_eq(fl->kind, MT_AST_CONST_FLOAT);
  cr_assert_float_eq(fl->u.f, 10.5e10, 1e-3);
  const mt_ast_const *im = &body->items[2]->v.Expr.value->v.Constant.value;
  cr_assert_eq(im->kind, MT_AST_CONST_IMAG);
  cr_assert_float_eq(im->u.f, 25.0, 0);
  const mt_ast_const *s = &body->items[3]->v.Expr.value->v.Constant.value;
  cr_assert_eq(s->kind, MT_AST_CONST_STR);
  cr_assert_eq(s->len, 3);
  cr_assert(memcmp(s->u.bytes, "a\0b", 3) == 0);
  const mt_ast_const *by = &body->items[4]->v.Expr.value->v.Constant.value;
  cr_assert_eq(by->kind, MT_AST_CONST_BYTES);
  cr_assert_eq((unsigned char)by->u.bytes[0], 0xFF);
  mt_ast_arena_free(&arena);
}

Test(tree, decimal_literal_digit_limit) {
  char *src = repeat("1", 4301, "\n");
  expect_error(src, "SyntaxError",
               "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
               "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
               "literals to avoid decimal conversion limits.",
               1, 0, 0, 0);
  free(src);
  src = repeat("1", 4300, "\n");
  char *got = parse(src);
  cr_assert(strncmp(got, "Module(body=[Expr(value=Constant(value=1111", 43) == 0);
  free(got);
  free(src);
}
