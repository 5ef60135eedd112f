# try/except/else/finally, raise, re-raise, handlers by class hierarchy.
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally")
print(divide(1, 2), divide(1, 0))
try:
    [][1]
except LookupError as e:
    print("LookupError catches", type(e).__name__, e)
try:
    {}["k"]
except (IndexError, KeyError) as e:
    print("tuple handler", repr(e))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        raise
except ValueError as e:
    print("re-raised", e, e.args)
try:
    raise KeyError
except Exception as e:
    print(type(e).__name__, repr(e), str(e), e.args)
try:
    raise TypeError("a", 1)
except TypeError as e:
    print(e, e.args, repr(e))
def gen_error():
    raise RuntimeError("boom")
try:
    gen_error()
except RuntimeError as e:
    print("from function:", e)
for exc in [ValueError, IndexError, ZeroDivisionError, AssertionError]:
    try:
        raise exc("x")
    except ArithmeticError:
        print(exc.__name__, "is arithmetic")
    except Exception:
        print(exc.__name__, "is other")
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(g())
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError))
