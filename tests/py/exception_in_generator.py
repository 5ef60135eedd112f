# Exceptions inside generators: raised at the consuming next(), the
# generator is finished afterwards; finally blocks run on exhaustion.
def gen():
    yield 1
    raise ValueError("in gen")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "finished"))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally")
for x in with_finally():
    print(x)
def guarded():
    for v in [1, 0, 2]:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div0"
print(list(guarded()))
