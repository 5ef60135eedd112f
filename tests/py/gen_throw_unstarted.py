# throw() into a generator that has not started: raised before its first
# instruction (no try block catches it), StopIteration becoming RuntimeError.
def g():
    yield 1
x = g(); next(x)
try:
    x.throw(StopIteration(5))
except RuntimeError as e:
    print("throw:", e, repr(e.__cause__))
y = g()
try:
    y.throw(StopIteration(6))
except Exception as e:
    print("unstarted:", type(e).__name__, e)
def h():
    try:
        yield 1
    finally:
        raise StopIteration("in finally")
z = h(); next(z)
try:
    z.close()
except RuntimeError as e:
    print("close:", e)
def g():
    try:
        yield 1
    except KeyError:
        print("wrongly caught")
        yield 2
x = g()
try:
    x.throw(KeyError("start"))
except KeyError as e:
    print("propagated", e)
print(next(x, "finished"))
