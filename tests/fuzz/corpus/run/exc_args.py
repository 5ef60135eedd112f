# Exception objects: args, str(), repr(), raising instances and classes.
excs = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError("a", "b"), KeyError(),
        IndexError(5), TypeError(None), Exception([1, 2]), OSError("x"), StopIteration(3), RuntimeError("é")]
for e in excs:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e.args, e.args[1], str(e))
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
try:
    {"a": 1}["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args)
def f():
    raise ZeroDivisionError("custom")
try:
    f()
except ArithmeticError as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
try:
    ValueError(x=1)
except TypeError as e:
    print(type(e).__name__, e)
