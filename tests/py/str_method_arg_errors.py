# Wrong argument types and counts for common str methods: CPython's
# wording for each.
cases = [
    lambda: "a".split(1),
    lambda: "a".split(""),
    lambda: "a".split(",", "2"),
    lambda: "a".join("bc", "d"),
    lambda: ",".join([1, 2]),
    lambda: ",".join(5),
    lambda: "a".replace(1, "b"),
    lambda: "a".replace("a"),
    lambda: "a".startswith(1),
    lambda: "a".startswith(("a", 1)),
    lambda: "a".endswith(["a"]),
    lambda: "a".find(1),
    lambda: "a".count(),
    lambda: "a".strip(1),
    lambda: "a".center("5"),
    lambda: "a".zfill(None),
    lambda: "a".partition(""),
    lambda: "a".partition(1),
    lambda: "a".upper(1),
    lambda: "a".index("b"),
    lambda: "a".rindex("b"),
    lambda: "a".encode(1),
    lambda: "{}".format(),
    lambda: "a".splitlines("x"),
    lambda: "abc".removeprefix(1),
    lambda: str.upper(1),
    lambda: "a".ljust(3, "ab"),
    lambda: "a" .rsplit(None, "x"),
]
for c in cases:
    try:
        print(repr(c()))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
