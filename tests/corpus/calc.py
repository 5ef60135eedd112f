"""A calculator: tokenizer, Pratt parser and evaluator for arithmetic with
variables and functions, using match statements over the syntax tree."""

import operator
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|//|[-+*/%(),=^]))")

BINARY = {
    "+": (10, operator.add),
    "-": (10, operator.sub),
    "*": (20, operator.mul),
    "/": (20, operator.truediv),
    "//": (20, operator.floordiv),
    "%": (20, operator.mod),
    "**": (30, operator.pow),
}
RIGHT_ASSOC = {"**"}


class CalcError(Exception):
    pass


def tokenize(text):
    pos, tokens = 0, []
    while pos < len(text):
        if text[pos:].isspace():
            break
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise CalcError(f"unexpected character {text[pos]!r} at {pos}")
        number, name, op = m.groups()
        if number is not None:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif name is not None:
            tokens.append(("name", name))
        else:
            tokens.append(("op", op))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.next()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1] == ("op", "="):
            name = self.next()[1]
            self.next()
            return ("assign", name, self.expression(0))
        return self.expression(0)

    def expression(self, min_bp):
        left = self.prefix()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in BINARY:
                return left
            bp, _ = BINARY[op]
            if bp < min_bp:
                return left
            self.next()
            right = self.expression(bp if op in RIGHT_ASSOC else bp + 1)
            left = ("bin", op, left, right)

    def prefix(self):
        match self.next():
            case ("num", value):
                return ("num", value)
            case ("name", name) if self.peek() == ("op", "("):
                self.next()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expression(0))
                    while self.peek() == ("op", ","):
                        self.next()
                        args.append(self.expression(0))
                self.expect("op", ")")
                return ("call", name, *args)
            case ("name", name):
                return ("var", name)
            case ("op", "-" | "+" as sign):
                return ("neg" if sign == "-" else "pos", self.expression(25))
            case ("op", "("):
                inner = self.expression(0)
                self.expect("op", ")")
                return inner
            case (_, value):
                raise CalcError(f"unexpected {value!r}")


FUNCTIONS = {
    "max": max,
    "min": min,
    "abs": abs,
    "sum": lambda *xs: sum(xs),
    "avg": lambda *xs: sum(xs) / len(xs) if xs else 0,
}


def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise CalcError(f"undefined variable {name}") from None
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("pos", operand):
            return +evaluate(operand, env)
        case ("bin", "/" | "//" | "%" as op, left, right):
            divisor = evaluate(right, env)
            if divisor == 0:
                raise CalcError("division by zero")
            return BINARY[op][1](evaluate(left, env), divisor)
        case ("bin", op, left, right):
            return BINARY[op][1](evaluate(left, env), evaluate(right, env))
        case ("call", name, *args) if name in FUNCTIONS:
            return FUNCTIONS[name](*(evaluate(a, env) for a in args))
        case ("call", name, *_):
            raise CalcError(f"unknown function {name}")
        case ("assign", name, expr):
            env[name] = value = evaluate(expr, env)
            return value
        case {"literal": value}:
            return value
        case _:
            raise CalcError(f"bad node {node!r}")


def run(lines):
    env = {"pi": 3.14159}
    results = []
    for line in lines:
        try:
            tree = Parser(tokenize(line)).statement()
            results.append(evaluate(tree, env))
        except CalcError as err:
            results.append(f"error: {err}")
    return results, env


if __name__ == "__main__":
    program = [
        "1 + 2 * 3",
        "2 ** 3 ** 2",
        "-2 ** 2",
        "(1 + 2) * (3 + 4)",
        "x = 10",
        "y = x // 3 + x % 3",
        "max(x, y, 4) - min(1, 2)",
        "avg(1, 2, 3, 4)",
        "area = pi * 2 ** 2",
        "1 / 0",
        "z + 1",
        "foo(1)",
        "3 $ 4",
    ]
    values, env = run(program)
    for src, value in zip(program, values):
        print(f"{src:>24} => {value}")
    print(sorted(env))
    print(evaluate({"literal": 42}, {}))
