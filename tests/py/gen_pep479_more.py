# PEP 479 in more places: genexps, next() without default inside a
# generator, subclasses, a StopIteration caught inside stays caught,
# return value vs StopIteration, and the uncaught traceback's last line.
def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)

def catches_own():
    try:
        raise StopIteration(7)
    except StopIteration as e:
        yield e.value
    yield "still running"
print(list(catches_own()))

def returns_value():
    yield 1
    return (2, 3)
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)

def returns_none():
    yield 1
    return None
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)

genexp = (next(iter([])) for _ in range(3))
try:
    list(genexp)
except RuntimeError as e:
    print("genexp:", e)

def in_for():
    for x in [1, 2]:
        if x == 2:
            raise StopIteration
        yield x
out = []
try:
    for v in in_for():
        out.append(v)
except RuntimeError as e:
    print(out, e, repr(e.__cause__))

def not_a_generator():
    raise StopIteration("plain function")
try:
    not_a_generator()
except StopIteration as e:
    print("functions are unaffected:", e)

def stopper():
    yield 1
    raise StopIteration
print(sum(1 for _ in iter([1])))
for x in stopper():
    print("got", x)
    break
print(list(stopper()))
