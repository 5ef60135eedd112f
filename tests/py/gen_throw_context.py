# __context__ of exceptions thrown into generators (left alone, as
# CPython restores them) and of close()'s GeneratorExit (set).
def g():
    try:
        yield 1
    except ValueError as e:
        print("in gen, context:", repr(e.__context__))
        yield 2
x = g()
next(x)
try:
    raise KeyError("outer handling")
except KeyError:
    x.throw(ValueError("thrown"))

def h():
    try:
        yield 1
    except ZeroDivisionError:
        raise
y = h()
next(y)
try:
    try:
        raise KeyError("handled")
    except KeyError:
        y.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("escaped, context:", repr(e.__context__))

def k():
    try:
        yield 1
    finally:
        pass
z = k()
next(z)
try:
    raise KeyError("during close")
except KeyError:
    z.close()
    print("closed ok")

def m():
    try:
        yield 1
    except GeneratorExit as e:
        print("exit context:", repr(e.__context__))
        raise ValueError("v")
w = m()
next(w)
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        w.close()
except ValueError as e:
    print("close raised", repr(e), "context", repr(e.__context__), "ctx of ctx", repr(e.__context__.__context__))
