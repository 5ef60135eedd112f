def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i+1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            toks.append(("OP", "**")); i += 2
        elif ch in "+-*/()^,":
            toks.append(("OP", ch)); i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    toks.append(("EOF", None))
    return toks
class_prec = {"+": 1, "-": 1, "*": 2, "/": 2, "**": 3}
def parse(toks):
    pos = 0
    def peek(): return toks[pos]
    def take():
        nonlocal pos
        t = toks[pos]; pos += 1; return t
    def atom():
        kind, val = take()
        if kind == "NUM": return val
        if kind == "NAME":
            if peek() == ("OP", "("):
                take()
                args = [expr(0)]
                while peek() == ("OP", ","):
                    take(); args.append(expr(0))
                if take() != ("OP", ")"): raise SyntaxError("expected )")
                return (val, *args)
            return val
        if (kind, val) == ("OP", "("):
            e = expr(0)
            if take() != ("OP", ")"): raise SyntaxError("expected )")
            return e
        if (kind, val) == ("OP", "-"):
            return ("neg", atom())
        raise SyntaxError(f"unexpected {kind} {val!r}")
    def expr(minp):
        lhs = atom()
        while True:
            kind, op = peek()
            if kind != "OP" or op not in class_prec or class_prec[op] < minp: break
            take()
            nextp = class_prec[op] if op == "**" else class_prec[op] + 1
            lhs = (op, lhs, expr(nextp))
        return lhs
    tree = expr(0)
    if peek()[0] != "EOF": raise SyntaxError(f"trailing {peek()}")
    return tree
def ev(t, env):
    if isinstance(t, (int, float)): return t
    if isinstance(t, str): return env[t]
    op, *args = t
    vals = [ev(a, env) for a in args]
    match_ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                 "/": lambda a, b: a / b, "**": lambda a, b: a ** b, "neg": lambda a: -a,
                 "max": max, "min": min, "abs": abs}
    return match_ops[op](*vals)
env = {"x": 3, "y": 4.5}
for s in ["1 + 2 * 3", "2 ** 3 ** 2", "(1 + 2) * -x", "max(x, y, 2) / 2", "abs(-7) - .5", "1 / (x - 3)", "2 $ 3", "(1 + 2", "z + 1"]:
    try:
        t = parse(tokenize(s))
        print(f"{s!r:24} -> {t} = {ev(t, env)}")
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{s!r:24} !! {type(e).__name__}: {e}")
