# except (A, B) with the builtin exception tree, and re-raising.
def run(f):
    try:
        f()
    except (ValueError, KeyError) as e:
        print("value/key", type(e).__name__, e)
    except (ArithmeticError, LookupError) as e:
        print("arith/lookup", type(e).__name__, e)
    except (TypeError,) as e:
        print("type", e)
    else:
        print("no error")

run(lambda: int("z"))
run(lambda: {}["k"])
run(lambda: 1 % 0)
run(lambda: [][0])
run(lambda: "".join([1]))
run(lambda: b"\xff".decode())
run(lambda: None)
errors = (IndexError, ZeroDivisionError)
try:
    try:
        [1, 2, 3].pop(7)
    except errors as e:
        print("inner", repr(e))
        raise
except LookupError as e:
    print("outer", type(e).__name__, e.args)
