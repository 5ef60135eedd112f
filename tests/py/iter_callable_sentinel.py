# iter(callable, sentinel): Python functions, natives, bound methods;
# StopIteration from the callable ends it; errors propagate; exhaustion
# is final.
state = {"n": 0}
def step():
    state["n"] += 1
    if state["n"] == 6:
        raise StopIteration("ignored")
    return state["n"]

it = iter(step, 99)
print(type(it).__name__, iter(it) is it)
print(list(it), state)
print(next(it, "exhausted"), state)

data = [5, 4, 3]
print(list(iter(data.pop, 4)), data)

words = iter("abc")
print(list(iter(words.__next__ if False else lambda: next(words), "c")))

def fails():
    raise ZeroDivisionError("in callable")
try:
    next(iter(fails, 0))
except ZeroDivisionError as e:
    print("propagated:", e)

def nested_stop():
    return next(iter([]))
print(list(iter(nested_stop, 1)))

calls = []
def rec():
    calls.append(len(calls))
    return len(calls)
for v in iter(rec, 3):
    print("loop", v)
print(sum(iter(rec, 7)), calls)
print(sorted(iter(rec, 10), key=lambda v: -v))
print(dict(zip("xyz", iter(rec, 100))))
print([*map(str, iter(rec, 16))])
print(any(v > 17 for v in iter(rec, 20)))

class_like = {"i": 0}
def float_eq():
    class_like["i"] += 1
    return class_like["i"] * 0.5
print(list(iter(float_eq, 2)))
print(list(iter(int, 0)))
for bad in [lambda: iter(len, 1, 2), lambda: iter(5, 0), lambda: iter()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(repr(iter(rec, 1)).split(" at ")[0])
