# The VM-critical builtins and constructors.
print(len([1, 2]), len("abc"), len({1: 2}), len(range(10)), len((1,)), len(set()), len(b"ab"))
print(repr(1), repr("a"), repr([1, "b"]), repr(None), repr(1.5), repr((1,)))
print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("a", str), isinstance([], (list, tuple)))
print(type(1), type("a"), type(1.5), type([]), type(None), type(type), type(len), type(True))
print(type(1) == int, type(1) is int, type("x").__name__, int.__name__)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(int(), int(5.9), int("  -12 "), int("ff", 16), int("0o17", 0), int(True), int("1_000"))
print(float(), float(3), float("2.5"), float("-1e-3"), float("nan") != float("nan"))
print(str(), str(5), str([1]), bool(), bool(0), bool(""), bool([]), bool([0]), bool(0.0), bool("0"))
print(list(), list("ab"), list(range(3)), tuple(), tuple([1]), dict(), dict(a=1), set(), set([2, 1, 2]))
print(list(range(2, 10, 3)), list(range(10, 0, -3)), range(3), range(1, 5), range(0, 10, 2))
print(list(enumerate("ab")), list(enumerate("ab", 5)), list(zip([1, 2, 3], "ab")), list(zip()))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), 10), sum([], 7))
print(min(3, 1, 2), max([1, 5, 2]), min("bca"), max("a", "b", key=str.upper) if False else max("ab"), min([], default=9))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(getattr(5, "real"), hasattr(5, "real"), hasattr(5, "nope"), getattr(5, "nope", "dflt"))
for bad in [lambda: int("x"), lambda: int(1.5, 2), lambda: float("y"), lambda: int([]), lambda: len(5),
            lambda: abs("a"), lambda: iter(5), lambda: next([]), lambda: min([]), lambda: sum(["a"]),
            lambda: sum([], "a"), lambda: range(1.5), lambda: isinstance(1, 1), lambda: getattr(1, 2),
            lambda: list(1, 2), lambda: enumerate(), lambda: zip(1), lambda: int("10", base=1),
            lambda: sorted([1, "a"]), lambda: max(1, 2, default=3), lambda: dict([1]), lambda: dict([(1, 2, 3)])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
