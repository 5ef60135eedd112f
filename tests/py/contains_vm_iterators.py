# `in` and `not in` over iterators only the VM can advance (generators, map
# and filter with Python functions): items are taken until a match, so the
# rest stays in the iterator, as in CPython.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i
g = gen(5)
print(2 in g)
print(list(g))
print(7 in gen(3), 7 not in gen(2))
m = map(lambda x: x * 2, [1, 2, 3, 4])
print(4 in m, list(m))
f = filter(lambda x: x % 2, range(10))
print(5 not in f, next(f))
if 3 in (x for x in range(5)):
    print("found 3")
if "z" not in (c for c in "abc"):
    print("no z")
print([n for n in range(6) if n in (x * 2 for x in range(3))])
while 1 in (y for y in [0, 1]):
    print("loop body once")
    break
print(1.0 in (i for i in [0, 1]), [1] in (l for l in [[1]]), "k" in map(str.lower, "XK"))
def boom():
    yield 1
    raise ValueError("bad item")
try:
    print(1 in boom())
    print(2 in boom())
except ValueError as e:
    print("error:", e)
nan = float("nan")
print(nan in (x for x in [nan]))
print(5 in gen(2))
