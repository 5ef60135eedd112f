# min/max over iterables and positional args, with key and default;
# ties return the first; errors for empty input and bad combinations.
print(max(3, 7, 5), min(3, 7, 5), max([1.5, 2, True]), min("hello"), max("b", "abc"))
print(max([("a", 2), ("b", 2), ("c", 1)], key=lambda t: t[1]), min(["bb", "a", "cc"], key=len))
print(max(["x", "yy", "zz"], key=len), min([3, 1, 1.0], key=abs))
print(max([], default="empty"), min((), default=None), max([5], default=0))
print(max(range(10), key=lambda v: (v % 4, -v)), min({"k": 1, "a": 2}), max({"k": 1, "a": 2}.values()))
print(max(-0.0, 0.0), min(0.0, -0.0), max(1, 1.0), min(1.0, 1))
print(max(x * x for x in range(-4, 3)), min(map(len, ["abc", "de"])))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(), lambda: min(1, 2, default=0),
            lambda: max([1, "a"]), lambda: max([1], key=len), lambda: min([1], bogus=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
