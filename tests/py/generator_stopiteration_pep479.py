# PEP 479: StopIteration raised inside a generator body becomes
# RuntimeError("generator raised StopIteration") with the original as cause.
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def next_on_empty():
    yield next(iter([]))
try:
    print(list(next_on_empty()))
except RuntimeError as e:
    print(type(e).__name__, e)
