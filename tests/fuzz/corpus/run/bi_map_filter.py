# map, filter, reversed, zip and enumerate, lazily.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [2, 2])), list(map(lambda x, y: x + y, "ab", "cd")))
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})), list(reversed((1, 2))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
pairs = list(zip("abc", range(3), [True] * 3))
print(pairs, list(enumerate(reversed("xy"), 1)), dict(zip(["k1", "k2"], [1, 2])))
squares = {x: x * x for x in filter(lambda v: v > 2, map(int, "1 2 3 4".split()))}
print(squares)
attempt(lambda: map(abs))
attempt(lambda: map(abs, 1))
attempt(lambda: list(map(1, [1])))
attempt(lambda: filter(None))
attempt(lambda: filter(None, 1))
attempt(lambda: reversed(1))
attempt(lambda: reversed({1}))
attempt(lambda: reversed())
attempt(lambda: list(zip([1], [1, 2], strict=True)))
