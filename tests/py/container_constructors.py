# list/tuple/set/frozenset/dict/str constructors from every kind of
# iterable, copies being distinct, and their errors.
src = {"b": 1, "a": 2}
print(list(src), list(src.values()), tuple(src.items()), sorted(set("hello")), sorted(frozenset([3, 1, 3])))
print(list(range(3)), list((1, 2)), list("xy"), list(b"AB"), list(x * 2 for x in range(3)), list(map(str, [1])))
print(tuple([1, [2]]), tuple(), tuple(tuple("ab")), dict([("k", 1)]), dict(src, c=3), dict(zip("ab", "xy")))
orig = [1, 2]
copy = list(orig)
copy.append(3)
print(orig, copy, tuple(orig) == (1, 2), list(orig) is orig, tuple(t := (1, 2)) is t)
print(str(), str(12), str("s"), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"x", encoding="ascii"), str([1]))
print(dict(a=1, **{"b": 2}), dict([]), dict({}), set(), frozenset(), set({1: 2}), list(set([5])))
for bad in [lambda: list(1), lambda: tuple(None), lambda: set(5), lambda: dict(5), lambda: dict("ab"),
            lambda: list([1], [2]), lambda: str(1, "utf-8"), lambda: str(b"\xff", "utf-8"), lambda: frozenset([[1]]),
            lambda: dict(a=1)["b"], lambda: list(x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
