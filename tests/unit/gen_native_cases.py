#!/usr/bin/env python3.11
"""gen_native_cases.py CASES.py OUT.h: CPython 3.11's answers for calls of
builtin functions, type constructors and methods, as C code that makes the
same call through the native table (native_support.h) and compares repr()
of the result, or "ExcType: message", with CPython's.

CASES.py assigns CASES, a list of Python call expressions:
  "'a,b'.split(',')"        a method call on a value (self = args[0])
  "str.maketrans('a', 'b')" a method looked up on a type (self = the type)
  "divmod(7, 2)"            a builtin function
  "int('12', 16)"           a type called (its __call__, without the type)
A leading "!" (for mutating methods) compares repr((result, self)) after
the call instead of repr(result).

Run by hand when the cases change (the outputs are committed; the build
does not run this).
"""
import ast
import math
import sys
import unicodedata

TYPES = {object: 'OBJECT', type: 'TYPE', int: 'INT', bool: 'BOOL', float: 'FLOAT', str: 'STR',
         bytes: 'BYTES', tuple: 'TUPLE', list: 'LIST', dict: 'DICT', set: 'SET',
         frozenset: 'FROZENSET', range: 'RANGE', slice: 'SLICE', reversed: 'REVERSED', map: 'MAP',
         filter: 'FILTER', enumerate: 'ENUMERATE', zip: 'ZIP'}
for name in dir(__builtins__):
    t = getattr(__builtins__, name)
    if isinstance(t, type) and issubclass(t, BaseException):
        TYPES[t] = ''.join('_' + c if c.isupper() and i else c for i, c in enumerate(name)).upper() \
            .replace('I_O_', 'IO_').replace('E_O_F_', 'EOF_').replace('O_S_', 'OS_')


def clit(x):
    """C string literal: printable characters as they are (UTF-8 in the
    source), everything else as octal escapes."""
    out = []
    if isinstance(x, bytes):
        for c in x:
            out.append(chr(c) if 0x20 <= c < 0x7f and c not in (0x5c, 0x22, 0x3f) else '\\%03o' % c)
    else:
        for ch in x:
            if ch.isprintable() and ch not in '\\"?' and (ord(ch) < 0x7f or not unicodedata.combining(ch)):
                out.append(ch)
            else:
                out.extend('\\%03o' % b for b in ch.encode())
    return '"' + ''.join(out) + '"'


def cval(v):
    """A C expression building the value v (native_support.h helpers)."""
    if v is None: return 'MT_NONE'
    if v is True: return 'MT_TRUE'
    if v is False: return 'MT_FALSE'
    if isinstance(v, int):
        return 'I(%d)' % v if -2**62 < v < 2**62 else 'BIG("%d")' % v
    if isinstance(v, float):
        if math.isnan(v): return 'F(NAN)'
        if math.isinf(v): return 'F(%sINFINITY)' % ('-' if v < 0 else '')
        return 'F(%s)' % v.hex()
    if isinstance(v, str): return 'S(%s, %d)' % (clit(v), len(v.encode()))
    if isinstance(v, bytes): return 'BY(%s, %d)' % (clit(v), len(v))
    if isinstance(v, type): return 'mt_type_value(MT_T_%s)' % TYPES[v]
    if type(v).__name__ == 'builtin_function_or_method' and getattr(v, '__self__', None) is __builtins__:
        return 'NATF("%s")' % v.__name__
    if type(v).__name__ == 'builtin_function_or_method' and type(v.__self__) in TYPES:
        return 'BOUND(%s, NATM(MT_T_%s, "%s"))' % (cval(v.__self__), TYPES[type(v.__self__)], v.__name__)
    if type(v).__name__ == 'method_descriptor':
        return 'NATM(MT_T_%s, "%s")' % (TYPES[v.__objclass__], v.__name__)
    view = {type({}.keys()): 'KEYS', type({}.values()): 'VALUES', type({}.items()): 'ITEMS'}.get(type(v))
    if view:
        return 'VIEW(MT_T_DICT_%s, %s)' % (view, cval(dict(v.mapping)))
    if isinstance(v, range): return 'RANGE(%s, %s, %s)' % (cval(v.start), cval(v.stop), cval(v.step))
    if isinstance(v, slice): return 'SLICE(%s, %s, %s)' % (cval(v.start), cval(v.stop), cval(v.step))
    if isinstance(v, (tuple, list, set, frozenset)):
        f = {tuple: 'T', list: 'L', set: 'SET', frozenset: 'FSET'}[type(v)]
        return '%s(%d%s)' % (f, len(v), ''.join(', ' + cval(x) for x in v))
    if isinstance(v, dict):
        return 'D(%d%s)' % (len(v), ''.join(', %s, %s' % (cval(k), cval(x)) for k, x in v.items()))
    raise ValueError('no C form for %r' % (v,))


def outcome(src, show_self, env):
    try:
        if show_self:
            call = ast.parse(src, mode='eval').body
            recv = eval(compile(ast.Expression(call.func.value), '<case>', 'eval'), env)
            env = dict(env, _recv=recv)
            call.func.value = ast.Name('_recv', ast.Load())
            r = eval(compile(ast.fix_missing_locations(ast.Expression(call)), '<case>', 'eval'), env)
            return repr((r, recv))
        return repr(eval(src, env))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def case_code(src, genv):
    show_self = src.startswith('!')
    if show_self: src = src[1:]
    call = ast.parse(src, mode='eval').body
    env = dict(genv)
    if isinstance(call, ast.BinOp):
        ops = {ast.BitAnd: '&', ast.BitOr: '|', ast.Sub: '-', ast.BitXor: '^', ast.Mod: '%'}
        a, b = (eval(compile(ast.Expression(x), '<arg>', 'eval'), env) for x in (call.left, call.right))
        return '  check_binop(%s, \'%s\', %s, %s, %s);' % (clit(src), ops[type(call.op)], cval(a), cval(b),
                                                       clit(outcome(src, False, dict(genv))))
    assert isinstance(call, ast.Call), src
    args = [eval(compile(ast.Expression(a), '<arg>', 'eval'), env) for a in call.args]
    kws = [(k.arg, eval(compile(ast.Expression(k.value), '<arg>', 'eval'), env)) for k in call.keywords]
    f = call.func
    if isinstance(f, ast.Attribute):
        recv = eval(compile(ast.Expression(f.value), '<recv>', 'eval'), env)
        owner = TYPES[recv if isinstance(recv, type) else type(recv)]
        look = 'M(MT_T_%s, "%s")' % (owner, f.attr)
        self_expr = [cval(recv)]
    else:
        callee = eval(compile(ast.Expression(f), '<callee>', 'eval'), env)
        if isinstance(callee, type):
            look = 'M(MT_T_%s, "__call__")' % TYPES[callee]
            self_expr = []  # constructors get the call's arguments only
        else:
            look = 'M(MT_T_BUILTINS, "%s")' % f.id
            self_expr = []
    vals = self_expr + [cval(a) for a in args] + [cval(v) for _, v in kws]
    npos = len(self_expr) + len(args)
    kwn = 'KW(%d%s)' % (len(kws), ''.join(', "%s"' % k for k, _ in kws)) if kws else 'MT_NULL'
    want = outcome(src, show_self, dict(genv))
    lines = ['  {', '    mt_value a[] = {%s};' % (', '.join(vals) if vals else 'MT_NONE'),
             '    check(%s, %s, a, %d, %s, %s, %s);' % (clit(src), look, npos, kwn,
                                                    'true' if show_self else 'false', clit(want)),
             '  }']
    return '\n'.join(lines)


def main():
    cases_file, out_file = sys.argv[1:3]
    env = {}
    exec(open(cases_file).read(), env)
    body = [case_code(c, env) for c in env['CASES']]
    with open(out_file, 'w') as f:
        f.write('/* Generated by gen_native_cases.py from %s with Python %s. */\n'
                % (cases_file.split('/')[-1], sys.version.split()[0]))
        f.write('static void run_cases(void) {\n%s\n}\n' % '\n'.join(body))


main()
