/*
** test_compile.c: the compiler, checked through the disassembler: small
** programs and the exact code expected (written by hand from the
** instruction semantics in opcodes.h), compile-time errors with CPython
** 3.11's messages and positions, and limits.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "proto.h"

/* Compile src or fail the test with the error. */
static mt_compiled *compile_ok(const char *src) {
  mt_syntax_error err = {0};
  mt_compiled *u = mt_compile_source(src, strlen(src), "main.py", &err);
  cr_assert(u, "compile failed: %s (%u:%u)", err.msg, err.line, err.col);
  char msg[200];
  cr_assert_eq(mt_proto_verify(u->main, msg, sizeof msg), 0, "verify: %s", msg);
  return u;
}

static const mt_proto *find_proto(const mt_proto *p, const char *qualname) {
  if (strcmp(p->names[p->qualname].s, qualname) == 0) return p;
  for (uint32_t i = 0; i < p->nprotos; i++) {
    const mt_proto *q = find_proto(p->protos[i], qualname);
    if (q) return q;
  }
  return NULL;
}

/* The instructions of one proto as the disassembler prints them, without
** the pc and line columns, then its exception-table lines. */
static char *listing(const mt_proto *p) {
  mt_buf b = MT_BUF_INIT, out = MT_BUF_INIT;
  cr_assert_eq(mt_proto_dump(p, &b), 0);
  char *save = NULL;
  bool first = true;
  for (char *line = strtok_r(b.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (strncmp(line, "proto ", 6) == 0) {
      if (!first) break; /* the nested protos follow */
      first = false;
      continue;
    }
    if (strncmp(line, "  vars:", 7) == 0) continue;
    const char *text = strncmp(line, "  handler", 9) == 0 ? line + 2 : line + 11;
    mt_buf_puts(&out, text);
    mt_buf_putc(&out, '\n');
  }
  mt_buf_free(&b);
  return out.data;
}

static void check(const char *src, const char *qualname, const char *expected) {
  mt_compiled *u = compile_ok(src);
  const mt_proto *p = find_proto(u->main, qualname);
  cr_assert(p, "no proto %s", qualname);
  char *got = listing(p);
  cr_assert_str_eq(got, expected, "code of %s:\n%s\nexpected:\n%s", qualname, got, expected);
  free(got);
  mt_compile_free(u);
}

static void check_error(const char *src, const char *msg, uint32_t line, uint32_t col,
                        uint32_t end_line, uint32_t end_col) {
  mt_syntax_error err = {0};
  mt_compiled *u = mt_compile_source(src, strlen(src), "main.py", &err);
  cr_assert_null(u, "compiled: %s", src);
  cr_assert_eq(err.kind, MT_SE_SYNTAX);
  cr_assert_str_eq(err.msg, msg);
  cr_assert_eq(err.line, line, "line %u", err.line);
  cr_assert_eq(err.col, col, "col %u", err.col);
  cr_assert_eq(err.end_line, end_line, "end_line %u", err.end_line);
  cr_assert_eq(err.end_col, end_col, "end_col %u", err.end_col);
}

/*
** {==================================================================
** Code
** ===================================================================
*/

Test(compile, module_globals) {
  check("x = 1\n"
        "y = x\n",
        "<module>",
        "LOADI r0 1\n"
        "SETGLOBAL r0 x\n"
        "GETGLOBAL r0 x\n"
        "SETGLOBAL r0 y\n"
        "RETURNNONE\n");
}

Test(compile, module_last_expression_is_result) {
  check("x = 2\n"
        "x * 3\n",
        "<module>",
        "LOADI r0 2\n"
        "SETGLOBAL r0 x\n"
        "GETGLOBAL r0 x\n"
        "MULK r0 r0 3\n"
        "RETURN r0\n");
}

Test(compile, module_last_none_returns_none) {
  check("f()\n"
        "None\n",
        "<module>",
        "GETCALLEE r0 f\n"
        "CALL r0 0 0\n"
        "RETURNNONE\n");
}

Test(compile, local_move) {
  check("def f(a):\n"
        "    b = a\n"
        "    return b\n",
        "f",
        "MOVE r1 r0\n"
        "RETURN r1\n");
}

Test(compile, constants) {
  check("def f():\n"
        "    return 100000, -1, 1.5, 's', b'b', None, True, ..., 2j\n",
        "f",
        "LOADK r0 (100000, -1, 1.5, 's', b'b', None, True, Ellipsis, 2j)\n"
        "RETURN r0\n");
}

Test(compile, big_int_constant) {
  check("x = 123456789012345678901234567890\n"
        "y = 0xffffffffffffffffffff\n",
        "<module>",
        "LOADK r0 123456789012345678901234567890\n"
        "SETGLOBAL r0 x\n"
        "LOADK r0 0xffffffffffffffffffff\n"
        "SETGLOBAL r0 y\n"
        "RETURNNONE\n");
}

Test(compile, binary_ops_register_and_constant_forms) {
  check("def f(a, b):\n"
        "    return a - b, a * 3, 3 * a, a / b, a // 2, a % b, a ** 2, a @ b, a << 1, a >> b, a & 1, a | b, a ^ 2\n",
        "f",
        "SUB r2 r0 r1\n"
        "MULK r3 r0 3\n"
        "LOADI r4 3\n"
        "MUL r4 r4 r0\n"
        "TRUEDIV r5 r0 r1\n"
        "FLOORDIVK r6 r0 2\n"
        "MOD r7 r0 r1\n"
        "POWK r8 r0 2\n"
        "MATMUL r9 r0 r1\n"
        "LSHIFTK r10 r0 1\n"
        "RSHIFT r11 r0 r1\n"
        "BITANDK r12 r0 1\n"
        "BITOR r13 r0 r1\n"
        "BITXORK r14 r0 2\n"
        "BUILDTUPLE r2 r2 13\n"
        "RETURN r2\n");
}

Test(compile, unary_ops) {
  check("def f(a):\n"
        "    return -a, +a, ~a, not a\n",
        "f",
        "NEG r1 r0\n"
        "POS r2 r0\n"
        "INVERT r3 r0\n"
        "NOT r4 r0\n"
        "BUILDTUPLE r1 r1 4\n"
        "RETURN r1\n");
}

Test(compile, fold_numbers) {
  check("x = 2 ** 10 + 3 * 4 - 7 // 2 % 3\n"
        "y = 7 / 2\n"
        "z = -(-5)\n"
        "w = ~5 + 1.5 * 2\n",
        "<module>",
        "LOADI r0 1036\n"
        "SETGLOBAL r0 x\n"
        "LOADK r0 3.5\n"
        "SETGLOBAL r0 y\n"
        "LOADI r0 5\n"
        "SETGLOBAL r0 z\n"
        "LOADK r0 -3.0\n"
        "SETGLOBAL r0 w\n"
        "RETURNNONE\n");
}

Test(compile, fold_strings_bounded) {
  check("x = 'ab' * 3 + 'c'\n"
        "y = 'a' * 5000\n"
        "z = b'x' + b'y'\n",
        "<module>",
        "LOADK r0 'abababc'\n"
        "SETGLOBAL r0 x\n"
        "LOADK r0 'a'\n"
        "MULK r0 r0 5000\n"
        "SETGLOBAL r0 y\n"
        "LOADK r0 b'xy'\n"
        "SETGLOBAL r0 z\n"
        "RETURNNONE\n");
}

Test(compile, no_fold_when_it_raises_or_overflows) {
  check("x = 1 // 0\n"
        "y = 1 << 70\n"
        "z = 10 ** 30\n"
        "w = 1.0 / 0.0\n",
        "<module>",
        "LOADI r0 1\n"
        "FLOORDIVK r0 r0 0\n"
        "SETGLOBAL r0 x\n"
        "LOADI r0 1\n"
        "LSHIFTK r0 r0 70\n"
        "SETGLOBAL r0 y\n"
        "LOADI r0 10\n"
        "POWK r0 r0 30\n"
        "SETGLOBAL r0 z\n"
        "LOADK r0 1.0\n"
        "TRUEDIVK r0 r0 0.0\n"
        "SETGLOBAL r0 w\n"
        "RETURNNONE\n");
}

Test(compile, comparisons_as_values) {
  check("def f(a, b):\n"
        "    return a < b, a == 1, a is None, a is not None, a in b, a not in (1, 2), a in [1, 2, 3]\n",
        "f",
        "LT r2 r0 r1\n"
        "LOADI r3 1\n"
        "EQ r3 r0 r3\n"
        "LOADNONE r4\n"
        "IS r4 r0 r4\n"
        "LOADNONE r5\n"
        "ISNOT r5 r0 r5\n"
        "IN r6 r0 r1\n"
        "LOADK r7 (1, 2)\n"
        "NOTIN r7 r0 r7\n"
        "LOADK r8 (1, 2, 3)\n"
        "IN r8 r0 r8\n"
        "BUILDTUPLE r2 r2 7\n"
        "RETURN r2\n");
}

Test(compile, chained_comparison_value) {
  check("def f(a, b, c):\n"
        "    return a < b <= c\n",
        "f",
        "IFLT r0 r1 0\n"
        "JMP ->4\n"
        "LE r3 r1 r2\n"
        "JMP ->6\n"
        "LOADBOOL r3 0 1\n"
        "LOADBOOL r3 1 0\n"
        "RETURN r3\n");
}

Test(compile, chained_comparison_evaluates_middle_once) {
  check("def f(a):\n"
        "    return 0 < g(a) < 10\n",
        "f",
        "LOADI r1 0\n"
        "GETCALLEE r2 g\n"
        "MOVE r3 r0\n"
        "CALL r2 1 0\n"
        "IFLT r1 r2 0\n"
        "JMP ->10\n"
        "MOVE r1 r2\n"
        "LOADI r2 10\n"
        "LT r1 r1 r2\n"
        "JMP ->12\n"
        "LOADBOOL r1 0 1\n"
        "LOADBOOL r1 1 0\n"
        "RETURN r1\n");
}

Test(compile, not_in_folded) {
  check("def f(a, b):\n"
        "    return not a in b, not a is b\n",
        "f",
        "NOTIN r2 r0 r1\n"
        "ISNOT r3 r0 r1\n"
        "BUILDTUPLE r2 r2 2\n"
        "RETURN r2\n");
}

Test(compile, and_or_values) {
  check("def f(a, b):\n"
        "    return a and b or 3\n",
        "f",
        "TEST r0 0\n"
        "JMP ->4\n"
        "TESTSET r2 r1 1\n"
        "JMP ->5\n"
        "LOADI r2 3\n"
        "RETURN r2\n");
}

Test(compile, and_in_condition) {
  check("def f(a, b):\n"
        "    if a and b:\n"
        "        return 1\n"
        "    return 2\n",
        "f",
        "TEST r0 0\n"
        "JMP ->6\n"
        "TEST r1 0\n"
        "JMP ->6\n"
        "LOADI r2 1\n"
        "RETURN r2\n"
        "LOADI r2 2\n"
        "RETURN r2\n");
}

Test(compile, or_not_in_condition) {
  check("def f(a, b):\n"
        "    if not (a or b):\n"
        "        a = 1\n"
        "    else:\n"
        "        a = 2\n"
        "    return a\n",
        "f",
        "TEST r0 1\n"
        "JMP ->6\n"
        "TEST r1 1\n"
        "JMP ->6\n"
        "LOADI r0 1\n"
        "JMP ->7\n"
        "LOADI r0 2\n"
        "RETURN r0\n");
}

Test(compile, comparison_jumps) {
  check("def f(a, b, c):\n"
        "    if a < b < c:\n"
        "        return 1\n",
        "f",
        "IFLT r0 r1 0\n"
        "JMP ->6\n"
        "IFLT r1 r2 0\n"
        "JMP ->6\n"
        "LOADI r3 1\n"
        "RETURN r3\n"
        "RETURNNONE\n");
}

Test(compile, constant_test_forms) {
  check("def f(a):\n"
        "    if a == 'x' or a >= 10 or a in 'abc' or a is None:\n"
        "        return 1\n",
        "f",
        "IFEQK r0 'x' 1\n"
        "JMP ->8\n"
        "IFGEK r0 10 1\n"
        "JMP ->8\n"
        "IFINK r0 'abc' 1\n"
        "JMP ->8\n"
        "IFNONE r0 0\n"
        "JMP ->10\n"
        "LOADI r1 1\n"
        "RETURN r1\n"
        "RETURNNONE\n");
}

Test(compile, compare_value_or) {
  check("def f(x):\n"
        "    x = x < 3\n"
        "    return x is None or x\n",
        "f",
        "LOADI r1 3\n"
        "LT r0 r0 r1\n"
        "IFNONE r0 1\n"
        "JMP ->7\n"
        "MOVE r1 r0\n"
        "JMP ->8\n"
        "LOADBOOL r1 0 1\n"
        "LOADBOOL r1 1 0\n"
        "RETURN r1\n");
}

Test(compile, ifexp) {
  check("def f(x):\n"
        "    return 1 if x else 2\n",
        "f",
        "TEST r0 0\n"
        "JMP ->4\n"
        "LOADI r1 1\n"
        "JMP ->5\n"
        "LOADI r1 2\n"
        "RETURN r1\n");
}

Test(compile, if_elif_else) {
  check("def f(x):\n"
        "    if x > 0:\n"
        "        r = 1\n"
        "    elif x < 0:\n"
        "        r = -1\n"
        "    else:\n"
        "        r = 0\n"
        "    return r\n",
        "f",
        "IFGTK r0 0 0\n"
        "JMP ->4\n"
        "LOADI r1 1\n"
        "JMP ->9\n"
        "IFLTK r0 0 0\n"
        "JMP ->8\n"
        "LOADI r1 -1\n"
        "JMP ->9\n"
        "LOADI r1 0\n"
        "RETURN r1\n");
}

Test(compile, constant_if) {
  check("def f():\n"
        "    if 0:\n"
        "        g()\n"
        "    if 1:\n"
        "        h()\n",
        "f",
        "JMP ->3\n"
        "GETCALLEE r0 g\n"
        "CALL r0 0 0\n"
        "GETCALLEE r0 h\n"
        "CALL r0 0 0\n"
        "RETURNNONE\n");
}

Test(compile, while_rotated) {
  check("def f(a):\n"
        "    while a > 0:\n"
        "        a -= 1\n"
        "    else:\n"
        "        a = 5\n"
        "    return a\n",
        "f",
        "IFGTK r0 0 0\n"
        "JMP ->6\n"
        "LOADI r1 1\n"
        "ISUB r0 r0 r1\n"
        "IFGTK r0 0 1\n"
        "JMP ->2\n"
        "LOADI r0 5\n"
        "RETURN r0\n");
}

Test(compile, while_true_no_test) {
  check("def f():\n"
        "    while True:\n"
        "        g()\n",
        "f",
        "GETCALLEE r0 g\n"
        "CALL r0 0 0\n"
        "JMP ->0\n");
}

/* Statements after a return, raise or endless loop are compiled (for their
** errors) but never run; the code still ends in a RETURNNONE so that it
** cannot run past its end (found by fuzz_compile). */
Test(compile, dead_code_at_the_end) {
  check("def f():\n"
        "    return 1\n"
        "    x = 2\n",
        "f",
        "LOADI r1 1\n"
        "RETURN r1\n"
        "LOADI r0 2\n"
        "RETURNNONE\n");
  check("def f():\n"
        "    while True: 1\n"
        "    g()\n",
        "f",
        "JMP ->0\n"
        "GETCALLEE r0 g\n"
        "CALL r0 0 0\n"
        "RETURNNONE\n");
  check("raise E\nx = 1\n", "<module>",
        "GETGLOBAL r0 E\n"
        "RAISE 0 0 1\n"
        "LOADI r0 1\n"
        "SETGLOBAL r0 x\n"
        "RETURNNONE\n");
}

Test(compile, while_break_continue) {
  check("def f(a):\n"
        "    while a:\n"
        "        if a == 3:\n"
        "            continue\n"
        "        if g(a):\n"
        "            break\n"
        "        a -= 1\n"
        "    return a\n",
        "f",
        "TEST r0 0\n"
        "JMP ->15\n"
        "IFEQK r0 3 0\n"
        "JMP ->5\n"
        "JMP ->13\n"
        "GETCALLEE r1 g\n"
        "MOVE r2 r0\n"
        "CALL r1 1 0\n"
        "TEST r1 0\n"
        "JMP ->11\n"
        "JMP ->15\n"
        "LOADI r1 1\n"
        "ISUB r0 r0 r1\n"
        "TEST r0 1\n"
        "JMP ->2\n"
        "RETURN r0\n");
}

Test(compile, for_break_continue_else) {
  check("def f(xs):\n"
        "    t = 0\n"
        "    for x in xs:\n"
        "        if x < 0:\n"
        "            continue\n"
        "        if x > 100:\n"
        "            break\n"
        "        t += x\n"
        "    else:\n"
        "        t = -1\n"
        "    return t\n",
        "f",
        "LOADI r1 0\n"
        "MOVE r3 r0\n"
        "GETITER r3 r3\n"
        "JMP ->12\n"
        "MOVE r2 r4\n"
        "IFLTK r2 0 0\n"
        "JMP ->8\n"
        "JMP ->12\n"
        "IFGTK r2 100 0\n"
        "JMP ->11\n"
        "JMP ->14\n"
        "IADD r1 r1 r2\n"
        "FORITER r3 ->4\n"
        "LOADI r1 -1\n"
        "RETURN r1\n");
}

Test(compile, for_unpack_target) {
  check("def f(d):\n"
        "    for k, v in d.items():\n"
        "        print(k, v, sep='=')\n",
        "f",
        "LOADMETHOD r3 r0 items\n"
        "CALLMETHOD r3 0 0\n"
        "GETITER r3 r3\n"
        "JMP ->13\n"
        "UNPACK r5 r4 2\n"
        "MOVE r1 r5\n"
        "MOVE r2 r6\n"
        "GETCALLEE r5 print\n"
        "MOVE r6 r1\n"
        "MOVE r7 r2\n"
        "LOADK r8 '='\n"
        "CALL r5 2 1\n"
        "EXTRAARG ('sep',)\n"
        "FORITER r3 ->4\n"
        "RETURNNONE\n");
}

Test(compile, nested_for) {
  check("def f(a, b):\n"
        "    for i in a:\n"
        "        for j in b:\n"
        "            g(i, j)\n",
        "f",
        "MOVE r4 r0\n"
        "GETITER r4 r4\n"
        "JMP ->13\n"
        "MOVE r2 r5\n"
        "MOVE r6 r1\n"
        "GETITER r6 r6\n"
        "JMP ->12\n"
        "MOVE r3 r7\n"
        "GETCALLEE r8 g\n"
        "MOVE r9 r2\n"
        "MOVE r10 r3\n"
        "CALL r8 2 0\n"
        "FORITER r6 ->7\n"
        "FORITER r4 ->3\n"
        "RETURNNONE\n");
}

Test(compile, listcomp_outer) {
  check("def f(xs):\n"
        "    return [x * x for x in xs if x]\n",
        "f",
        "MAKEFUNC r1 f.<locals>.<listcomp>\n"
        "MOVE r2 r0\n"
        "GETITER r2 r2\n"
        "CALL r1 1 0\n"
        "RETURN r1\n");
}

Test(compile, listcomp_body) {
  check("def f(xs):\n"
        "    return [x * x for x in xs if x]\n",
        "f.<locals>.<listcomp>",
        "BUILDLIST r2 r2 0\n"
        "MOVE r3 r0\n"
        "JMP ->8\n"
        "MOVE r1 r4\n"
        "TEST r1 0\n"
        "JMP ->8\n"
        "MUL r5 r1 r1\n"
        "LISTAPPEND r2 r5\n"
        "FORITER r3 ->3\n"
        "RETURN r2\n");
}

Test(compile, setcomp_body) {
  check("s = {x for x in range(3)}\n",
        "<setcomp>",
        "BUILDSET r2 r2 0\n"
        "MOVE r3 r0\n"
        "JMP ->5\n"
        "MOVE r1 r4\n"
        "SETADD r2 r1\n"
        "FORITER r3 ->3\n"
        "RETURN r2\n");
}

Test(compile, dictcomp_two_loops) {
  check("def f(m):\n"
        "    return {k: v for k, v in m for j in k}\n",
        "f.<locals>.<dictcomp>",
        "BUILDDICT r4 r4 0\n"
        "MOVE r5 r0\n"
        "JMP ->12\n"
        "UNPACK r7 r6 2\n"
        "MOVE r1 r7\n"
        "MOVE r2 r8\n"
        "MOVE r7 r1\n"
        "GETITER r7 r7\n"
        "JMP ->11\n"
        "MOVE r3 r8\n"
        "DICTSET r4 r1 r2\n"
        "FORITER r7 ->9\n"
        "FORITER r5 ->3\n"
        "RETURN r4\n");
}

Test(compile, genexpr_body) {
  check("def f(m):\n"
        "    return sum(y * 2 for y in m)\n",
        "f.<locals>.<genexpr>",
        "MOVE r2 r0\n"
        "JMP ->5\n"
        "MOVE r1 r3\n"
        "MULK r4 r1 2\n"
        "YIELD r4 r4\n"
        "FORITER r2 ->2\n"
        "RETURNNONE\n");
}

Test(compile, comprehension_first_iterable_outside) {
  check("def f(m):\n"
        "    return [y for y in g(m)]\n",
        "f",
        "MAKEFUNC r1 f.<locals>.<listcomp>\n"
        "GETCALLEE r2 g\n"
        "MOVE r3 r0\n"
        "CALL r2 1 0\n"
        "GETITER r2 r2\n"
        "CALL r1 1 0\n"
        "RETURN r1\n");
}

Test(compile, comprehension_free_variable) {
  check("def f(n):\n"
        "    return [x + n for x in range(n)]\n",
        "f",
        "MAKECELL r0\n"
        "MAKEFUNC r1 f.<locals>.<listcomp>\n"
        "GETCALLEE r2 range\n"
        "GETCELL r3 r0\n"
        "CALL r2 1 0\n"
        "GETITER r2 r2\n"
        "CALL r1 1 0\n"
        "RETURN r1\n");
}

Test(compile, comprehension_free_variable_body) {
  check("def f(n):\n"
        "    return [x + n for x in range(n)]\n",
        "f.<locals>.<listcomp>",
        "BUILDLIST r3 r3 0\n"
        "MOVE r4 r0\n"
        "JMP ->7\n"
        "MOVE r1 r5\n"
        "GETCELL r6 r2\n"
        "ADD r6 r1 r6\n"
        "LISTAPPEND r3 r6\n"
        "FORITER r4 ->3\n"
        "RETURN r3\n");
}

Test(compile, calls_positional_keyword) {
  check("f(1, x, k=2, j=y)\n",
        "<module>",
        "GETCALLEE r0 f\n"
        "LOADI r1 1\n"
        "GETGLOBAL r2 x\n"
        "LOADI r3 2\n"
        "GETGLOBAL r4 y\n"
        "CALL r0 2 2\n"
        "EXTRAARG ('k', 'j')\n"
        "RETURN r0\n");
}

Test(compile, method_call) {
  check("def f(s):\n"
        "    return s.split(',', maxsplit=1)\n",
        "f",
        "LOADMETHOD r1 r0 split\n"
        "LOADK r3 ','\n"
        "LOADI r4 1\n"
        "CALLMETHOD r1 1 1\n"
        "EXTRAARG ('maxsplit',)\n"
        "RETURN r1\n");
}

Test(compile, call_star_args) {
  check("f(*a)\n",
        "<module>",
        "GETCALLEE r0 f\n"
        "GETGLOBAL r1 a\n"
        "LOADNONE r2\n"
        "CALLEX r0\n"
        "RETURN r0\n");
}

Test(compile, call_star_and_kwargs) {
  check("f(1, *a, k=2, **kw)\n",
        "<module>",
        "GETCALLEE r0 f\n"
        "LOADI r2 1\n"
        "BUILDLIST r1 r2 1\n"
        "GETGLOBAL r2 a\n"
        "LISTEXTEND r1 r2\n"
        "LISTTOTUPLE r1 r1\n"
        "LOADK r3 'k'\n"
        "LOADI r4 2\n"
        "BUILDDICT r2 r3 1\n"
        "GETGLOBAL r3 kw\n"
        "DICTMERGE r2 r3 r0\n"
        "CALLEX r0\n"
        "RETURN r0\n");
}

Test(compile, call_kwargs_only) {
  check("f(**kw)\n",
        "<module>",
        "GETCALLEE r0 f\n"
        "LOADK r1 ()\n"
        "BUILDDICT r2 r2 0\n"
        "GETGLOBAL r3 kw\n"
        "DICTMERGE r2 r3 r0\n"
        "CALLEX r0\n"
        "RETURN r0\n");
}

Test(compile, method_star_call) {
  check("o.m(*a)\n",
        "<module>",
        "GETGLOBAL r0 o\n"
        "GETATTR r0 r0 m\n"
        "GETGLOBAL r1 a\n"
        "LOADNONE r2\n"
        "CALLEX r0\n"
        "RETURN r0\n");
}

Test(compile, call_of_call) {
  check("f(1)(2)\n",
        "<module>",
        "GETCALLEE r0 f\n"
        "LOADI r1 1\n"
        "CALL r0 1 0\n"
        "LOADI r1 2\n"
        "CALL r0 1 0\n"
        "RETURN r0\n");
}

Test(compile, local_callee) {
  check("def f(g):\n"
        "    return g(1)\n",
        "f",
        "MOVE r1 r0\n"
        "LOADI r2 1\n"
        "CALL r1 1 0\n"
        "RETURN r1\n");
}

Test(compile, def_with_defaults) {
  check("def f(a, b=1, *args, c, d=[], **kw):\n"
        "    pass\n",
        "<module>",
        "LOADI r1 1\n"
        "BUILDLIST r2 r2 0\n"
        "MAKEFUNC r0 f\n"
        "SETGLOBAL r0 f\n"
        "RETURNNONE\n");
}

Test(compile, posonly_kwonly_signature) {
  check("def f(a, /, b, *, c=3):\n"
        "    return a\n",
        "<module>",
        "LOADI r1 3\n"
        "MAKEFUNC r0 f\n"
        "SETGLOBAL r0 f\n"
        "RETURNNONE\n");
}

Test(compile, decorators_applied_innermost_first) {
  check("@d1\n"
        "@d2(3)\n"
        "def f():\n"
        "    pass\n",
        "<module>",
        "GETGLOBAL r0 d1\n"
        "GETCALLEE r1 d2\n"
        "LOADI r2 3\n"
        "CALL r1 1 0\n"
        "MAKEFUNC r2 f\n"
        "CALL r1 1 0\n"
        "CALL r0 1 0\n"
        "SETGLOBAL r0 f\n"
        "RETURNNONE\n");
}

Test(compile, closure_cell_and_free) {
  check("def f(a):\n"
        "    def g():\n"
        "        return a\n"
        "    return g\n",
        "f",
        "MAKECELL r0\n"
        "MAKEFUNC r2 f.<locals>.g\n"
        "MOVE r1 r2\n"
        "RETURN r1\n");
}

Test(compile, closure_free_body) {
  check("def f(a):\n"
        "    def g():\n"
        "        return a\n"
        "    return g\n",
        "f.<locals>.g",
        "GETCELL r1 r0\n"
        "RETURN r1\n");
}

Test(compile, nonlocal_assign) {
  check("def f():\n"
        "    n = 0\n"
        "    def inc():\n"
        "        nonlocal n\n"
        "        n += 1\n"
        "    return inc\n",
        "f.<locals>.inc",
        "GETCELL r1 r0\n"
        "LOADI r2 1\n"
        "IADD r1 r1 r2\n"
        "SETCELL r0 r1\n"
        "RETURNNONE\n");
}

Test(compile, free_variable_passed_through) {
  check("def f(x):\n"
        "    def g():\n"
        "        def h():\n"
        "            return x\n"
        "        return h\n"
        "    return g\n",
        "f.<locals>.g",
        "MAKEFUNC r2 f.<locals>.g.<locals>.h\n"
        "MOVE r0 r2\n"
        "RETURN r0\n");
}

Test(compile, global_declared_in_function) {
  check("def f():\n"
        "    global g\n"
        "    g = 1\n"
        "    return g\n",
        "f",
        "LOADI r0 1\n"
        "SETGLOBAL r0 g\n"
        "GETGLOBAL r0 g\n"
        "RETURN r0\n");
}

Test(compile, implicit_global_read) {
  check("def f():\n"
        "    return len(x)\n",
        "f",
        "GETCALLEE r0 len\n"
        "GETGLOBAL r1 x\n"
        "CALL r0 1 0\n"
        "RETURN r0\n");
}

Test(compile, lambda_default) {
  check("f = lambda y=1: y + z\n",
        "<module>",
        "LOADI r1 1\n"
        "MAKEFUNC r0 <lambda>\n"
        "SETGLOBAL r0 f\n"
        "RETURNNONE\n");
}

Test(compile, lambda_body) {
  check("f = lambda y=1: y + z\n",
        "<lambda>",
        "GETGLOBAL r1 z\n"
        "ADD r1 r0 r1\n"
        "RETURN r1\n");
}

Test(compile, generator_yield) {
  check("def gen(n):\n"
        "    for i in range(n):\n"
        "        x = yield i\n"
        "        if x:\n"
        "            yield from other(x)\n"
        "    return 5\n",
        "gen",
        "GETCALLEE r3 range\n"
        "MOVE r4 r0\n"
        "CALL r3 1 0\n"
        "GETITER r3 r3\n"
        "JMP ->16\n"
        "MOVE r1 r4\n"
        "MOVE r5 r1\n"
        "YIELD r2 r5\n"
        "TEST r2 0\n"
        "JMP ->16\n"
        "GETCALLEE r5 other\n"
        "MOVE r6 r2\n"
        "CALL r5 1 0\n"
        "GETITER r5 r5\n"
        "LOADNONE r6\n"
        "YIELDFROM r5 r5\n"
        "FORITER r3 ->5\n"
        "LOADI r3 5\n"
        "RETURN r3\n");
}

Test(compile, bare_yield) {
  check("def gen():\n"
        "    yield\n",
        "gen",
        "LOADNONE r0\n"
        "YIELD r0 r0\n"
        "RETURNNONE\n");
}

Test(compile, del_targets) {
  check("def f(a, b):\n"
        "    del a, b[0], b.c, b[1:2]\n",
        "f",
        "DELLOCAL r0\n"
        "LOADI r2 0\n"
        "DELITEM r1 r2\n"
        "DELATTR r1 c\n"
        "LOADI r2 1\n"
        "LOADI r3 2\n"
        "BUILDSLICE r2 r2 2\n"
        "DELITEM r1 r2\n"
        "RETURNNONE\n");
}

Test(compile, del_global_and_cell) {
  check("def f():\n"
        "    global g\n"
        "    del g\n"
        "    x = 1\n"
        "    def h():\n"
        "        return x\n"
        "    del x\n",
        "f",
        "MAKECELL r0\n"
        "DELGLOBAL g\n"
        "LOADI r2 1\n"
        "SETCELL r0 r2\n"
        "MAKEFUNC r2 f.<locals>.h\n"
        "MOVE r1 r2\n"
        "DELCELL r0\n"
        "RETURNNONE\n");
}

Test(compile, augassign_forms) {
  check("def f(a, b):\n"
        "    a += 1\n"
        "    b[0] *= a\n"
        "    b.c |= 2\n"
        "    return a\n",
        "f",
        "LOADI r2 1\n"
        "IADD r0 r0 r2\n"
        "LOADI r2 0\n"
        "GETITEM r3 r1 r2\n"
        "IMUL r3 r3 r0\n"
        "SETITEM r1 r2 r3\n"
        "GETATTR r2 r1 c\n"
        "LOADI r3 2\n"
        "IBITOR r2 r2 r3\n"
        "SETATTR r1 c r2\n"
        "RETURN r0\n");
}

Test(compile, augassign_global) {
  check("x += 1\n",
        "<module>",
        "GETGLOBAL r0 x\n"
        "LOADI r1 1\n"
        "IADD r0 r0 r1\n"
        "SETGLOBAL r0 x\n"
        "RETURNNONE\n");
}

Test(compile, augassign_cell) {
  check("def f():\n"
        "    x = 1\n"
        "    def g():\n"
        "        nonlocal x\n"
        "        x -= 2\n"
        "    return g\n",
        "f.<locals>.g",
        "GETCELL r1 r0\n"
        "LOADI r2 2\n"
        "ISUB r1 r1 r2\n"
        "SETCELL r0 r1\n"
        "RETURNNONE\n");
}

Test(compile, unpack_nested_and_starred) {
  check("def f(v):\n"
        "    a, (b, c) = v\n"
        "    d, *e, g = v\n"
        "    return a, b, c, d, e, g\n",
        "f",
        "UNPACK r7 r0 2\n"
        "MOVE r1 r7\n"
        "UNPACK r9 r8 2\n"
        "MOVE r2 r9\n"
        "MOVE r3 r10\n"
        "UNPACKEX r7 r0 1\n"
        "EXTRAARG 1\n"
        "MOVE r4 r7\n"
        "MOVE r5 r8\n"
        "MOVE r6 r9\n"
        "MOVE r7 r1\n"
        "MOVE r8 r2\n"
        "MOVE r9 r3\n"
        "MOVE r10 r4\n"
        "MOVE r11 r5\n"
        "MOVE r12 r6\n"
        "BUILDTUPLE r7 r7 6\n"
        "RETURN r7\n");
}

Test(compile, parallel_assignment_swap) {
  check("def f(a, b):\n"
        "    a, b = b, a\n"
        "    return a\n",
        "f",
        "MOVE r2 r1\n"
        "MOVE r3 r0\n"
        "MOVE r0 r2\n"
        "MOVE r1 r3\n"
        "RETURN r0\n");
}

Test(compile, chained_assignment) {
  check("def f(v):\n"
        "    a = b = v[0]\n"
        "    return a, b\n",
        "f",
        "GETITEMK r3 r0 0\n"
        "MOVE r1 r3\n"
        "MOVE r2 r3\n"
        "MOVE r3 r1\n"
        "MOVE r4 r2\n"
        "BUILDTUPLE r3 r3 2\n"
        "RETURN r3\n");
}

Test(compile, assign_attribute_and_subscripts) {
  check("x.y = 1\n"
        "d['k'][1] = 99\n"
        "m[i][j] = 0\n",
        "<module>",
        "LOADI r0 1\n"
        "GETGLOBAL r1 x\n"
        "SETATTR r1 y r0\n"
        "LOADI r0 99\n"
        "GETGLOBAL r1 d\n"
        "GETITEMK r1 r1 'k'\n"
        "SETITEMK r1 1 r0\n"
        "LOADI r0 0\n"
        "GETGLOBAL r1 m\n"
        "GETGLOBAL r2 i\n"
        "GETITEM r1 r1 r2\n"
        "GETGLOBAL r2 j\n"
        "SETITEM r1 r2 r0\n"
        "RETURNNONE\n");
}

Test(compile, walrus_local) {
  check("def f(a):\n"
        "    if (n := len(a)) > 10:\n"
        "        return n\n",
        "f",
        "GETCALLEE r2 len\n"
        "MOVE r3 r0\n"
        "CALL r2 1 0\n"
        "MOVE r1 r2\n"
        "MOVE r2 r1\n"
        "IFGTK r2 10 0\n"
        "JMP ->9\n"
        "MOVE r2 r1\n"
        "RETURN r2\n"
        "RETURNNONE\n");
}

Test(compile, walrus_copies_local_reads) {
  check("def f(x):\n"
        "    return x + (x := 5)\n",
        "f",
        "MOVE r1 r0\n"
        "LOADI r0 5\n"
        "MOVE r2 r0\n"
        "ADD r1 r1 r2\n"
        "RETURN r1\n");
}

Test(compile, walrus_in_comprehension_binds_outside) {
  check("def f(a):\n"
        "    r = [y := v for v in a]\n"
        "    return y\n",
        "f",
        "MAKECELL r2\n"
        "MAKEFUNC r3 f.<locals>.<listcomp>\n"
        "MOVE r4 r0\n"
        "GETITER r4 r4\n"
        "CALL r3 1 0\n"
        "MOVE r1 r3\n"
        "GETCELL r3 r2\n"
        "RETURN r3\n");
}

Test(compile, walrus_in_comprehension_body) {
  check("def f(a):\n"
        "    r = [y := v for v in a]\n"
        "    return y\n",
        "f.<locals>.<listcomp>",
        "BUILDLIST r3 r3 0\n"
        "MOVE r4 r0\n"
        "JMP ->6\n"
        "MOVE r1 r5\n"
        "SETCELL r2 r1\n"
        "LISTAPPEND r3 r1\n"
        "FORITER r4 ->3\n"
        "RETURN r3\n");
}

Test(compile, try_except) {
  check("def f():\n"
        "    try:\n"
        "        g()\n"
        "    except E:\n"
        "        h()\n",
        "f",
        "GETCALLEE r0 g\n"
        "CALL r0 0 0\n"
        "JMP ->15\n"
        "PUSHEXC r1 r0\n"
        "GETGLOBAL r2 E\n"
        "IFEXCMATCH r0 r2 0\n"
        "JMP ->11\n"
        "GETCALLEE r2 h\n"
        "CALL r2 0 0\n"
        "POPEXC r1\n"
        "JMP ->15\n"
        "POPEXC r1\n"
        "RERAISE r0\n"
        "POPEXC r1\n"
        "RERAISE r2\n"
        "RETURNNONE\n"
        "handler 0-2 -> 3 r0\n"
        "handler 4-9 -> 13 r2\n");
}

Test(compile, try_except_as_clears_name) {
  check("def f():\n"
        "    try:\n"
        "        g()\n"
        "    except E as e:\n"
        "        h(e)\n",
        "f",
        "GETCALLEE r1 g\n"
        "CALL r1 0 0\n"
        "JMP ->25\n"
        "PUSHEXC r2 r1\n"
        "GETGLOBAL r3 E\n"
        "IFEXCMATCH r1 r3 0\n"
        "JMP ->21\n"
        "MOVE r0 r1\n"
        "GETCALLEE r3 h\n"
        "MOVE r4 r0\n"
        "CALL r3 1 0\n"
        "POPEXC r2\n"
        "LOADNONE r3\n"
        "MOVE r0 r3\n"
        "DELLOCAL r0\n"
        "JMP ->25\n"
        "LOADNONE r4\n"
        "MOVE r0 r4\n"
        "DELLOCAL r0\n"
        "POPEXC r2\n"
        "RERAISE r3\n"
        "POPEXC r2\n"
        "RERAISE r1\n"
        "POPEXC r2\n"
        "RERAISE r3\n"
        "RETURNNONE\n"
        "handler 0-2 -> 3 r1\n"
        "handler 4-8 -> 23 r3\n"
        "handler 8-11 -> 16 r3\n");
}

Test(compile, try_except_tuple_else_bare) {
  check("def f():\n"
        "    try:\n"
        "        g()\n"
        "    except (A, B):\n"
        "        pass\n"
        "    except:\n"
        "        h()\n"
        "    else:\n"
        "        k()\n",
        "f",
        "GETCALLEE r0 g\n"
        "CALL r0 0 0\n"
        "GETCALLEE r0 k\n"
        "CALL r0 0 0\n"
        "JMP ->21\n"
        "PUSHEXC r1 r0\n"
        "GETGLOBAL r2 A\n"
        "GETGLOBAL r3 B\n"
        "BUILDTUPLE r2 r2 2\n"
        "IFEXCMATCH r0 r2 0\n"
        "JMP ->13\n"
        "POPEXC r1\n"
        "JMP ->21\n"
        "GETCALLEE r2 h\n"
        "CALL r2 0 0\n"
        "POPEXC r1\n"
        "JMP ->21\n"
        "POPEXC r1\n"
        "RERAISE r0\n"
        "POPEXC r1\n"
        "RERAISE r2\n"
        "RETURNNONE\n"
        "handler 0-2 -> 5 r0\n"
        "handler 6-11 -> 19 r2\n"
        "handler 13-15 -> 19 r2\n");
}

Test(compile, try_finally) {
  check("def f():\n"
        "    try:\n"
        "        g()\n"
        "    finally:\n"
        "        h()\n",
        "f",
        "GETCALLEE r0 g\n"
        "CALL r0 0 0\n"
        "GETCALLEE r0 h\n"
        "CALL r0 0 0\n"
        "JMP ->12\n"
        "PUSHEXC r1 r0\n"
        "GETCALLEE r2 h\n"
        "CALL r2 0 0\n"
        "POPEXC r1\n"
        "RERAISE r0\n"
        "POPEXC r1\n"
        "RERAISE r2\n"
        "RETURNNONE\n"
        "handler 0-2 -> 5 r0\n"
        "handler 6-8 -> 10 r2\n");
}

Test(compile, return_through_finally) {
  check("def f(x):\n"
        "    try:\n"
        "        return x\n"
        "    finally:\n"
        "        x = 2\n",
        "f",
        "MOVE r1 r0\n"
        "LOADI r0 2\n"
        "RETURN r1\n"
        "PUSHEXC r2 r1\n"
        "LOADI r0 2\n"
        "POPEXC r2\n"
        "RERAISE r1\n"
        "POPEXC r2\n"
        "RERAISE r3\n"
        "handler 0-1 -> 3 r1\n"
        "handler 4-5 -> 7 r3\n");
}

Test(compile, break_through_finally) {
  check("def f():\n"
        "    for x in y:\n"
        "        try:\n"
        "            break\n"
        "        finally:\n"
        "            h()\n",
        "f",
        "GETGLOBAL r1 y\n"
        "GETITER r1 r1\n"
        "JMP ->14\n"
        "MOVE r0 r2\n"
        "GETCALLEE r3 h\n"
        "CALL r3 0 0\n"
        "JMP ->15\n"
        "PUSHEXC r4 r3\n"
        "GETCALLEE r5 h\n"
        "CALL r5 0 0\n"
        "POPEXC r4\n"
        "RERAISE r3\n"
        "POPEXC r4\n"
        "RERAISE r5\n"
        "FORITER r1 ->3\n"
        "RETURNNONE\n"
        "handler 8-10 -> 12 r5\n");
}

Test(compile, continue_in_except) {
  check("def f():\n"
        "    for x in y:\n"
        "        try:\n"
        "            g()\n"
        "        except E as e:\n"
        "            continue\n",
        "f",
        "GETGLOBAL r2 y\n"
        "GETITER r2 r2\n"
        "JMP ->26\n"
        "MOVE r0 r3\n"
        "GETCALLEE r4 g\n"
        "CALL r4 0 0\n"
        "JMP ->26\n"
        "PUSHEXC r5 r4\n"
        "GETGLOBAL r6 E\n"
        "IFEXCMATCH r4 r6 0\n"
        "JMP ->22\n"
        "MOVE r1 r4\n"
        "POPEXC r5\n"
        "LOADNONE r6\n"
        "MOVE r1 r6\n"
        "DELLOCAL r1\n"
        "JMP ->26\n"
        "LOADNONE r7\n"
        "MOVE r1 r7\n"
        "DELLOCAL r1\n"
        "POPEXC r5\n"
        "RERAISE r6\n"
        "POPEXC r5\n"
        "RERAISE r4\n"
        "POPEXC r5\n"
        "RERAISE r6\n"
        "FORITER r2 ->3\n"
        "RETURNNONE\n"
        "handler 4-6 -> 7 r4\n"
        "handler 8-12 -> 24 r6\n");
}

Test(compile, return_in_finally_swallows) {
  check("def f():\n"
        "    try:\n"
        "        g()\n"
        "    finally:\n"
        "        return 1\n",
        "f",
        "GETCALLEE r0 g\n"
        "CALL r0 0 0\n"
        "LOADI r0 1\n"
        "RETURN r0\n"
        "PUSHEXC r1 r0\n"
        "LOADI r2 1\n"
        "POPEXC r1\n"
        "RETURN r2\n"
        "POPEXC r1\n"
        "RERAISE r2\n"
        "handler 0-2 -> 4 r0\n"
        "handler 5-6 -> 8 r2\n");
}

Test(compile, with_as) {
  check("def f():\n"
        "    with m() as v:\n"
        "        g(v)\n",
        "f",
        "GETCALLEE r1 m\n"
        "CALL r1 0 0\n"
        "WITHENTER r1 r1\n"
        "MOVE r0 r2\n"
        "GETCALLEE r2 g\n"
        "MOVE r3 r0\n"
        "CALL r2 1 0\n"
        "WITHEXIT r2 r1\n"
        "JMP ->18\n"
        "PUSHEXC r3 r2\n"
        "WITHEXITEXC r4 r1 r2\n"
        "TEST r4 1\n"
        "JMP ->17\n"
        "POPEXC r3\n"
        "RERAISE r2\n"
        "POPEXC r3\n"
        "RERAISE r4\n"
        "POPEXC r3\n"
        "RETURNNONE\n"
        "handler 3-7 -> 9 r2\n"
        "handler 10-13 -> 15 r4\n");
}

Test(compile, with_return) {
  check("def f():\n"
        "    with m() as v:\n"
        "        return v\n",
        "f",
        "GETCALLEE r1 m\n"
        "CALL r1 0 0\n"
        "WITHENTER r1 r1\n"
        "MOVE r0 r2\n"
        "MOVE r2 r0\n"
        "WITHEXIT r3 r1\n"
        "RETURN r2\n"
        "PUSHEXC r3 r2\n"
        "WITHEXITEXC r4 r1 r2\n"
        "TEST r4 1\n"
        "JMP ->15\n"
        "POPEXC r3\n"
        "RERAISE r2\n"
        "POPEXC r3\n"
        "RERAISE r4\n"
        "POPEXC r3\n"
        "RETURNNONE\n"
        "handler 3-5 -> 7 r2\n"
        "handler 8-11 -> 13 r4\n");
}

Test(compile, with_two_items) {
  check("with a as x, b:\n"
        "    pass\n",
        "<module>",
        "GETGLOBAL r0 a\n"
        "WITHENTER r0 r0\n"
        "SETGLOBAL r1 x\n"
        "GETGLOBAL r1 b\n"
        "WITHENTER r1 r1\n"
        "WITHEXIT r2 r1\n"
        "JMP ->16\n"
        "PUSHEXC r3 r2\n"
        "WITHEXITEXC r4 r1 r2\n"
        "TEST r4 1\n"
        "JMP ->15\n"
        "POPEXC r3\n"
        "RERAISE r2\n"
        "POPEXC r3\n"
        "RERAISE r4\n"
        "POPEXC r3\n"
        "WITHEXIT r1 r0\n"
        "JMP ->27\n"
        "PUSHEXC r2 r1\n"
        "WITHEXITEXC r3 r0 r1\n"
        "TEST r3 1\n"
        "JMP ->26\n"
        "POPEXC r2\n"
        "RERAISE r1\n"
        "POPEXC r2\n"
        "RERAISE r3\n"
        "POPEXC r2\n"
        "RETURNNONE\n"
        "handler 2-8 -> 18 r1\n"
        "handler 8-11 -> 13 r4\n"
        "handler 11-16 -> 18 r1\n"
        "handler 19-22 -> 24 r3\n");
}

Test(compile, raise_forms) {
  check("def f(a):\n"
        "    if a:\n"
        "        raise\n"
        "    if a > 1:\n"
        "        raise ValueError(a)\n"
        "    raise E from a\n",
        "f",
        "TEST r0 0\n"
        "JMP ->3\n"
        "RAISE 0 0 0\n"
        "IFGTK r0 1 0\n"
        "JMP ->9\n"
        "GETCALLEE r1 ValueError\n"
        "MOVE r2 r0\n"
        "CALL r1 1 0\n"
        "RAISE 1 0 1\n"
        "GETGLOBAL r1 E\n"
        "MOVE r2 r0\n"
        "RAISE 1 2 2\n");
}

Test(compile, assert_with_message) {
  check("def f(a):\n"
        "    assert a > 0, 'neg'\n"
        "    assert a\n",
        "f",
        "IFGTK r0 0 1\n"
        "JMP ->6\n"
        "LOADBUILTIN r1 AssertionError\n"
        "LOADK r2 'neg'\n"
        "CALL r1 1 0\n"
        "RAISE 1 0 1\n"
        "TEST r0 1\n"
        "JMP ->10\n"
        "LOADBUILTIN r1 AssertionError\n"
        "RAISE 1 0 1\n"
        "RETURNNONE\n");
}

Test(compile, imports) {
  check("import os.path, math as m\n"
        "from json import dumps as d, loads\n"
        "from math import *\n",
        "<module>",
        "IMPORT r0 os.path\n"
        "IMPORT r0 os\n"
        "SETGLOBAL r0 os\n"
        "IMPORT r0 math\n"
        "SETGLOBAL r0 m\n"
        "IMPORT r0 json\n"
        "IMPORTFROM r1 r0 dumps\n"
        "SETGLOBAL r1 d\n"
        "IMPORTFROM r1 r0 loads\n"
        "SETGLOBAL r1 loads\n"
        "IMPORT r0 math\n"
        "IMPORTSTAR r0\n"
        "RETURNNONE\n");
}

Test(compile, fstring) {
  check("s = f'{a!r:>{w}} and {b}'\n",
        "<module>",
        "GETGLOBAL r0 a\n"
        "LOADK r1 '>'\n"
        "GETGLOBAL r2 w\n"
        "FORMAT r2 r2 0\n"
        "BUILDSTRING r1 r1 2\n"
        "FORMAT r0 r0 6\n"
        "LOADK r1 ' and '\n"
        "GETGLOBAL r2 b\n"
        "FORMAT r2 r2 0\n"
        "BUILDSTRING r0 r0 3\n"
        "SETGLOBAL r0 s\n"
        "RETURNNONE\n");
}

Test(compile, fstring_single_field) {
  check("s = f'{x}'\n"
        "t = f'plain'\n",
        "<module>",
        "GETGLOBAL r0 x\n"
        "FORMAT r0 r0 0\n"
        "SETGLOBAL r0 s\n"
        "LOADK r0 'plain'\n"
        "SETGLOBAL r0 t\n"
        "RETURNNONE\n");
}

Test(compile, displays_small) {
  check("def f(a, b):\n"
        "    return [a, b], (a, b), {a, b}, {a: b}\n",
        "f",
        "MOVE r2 r0\n"
        "MOVE r3 r1\n"
        "BUILDLIST r2 r2 2\n"
        "MOVE r3 r0\n"
        "MOVE r4 r1\n"
        "BUILDTUPLE r3 r3 2\n"
        "MOVE r4 r0\n"
        "MOVE r5 r1\n"
        "BUILDSET r4 r4 2\n"
        "MOVE r5 r0\n"
        "MOVE r6 r1\n"
        "BUILDDICT r5 r5 1\n"
        "BUILDTUPLE r2 r2 4\n"
        "RETURN r2\n");
}

Test(compile, displays_constant) {
  check("x = [1, 2, 3]\n"
        "y = {1, 2, 'a'}\n"
        "z = (1, (2, 3))\n"
        "w = ()\n",
        "<module>",
        "BUILDLIST r0 r0 0\n"
        "LOADK r1 (1, 2, 3)\n"
        "LISTEXTEND r0 r1\n"
        "SETGLOBAL r0 x\n"
        "BUILDSET r0 r0 0\n"
        "LOADK r1 (1, 2, 'a')\n"
        "SETUPDATE r0 r1\n"
        "SETGLOBAL r0 y\n"
        "LOADK r0 (1, (2, 3))\n"
        "SETGLOBAL r0 z\n"
        "LOADK r0 ()\n"
        "SETGLOBAL r0 w\n"
        "RETURNNONE\n");
}

Test(compile, displays_starred) {
  check("x = [*a, 1, *b]\n"
        "y = (*a, 2)\n"
        "z = {*a}\n"
        "d = {'k': 1, **e, 'j': 2}\n",
        "<module>",
        "BUILDLIST r0 r0 0\n"
        "GETGLOBAL r1 a\n"
        "LISTEXTEND r0 r1\n"
        "LOADI r1 1\n"
        "LISTAPPEND r0 r1\n"
        "GETGLOBAL r1 b\n"
        "LISTEXTEND r0 r1\n"
        "SETGLOBAL r0 x\n"
        "BUILDLIST r0 r0 0\n"
        "GETGLOBAL r1 a\n"
        "LISTEXTEND r0 r1\n"
        "LOADI r1 2\n"
        "LISTAPPEND r0 r1\n"
        "LISTTOTUPLE r0 r0\n"
        "SETGLOBAL r0 y\n"
        "BUILDSET r0 r0 0\n"
        "GETGLOBAL r1 a\n"
        "SETUPDATE r0 r1\n"
        "SETGLOBAL r0 z\n"
        "LOADK r1 'k'\n"
        "LOADI r2 1\n"
        "BUILDDICT r0 r1 1\n"
        "GETGLOBAL r1 e\n"
        "DICTUPDATE r0 r1\n"
        "LOADK r1 'j'\n"
        "LOADI r2 2\n"
        "DICTSET r0 r1 r2\n"
        "SETGLOBAL r0 d\n"
        "RETURNNONE\n");
}

Test(compile, slices) {
  check("def f(a):\n"
        "    return a[1:2], a[::2], a[:], a[1:2, 3]\n",
        "f",
        "LOADI r1 1\n"
        "LOADI r2 2\n"
        "BUILDSLICE r1 r1 2\n"
        "GETITEM r1 r0 r1\n"
        "LOADNONE r2\n"
        "LOADNONE r3\n"
        "LOADI r4 2\n"
        "BUILDSLICE r2 r2 3\n"
        "GETITEM r2 r0 r2\n"
        "LOADNONE r3\n"
        "LOADNONE r4\n"
        "BUILDSLICE r3 r3 2\n"
        "GETITEM r3 r0 r3\n"
        "LOADI r4 1\n"
        "LOADI r5 2\n"
        "BUILDSLICE r4 r4 2\n"
        "LOADI r5 3\n"
        "BUILDTUPLE r4 r4 2\n"
        "GETITEM r4 r0 r4\n"
        "BUILDTUPLE r1 r1 4\n"
        "RETURN r1\n");
}

Test(compile, attribute_and_subscript_loads) {
  check("def f(a):\n"
        "    return a.b.c, a[0], a['k'], a[-1]\n",
        "f",
        "GETATTR r1 r0 b\n"
        "GETATTR r1 r1 c\n"
        "GETITEMK r2 r0 0\n"
        "GETITEMK r3 r0 'k'\n"
        "GETITEMK r4 r0 -1\n"
        "BUILDTUPLE r1 r1 4\n"
        "RETURN r1\n");
}

Test(compile, annotations_not_evaluated) {
  check("x: int = 5\n"
        "y: List[int]\n"
        "z.w: int = 1\n",
        "<module>",
        "LOADI r0 5\n"
        "SETGLOBAL r0 x\n"
        "LOADI r0 1\n"
        "GETGLOBAL r1 z\n"
        "SETATTR r1 w r0\n"
        "RETURNNONE\n");
}

Test(compile, checklocal_only_where_unbound) {
  check("def f(c):\n"
        "    if c:\n"
        "        x = 1\n"
        "    print(x)\n"
        "    print(x)\n"
        "    y = 2\n"
        "    print(y)\n",
        "f",
        "TEST r0 0\n"
        "JMP ->3\n"
        "LOADI r1 1\n"
        "GETCALLEE r3 print\n"
        "CHECKLOCAL r1\n"
        "MOVE r4 r1\n"
        "CALL r3 1 0\n"
        "GETCALLEE r3 print\n"
        "MOVE r4 r1\n"
        "CALL r3 1 0\n"
        "LOADI r2 2\n"
        "GETCALLEE r3 print\n"
        "MOVE r4 r2\n"
        "CALL r3 1 0\n"
        "RETURNNONE\n");
}

Test(compile, checklocal_after_del_in_loop) {
  check("def f(c):\n"
        "    x = 1\n"
        "    for i in c:\n"
        "        print(x)\n"
        "        del x\n"
        "        x = i\n",
        "f",
        "LOADI r1 1\n"
        "MOVE r3 r0\n"
        "GETITER r3 r3\n"
        "JMP ->11\n"
        "MOVE r2 r4\n"
        "GETCALLEE r5 print\n"
        "CHECKLOCAL r1\n"
        "MOVE r6 r1\n"
        "CALL r5 1 0\n"
        "DELLOCAL r1\n"
        "MOVE r1 r2\n"
        "FORITER r3 ->4\n"
        "RETURNNONE\n");
}

Test(compile, checklocal_after_try) {
  check("def f():\n"
        "    try:\n"
        "        x = g()\n"
        "    except E:\n"
        "        pass\n"
        "    return x\n",
        "f",
        "GETCALLEE r1 g\n"
        "CALL r1 0 0\n"
        "MOVE r0 r1\n"
        "JMP ->14\n"
        "PUSHEXC r2 r1\n"
        "GETGLOBAL r3 E\n"
        "IFEXCMATCH r1 r3 0\n"
        "JMP ->10\n"
        "POPEXC r2\n"
        "JMP ->14\n"
        "POPEXC r2\n"
        "RERAISE r1\n"
        "POPEXC r2\n"
        "RERAISE r3\n"
        "CHECKLOCAL r0\n"
        "RETURN r0\n"
        "handler 0-3 -> 4 r1\n"
        "handler 5-8 -> 12 r3\n");
}

Test(compile, checklocal_while_continue_after_del) {
  check("def f(c):\n"
        "    x = 1\n"
        "    while c:\n"
        "        if g():\n"
        "            del x\n"
        "            continue\n"
        "        x = 2\n"
        "    return x\n",
        "f",
        "LOADI r1 1\n"
        "TEST r0 0\n"
        "JMP ->12\n"
        "GETCALLEE r2 g\n"
        "CALL r2 0 0\n"
        "TEST r2 0\n"
        "JMP ->9\n"
        "DELLOCAL r1\n"
        "JMP ->10\n"
        "LOADI r1 2\n"
        "TEST r0 1\n"
        "JMP ->3\n"
        "CHECKLOCAL r1\n"
        "RETURN r1\n");
}

/*
** {==================================================================
** Protos: header, variables, nesting, line table
** ===================================================================
*/

static char *dump(const char *src) {
  mt_compiled *u = compile_ok(src);
  mt_buf b = MT_BUF_INIT;
  cr_assert_eq(mt_proto_dump(u->main, &b), 0);
  mt_compile_free(u);
  return b.data;
}

Test(proto, dump_shows_signature_vars_and_nested_protos) {
  char *d = dump("def f(a, /, b=1, *c, d, e=2, **g):\n"
                 "    h = lambda: a\n"
                 "    return h\n");
  cr_assert_str_eq(d,
                   "proto <module> regs=3 module\n"
                   "    0    1 LOADI r1 1\n"
                   "    1      LOADI r2 2\n"
                   "    2      MAKEFUNC r0 f\n"
                   "    3      SETGLOBAL r0 f\n"
                   "    4      RETURNNONE\n"
                   "\n"
                   "proto f(a, /, b=, *c, d, e=, **g) regs=8 varargs varkw has_cells\n"
                   "  vars: a:r0:cell b:r1 d:r2 e:r3 c:r4 g:r5 h:r6\n"
                   "    0    1 MAKECELL r0\n"
                   "    1    2 MAKEFUNC r7 f.<locals>.<lambda>\n"
                   "    2      MOVE r6 r7\n"
                   "    3    3 RETURN r6\n"
                   "\n"
                   "proto f.<locals>.<lambda>() regs=2 has_cells lambda\n"
                   "  vars: a:r0:free(r0)\n"
                   "    0    2 GETCELL r1 r0\n"
                   "    1      RETURN r1\n");
  free(d);
}

Test(proto, parameters_metadata) {
  mt_compiled *u = compile_ok("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n");
  const mt_proto *p = u->main->protos[0];
  cr_assert_eq(p->nparams, 7);
  cr_assert_eq(p->npos, 3);
  cr_assert_eq(p->nposonly, 2);
  cr_assert_eq(p->nkwonly, 2);
  cr_assert_eq(p->ndefaults, 2);
  cr_assert_eq(p->flags & (MT_PROTO_VARARGS | MT_PROTO_VARKW), MT_PROTO_VARARGS | MT_PROTO_VARKW);
  const char *names[] = {"a", "b", "c", "d", "e", "args", "kw"};
  for (uint32_t i = 0; i < 7; i++) {
    cr_assert_str_eq(p->names[p->vars[i].name].s, names[i]);
    cr_assert_eq(p->vars[i].reg, i);
  }
  cr_assert_eq(p->vars[3].flags & MT_VAR_DEFAULT, 0);
  cr_assert_eq(p->vars[4].flags & MT_VAR_DEFAULT, MT_VAR_DEFAULT);
  cr_assert_str_eq(p->names[p->name].s, "f");
  mt_compile_free(u);
}

Test(proto, qualified_names) {
  mt_compiled *u = compile_ok("def outer():\n"
                              "    def inner():\n"
                              "        return [lambda: 0 for x in y]\n"
                              "    global g\n"
                              "    def g(): pass\n"
                              "    return (z for z in w)\n");
  cr_assert(find_proto(u->main, "outer"));
  cr_assert(find_proto(u->main, "outer.<locals>.inner"));
  cr_assert(find_proto(u->main, "outer.<locals>.inner.<locals>.<listcomp>"));
  cr_assert(find_proto(u->main, "outer.<locals>.inner.<locals>.<listcomp>.<lambda>"));
  cr_assert(find_proto(u->main, "g"));
  const mt_proto *gen = find_proto(u->main, "outer.<locals>.<genexpr>");
  cr_assert(gen);
  cr_assert_eq(gen->flags & MT_PROTO_GENERATOR, MT_PROTO_GENERATOR);
  mt_compile_free(u);
}

Test(proto, line_table_spans) {
  mt_compiled *u = compile_ok("x = 1\n"
                              "\n"
                              "y = (a +\n"
                              "     b)\n");
  const mt_proto *p = u->main;
  mt_span s;
  /* LOADI SETGLOBAL | GETGLOBAL a, GETGLOBAL b, ADD, SETGLOBAL y | RETURNNONE;
  ** a constant is loaded where it is used (here by the assignment) */
  cr_assert_eq(mt_proto_span(p, 0, &s), 0);
  cr_assert(s.line == 1 && s.col == 1 && s.end_line == 1 && s.end_col == 6);
  cr_assert_eq(mt_proto_span(p, 1, &s), 0); /* the store: the target's span */
  cr_assert(s.line == 1 && s.col == 1 && s.end_line == 1 && s.end_col == 2);
  cr_assert_eq(mt_proto_span(p, 2, &s), 0);
  cr_assert(s.line == 3 && s.col == 6 && s.end_col == 7);
  cr_assert_eq(mt_proto_span(p, 3, &s), 0);
  cr_assert(s.line == 4 && s.col == 6 && s.end_col == 7);
  cr_assert_eq(mt_proto_span(p, 4, &s), 0);
  cr_assert(s.line == 3 && s.col == 6 && s.end_line == 4 && s.end_col == 7);
  cr_assert_eq(mt_proto_span(p, 5, &s), 0);
  cr_assert(s.line == 3 && s.col == 1 && s.end_line == 3 && s.end_col == 2);
  cr_assert_eq(mt_proto_span(p, 6, &s), 0);
  cr_assert(s.line == 1 && s.col == 1);
  cr_assert_eq(mt_proto_span(p, p->ncode, &s), -1);
  mt_compile_free(u);
}

Test(proto, units_are_independent_of_the_tree) {
  /* the unit copies every string: freeing the source and tree is fine */
  char *src = strdup("s = 'hello'\nt = s.upper()\n");
  char *name = strdup("script.py");
  mt_syntax_error err = {0};
  mt_compiled *u = mt_compile_source(src, strlen(src), name, &err);
  cr_assert(u);
  memset(src, 'x', strlen(src));
  free(src);
  free(name);
  cr_assert_str_eq(u->filename, "script.py");
  mt_buf b = MT_BUF_INIT;
  cr_assert_eq(mt_proto_dump(u->main, &b), 0);
  cr_assert(strstr(b.data, "LOADK r0 'hello'"));
  cr_assert(strstr(b.data, "LOADMETHOD r0 r0 upper"));
  mt_buf_free(&b);
  mt_compile_free(u);
}

Test(proto, constant_reprs) {
  char *d = dump("x = ('a\\'b', \"q\\\"\", '\\n\\t\\x00', b'\\xff\"', 1e100, -0.0, 1.5j, -1)\n");
  cr_assert(strstr(d, "LOADK r0 (\"a'b\", 'q\"', '\\n\\t\\x00', b'\\xff\"', 1e+100, -0.0, 1.5j, -1)"), "%s", d);
  free(d);
}

/*
** {==================================================================
** Compile-time errors (messages and positions of CPython 3.11)
** ===================================================================
*/

Test(compile_error, name_x_is_assigned_to_before_global_decl) {
  check_error("def f():\n"
              "  x = 1\n"
              "  global x\n",
              "name 'x' is assigned to before global declaration", 3, 3, 3, 11);
}

Test(compile_error, name_x_is_used_prior_to_global_declarati) {
  check_error("def f():\n"
              "  print(x)\n"
              "  global x\n",
              "name 'x' is used prior to global declaration", 3, 3, 3, 11);
}

Test(compile_error, name_x_is_parameter_and_global) {
  check_error("def f(x):\n"
              "  global x\n",
              "name 'x' is parameter and global", 2, 3, 2, 11);
}

Test(compile_error, name_x_is_parameter_and_nonlocal) {
  check_error("def f(x):\n"
              "  nonlocal x\n",
              "name 'x' is parameter and nonlocal", 2, 3, 2, 13);
}

Test(compile_error, no_binding_for_nonlocal_x_found) {
  check_error("def f():\n"
              "  nonlocal x\n",
              "no binding for nonlocal 'x' found", 2, 3, 2, 13);
}

Test(compile_error, nonlocal_declaration_not_allowed_at_modu) {
  check_error("nonlocal x\n",
              "nonlocal declaration not allowed at module level", 1, 1, 1, 11);
}

Test(compile_error, name_x_is_nonlocal_and_global) {
  check_error("def f():\n"
              "  x = 1\n"
              "  def g():\n"
              "    nonlocal x\n"
              "    global x\n",
              "name 'x' is nonlocal and global", 4, 5, 4, 15);
}

Test(compile_error, annotated_name_x_can_t_be_global) {
  check_error("def f():\n"
              "  x: int\n"
              "  global x\n",
              "annotated name 'x' can't be global", 3, 3, 3, 11);
}

Test(compile_error, annotated_name_x_can_t_be_global_2) {
  check_error("def f():\n"
              "  global x\n"
              "  x: int = 1\n",
              "annotated name 'x' can't be global", 3, 3, 3, 13);
}

Test(compile_error, name_x_is_assigned_to_before_nonlocal_de) {
  check_error("def f():\n"
              "  x = 1\n"
              "  nonlocal x\n",
              "name 'x' is assigned to before nonlocal declaration", 3, 3, 3, 13);
}

Test(compile_error, name_x_is_used_prior_to_nonlocal_declara) {
  check_error("def f():\n"
              "  print(x)\n"
              "  nonlocal x\n",
              "name 'x' is used prior to nonlocal declaration", 3, 3, 3, 13);
}

Test(compile_error, no_binding_for_nonlocal_x_found_2) {
  check_error("x = 1\n"
              "def f():\n"
              "  nonlocal x\n",
              "no binding for nonlocal 'x' found", 3, 3, 3, 13);
}

Test(compile_error, no_binding_for_nonlocal_x_found_3) {
  check_error("def f():\n"
              "  global x\n"
              "  def g():\n"
              "    nonlocal x\n",
              "no binding for nonlocal 'x' found", 4, 5, 4, 15);
}

Test(compile_error, return_outside_function) {
  check_error("return 1\n",
              "'return' outside function", 1, 1, 1, 9);
}

Test(compile_error, return_outside_function_2) {
  check_error("if x:\n"
              "  return\n",
              "'return' outside function", 2, 3, 2, 9);
}

Test(compile_error, break_outside_loop) {
  check_error("break\n",
              "'break' outside loop", 1, 1, 1, 6);
}

Test(compile_error, continue_not_properly_in_loop) {
  check_error("continue\n",
              "'continue' not properly in loop", 1, 1, 1, 9);
}

Test(compile_error, break_outside_loop_2) {
  check_error("while x:\n"
              "  pass\n"
              "else:\n"
              "  break\n",
              "'break' outside loop", 4, 3, 4, 8);
}

Test(compile_error, break_outside_loop_3) {
  check_error("def f():\n"
              "  for x in y:\n"
              "    def g():\n"
              "      break\n",
              "'break' outside loop", 4, 7, 4, 12);
}

Test(compile_error, yield_outside_function) {
  check_error("yield 1\n",
              "'yield' outside function", 1, 1, 1, 8);
}

Test(compile_error, yield_inside_list_comprehension) {
  check_error("x = [(yield 1) for y in z]\n",
              "'yield' inside list comprehension", 1, 7, 1, 14);
}

Test(compile_error, yield_inside_list_comprehension_2) {
  check_error("def f():\n"
              "  [(yield 1) for x in y]\n",
              "'yield' inside list comprehension", 2, 5, 2, 12);
}

Test(compile_error, yield_inside_set_comprehension) {
  check_error("def f():\n"
              "  {(yield 1) for x in y}\n",
              "'yield' inside set comprehension", 2, 5, 2, 12);
}

Test(compile_error, yield_inside_generator_expression) {
  check_error("def f():\n"
              "  ((yield 1) for x in y)\n",
              "'yield' inside generator expression", 2, 5, 2, 12);
}

Test(compile_error, yield_inside_dict_comprehension) {
  check_error("def f():\n"
              "  {(yield 1):1 for x in y}\n",
              "'yield' inside dict comprehension", 2, 5, 2, 12);
}

Test(compile_error, yield_inside_list_comprehension_3) {
  check_error("def f():\n"
              "  [(yield from g) for x in y]\n",
              "'yield' inside list comprehension", 2, 5, 2, 17);
}

Test(compile_error, await_outside_function) {
  check_error("await x\n",
              "'await' outside function", 1, 1, 1, 8);
}

Test(compile_error, await_outside_async_function) {
  check_error("def f():\n"
              "  await x\n",
              "'await' outside async function", 2, 3, 2, 10);
}

Test(compile_error, duplicate_argument_a_in_function_definit) {
  check_error("def f(a, b, a): pass\n",
              "duplicate argument 'a' in function definition", 1, 13, 1, 14);
}

Test(compile_error, duplicate_argument_a_in_function_definit_2) {
  check_error("def f(a, *, a): pass\n",
              "duplicate argument 'a' in function definition", 1, 13, 1, 14);
}

Test(compile_error, duplicate_argument_a_in_function_definit_3) {
  check_error("def f(a, **a): pass\n",
              "duplicate argument 'a' in function definition", 1, 12, 1, 13);
}

Test(compile_error, duplicate_argument_a_in_function_definit_4) {
  check_error("lambda a, a: 1\n",
              "duplicate argument 'a' in function definition", 1, 11, 1, 12);
}

Test(compile_error, starred_assignment_target_must_be_in_a_l) {
  check_error("*a = 1\n",
              "starred assignment target must be in a list or tuple", 1, 1, 1, 3);
}

Test(compile_error, multiple_starred_expressions_in_assignme) {
  check_error("*a, *b = 1\n",
              "multiple starred expressions in assignment", 1, 1, 1, 7);
}

Test(compile_error, multiple_starred_expressions_in_assignme_2) {
  check_error("a, *b, *c = 1\n",
              "multiple starred expressions in assignment", 1, 1, 1, 10);
}

Test(compile_error, starred_assignment_target_must_be_in_a_l_2) {
  check_error("for *a in b: pass\n",
              "starred assignment target must be in a list or tuple", 1, 5, 1, 7);
}

Test(compile_error, multiple_starred_expressions_in_assignme_3) {
  check_error("[a, *b, *c] = d\n",
              "multiple starred expressions in assignment", 1, 1, 1, 12);
}

Test(compile_error, keyword_argument_repeated_x) {
  check_error("f(x=1, x=2)\n",
              "keyword argument repeated: x", 1, 8, 1, 11);
}

Test(compile_error, keyword_argument_repeated_x_2) {
  check_error("f(x=1, y=2, **k, x=3)\n",
              "keyword argument repeated: x", 1, 18, 1, 21);
}

Test(compile_error, assignment_expression_cannot_rebind_comp) {
  check_error("[i := 0 for i in range(3)]\n",
              "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2, 1, 3);
}

Test(compile_error, assignment_expression_cannot_be_used_in) {
  check_error("[x for x in (y := [1])]\n",
              "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 22);
}

Test(compile_error, assignment_expression_cannot_rebind_comp_2) {
  check_error("[(i := 0) for i, j in range(3)]\n",
              "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 3, 1, 4);
}

Test(compile_error, assignment_expression_cannot_rebind_comp_3) {
  check_error("def f():\n"
              "  [[(j := 0) for i in range(3)] for j in range(3)]\n",
              "assignment expression cannot rebind comprehension iteration variable 'j'", 2, 6, 2, 7);
}

Test(compile_error, assignment_expression_cannot_be_used_in_2) {
  check_error("[[k for k in (j := [1])] for j in range(3)]\n",
              "assignment expression cannot be used in a comprehension iterable expression", 1, 15, 1, 23);
}

Test(compile_error, comprehension_inner_loop_cannot_rebind_a) {
  check_error("[i for i in range(3) if (j := 1) for j in range(2)]\n",
              "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39);
}

Test(compile_error, import_only_allowed_at_module_level) {
  check_error("from math import *\n"
              "def f():\n"
              "  from math import *\n",
              "import * only allowed at module level", 3, 20, 3, 21);
}

Test(compile_error, can_t_use_starred_expression_here) {
  check_error("*a\n",
              "can't use starred expression here", 1, 1, 1, 3);
}

Test(compile_error, default_except_must_be_last) {
  check_error("try:\n"
              "  pass\n"
              "except:\n"
              "  pass\n"
              "except E:\n"
              "  pass\n",
              "default 'except:' must be last", 3, 1, 4, 7);
}

Test(compile_error, async_with_outside_async_function) {
  check_error("def f():\n"
              "  async with a: pass\n",
              "'async with' outside async function", 2, 3, 2, 21);
}

Test(compile_error, async_for_outside_async_function) {
  check_error("def f():\n"
              "  async for a in b: pass\n",
              "'async for' outside async function", 2, 3, 2, 25);
}

Test(compile_error, asynchronous_comprehension_outside_of_an) {
  check_error("x = [a async for a in b]\n",
              "asynchronous comprehension outside of an asynchronous function", 1, 5, 1, 25);
}

/* __debug__ is the constant True and cannot be bound (CPython's checks). */
Test(compile_error, debug_name) {
  check_error("__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 10);
  check_error("del __debug__\n", "cannot delete __debug__", 1, 5, 1, 14);
  check_error("def f(__debug__): pass\n", "cannot assign to __debug__", 1, 1, 1, 23);
  check_error("f(__debug__=1)\n", "cannot assign to __debug__", 1, 1, 1, 15);
  check_error("import __debug__\n", "cannot assign to __debug__", 1, 1, 1, 17);
  check_error("for __debug__ in x: pass\n", "cannot assign to __debug__", 1, 5, 1, 14);
  check_error("(__debug__ := 1)\n", "cannot assign to __debug__", 1, 2, 1, 11);
  check_error("lambda __debug__: 1\n", "cannot assign to __debug__", 1, 1, 1, 20);
  check_error("def __debug__(): pass\n", "cannot assign to __debug__", 1, 1, 1, 22);
}

Test(compile, debug_is_true) {
  check("if __debug__:\n"
        "    x = __debug__\n",
        "<module>",
        "LOADBOOL r0 1 0\n"
        "SETGLOBAL r0 x\n"
        "RETURNNONE\n");
}

/* Constructs this interpreter does not compile: its own messages. */
Test(compile_error, unsupported_constructs) {
  check_error("class A:\n  pass\n", "class definitions are not supported", 1, 1, 2, 7);
  check_error("def f():\n  class A: pass\n", "class definitions are not supported", 2, 3, 2, 16);
  check_error("async def f(): pass\n", "async functions are not supported", 1, 1, 1, 20);
  check_error("match x:\n  case 1: pass\n", "'match' statements are not supported", 1, 1, 2, 15);
  check_error("try:\n  pass\nexcept* E:\n  pass\n", "'except*' is not supported", 1, 1, 4, 7);
  check_error("from . import x\n", "relative imports are not supported", 1, 1, 1, 16);
  check_error("from .m import x\n", "relative imports are not supported", 1, 1, 1, 17);
  check_error("g = (a async for a in b)\n", "asynchronous generator expressions are not supported",
              1, 5, 1, 25);
}

Test(compile_error, too_many_nested_blocks) {
  mt_buf b = MT_BUF_INIT;
  for (int i = 0; i < 21; i++) mt_buf_printf(&b, "%*sfor x%d in y:\n", i, "", i);
  mt_buf_printf(&b, "%*spass\n", 21, "");
  check_error(b.data, "too many statically nested blocks", 21, 21, 22, 26);
  mt_buf_free(&b);
}

/*
** {==================================================================
** Limits
** ===================================================================
*/

Test(limits, too_many_locals) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, "def f():\n");
  for (int i = 0; i < 300; i++) mt_buf_printf(&b, "    v%d = %d\n", i, i);
  check_error(b.data, "too many local variables (more than 247)", 1, 1, 301, 15);
  mt_buf_free(&b);
}

Test(limits, expression_too_complex) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, "x = a");
  for (int i = 0; i < 300; i++) mt_buf_puts(&b, " ** a");
  mt_buf_putc(&b, '\n');
  mt_syntax_error err = {0};
  cr_assert_null(mt_compile_source(b.data, b.len, "main.py", &err));
  cr_assert_str_eq(err.msg, "expression too complex (more than 255 registers needed)");
  cr_assert_eq(err.line, 1);
  mt_buf_free(&b);
}

static uint32_t count_ops(const mt_proto *p, mt_opcode op) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < p->ncode; i++) n += mt_instr_op(p->code[i]) == op;
  return n;
}

Test(limits, huge_displays_compile_in_chunks) {
  mt_buf b = MT_BUF_INIT;
  const uint32_t n = 100000;
  mt_buf_puts(&b, "x = [");
  for (uint32_t i = 0; i < n; i++) mt_buf_puts(&b, "y, ");
  mt_buf_puts(&b, "]\nt = (");
  for (uint32_t i = 0; i < n; i++) mt_buf_puts(&b, "y, ");
  mt_buf_puts(&b, ")\nd = {");
  for (uint32_t i = 0; i < n; i++) mt_buf_printf(&b, "y: %u, ", i);
  mt_buf_puts(&b, "}\nc = [");
  for (uint32_t i = 0; i < n; i++) mt_buf_printf(&b, "%u, ", i);
  mt_buf_puts(&b, "]\nf(");
  for (uint32_t i = 0; i < 5000; i++) mt_buf_puts(&b, "y, ");
  mt_buf_puts(&b, ")\n");
  mt_compiled *u = compile_ok(b.data);
  const mt_proto *p = u->main;
  cr_assert_lt(p->nregs, 40);
  cr_assert_eq(count_ops(p, MT_OP_GETGLOBAL), 3 * n + 5000);
  cr_assert_eq(count_ops(p, MT_OP_LISTEXTEND), 2 * (n / 32 - 1) + 1 + (5000 / 32));
  cr_assert_eq(count_ops(p, MT_OP_LISTTOTUPLE), 2);
  cr_assert_eq(count_ops(p, MT_OP_DICTUPDATE), n / 16 - 1);
  cr_assert_eq(count_ops(p, MT_OP_CALLEX), 1);
  /* the constant list is one tuple constant */
  bool found = false;
  for (uint32_t i = 0; i < p->nk; i++) found |= p->k[i].kind == MT_CONST_TUPLE && p->k[i].len == n;
  cr_assert(found);
  mt_compile_free(u);
  mt_buf_free(&b);
}

Test(limits, many_constants_and_names_use_extraarg) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, "x = [y");
  for (int i = 0; i < 70000; i++) mt_buf_printf(&b, ", 's%d'", i);
  mt_buf_puts(&b, "]\n");
  for (int i = 0; i < 300; i++) mt_buf_printf(&b, "o.a%d = o.b%d\n", i, i);
  mt_compiled *u = compile_ok(b.data);
  const mt_proto *p = u->main;
  cr_assert_geq(p->nk, 70000);
  mt_buf out = MT_BUF_INIT;
  cr_assert_eq(mt_proto_dump(p, &out), 0);
  cr_assert(strstr(out.data, "LOADK r2 's69999'\n        EXTRAARG 70000\n") ||
            strstr(out.data, "'s69999'"));
  cr_assert(strstr(out.data, "GETATTR r0 r0 b299\n"));
  cr_assert(strstr(out.data, "SETATTR r1 a299 r0\n"));
  uint32_t extra = count_ops(p, MT_OP_EXTRAARG);
  cr_assert_gt(extra, 70000 - 65535);
  mt_buf_free(&out);
  mt_compile_free(u);
  mt_buf_free(&b);
}

Test(limits, long_loop_body_uses_long_backward_jump) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, "for i in r:\n");
  for (int i = 0; i < 20000; i++) mt_buf_puts(&b, "    x = y\n");
  mt_compiled *u = compile_ok(b.data);
  const mt_proto *p = u->main;
  /* FORITER +1, JMP out, JMP back to the body */
  uint32_t pc = 0;
  while (mt_instr_op(p->code[pc]) != MT_OP_FORITER) pc++;
  cr_assert_eq(mt_instr_sbx(p->code[pc]), 1);
  cr_assert_eq(mt_instr_op(p->code[pc + 1]), MT_OP_JMP);
  cr_assert_eq(pc + 2 + mt_instr_sj(p->code[pc + 1]), pc + 3);
  cr_assert_eq(mt_instr_op(p->code[pc + 2]), MT_OP_JMP);
  cr_assert_eq(pc + 3 + mt_instr_sj(p->code[pc + 2]), 3);
  mt_compile_free(u);
  mt_buf_free(&b);
}

/* Nesting as deep as the parser allows, without exhausting the C stack:
** recursion is bounded by the tree depth and checked against the budget. */
Test(limits, deep_nesting) {
  const char *shapes[] = {"not ", "-", "lambda: "};
  for (size_t s = 0; s < 3; s++) {
    mt_buf b = MT_BUF_INIT;
    mt_buf_puts(&b, "x = ");
    for (int i = 0; i < 500; i++) mt_buf_puts(&b, shapes[s]);
    mt_buf_puts(&b, "y\n");
    mt_compile_free(compile_ok(b.data));
    mt_buf_clear(&b);
    mt_buf_puts(&b, "x = ");
    for (int i = 0; i < 990; i++) mt_buf_puts(&b, shapes[s]);
    mt_buf_puts(&b, "y\n");
    mt_syntax_error err = {0};
    mt_compiled *u = mt_compile_source(b.data, b.len, "main.py", &err);
    if (!u) cr_assert_str_eq(err.msg, "code nested too deeply");
    mt_compile_free(u);
    mt_buf_free(&b);
  }
}

Test(limits, call_chain_and_elif_chain) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_puts(&b, "x = f");
  for (int i = 0; i < 400; i++) mt_buf_puts(&b, "(1)");
  mt_buf_puts(&b, "\nif a:\n  pass\n");
  for (int i = 0; i < 300; i++) mt_buf_printf(&b, "elif a == %d:\n  pass\n", i);
  mt_compiled *u = compile_ok(b.data);
  cr_assert_eq(count_ops(u->main, MT_OP_CALL), 400);
  cr_assert_eq(count_ops(u->main, MT_OP_IFEQK), 256);
  mt_compile_free(u);
  mt_buf_free(&b);
}
