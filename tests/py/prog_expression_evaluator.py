# A tokenizer and recursive-descent evaluator for arithmetic with
# variables, unary minus, ** (right-assoc) and error reporting.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif c in "+-*/%()":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens
def evaluate(src, env):
    toks = tokenize(src)
    pos = 0
    def peek():
        return toks[pos]
    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def expect(op):
        kind, val = take()
        if val != op:
            raise SyntaxError(f"expected {op!r}, got {val!r}")
    def atom():
        kind, val = take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in env:
                raise NameError(f"undefined variable {val!r}")
            return env[val]
        if val == "(":
            v = expr()
            expect(")")
            return v
        if val == "-":
            return -power()
        raise SyntaxError(f"unexpected token {val!r}")
    def power():
        base = atom()
        if peek() == ("op", "**"):
            take()
            return base ** unary()
        return base
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return power()
    def term():
        v = unary()
        while peek()[1] in ("*", "/", "%"):
            op = take()[1]
            rhs = unary()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            rhs = term()
            v = v + rhs if op == "+" else v - rhs
        return v
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing input at token {pos}")
    return result
env = {"x": 3, "y": 4, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x * x + y * y", "10 / 4", "10 % 4",
            "pi * x ** 2", "((((7))))", "2 * -x", "1 +", "1 + z", "3 $ 4", "(1 + 2", "1 / 0", "1 2"]:
    try:
        print(f"{src!r:>16} = {evaluate(src, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:>16} ! {type(e).__name__}: {e}")
