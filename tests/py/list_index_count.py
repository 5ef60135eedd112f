# list.index and count with ranges, mixed numeric types and nested values.
l = [1, 2.0, True, "1", [1], (1,), 1, None]
print(l.count(1), l.count("1"), l.count([1]), l.count(None), l.index(2), l.index(True), l.index(1, 3), l.index(1, -2))
print(l.index([1]), l.index((1,)), l.index(None, 0, 100), [0] * 3 + [1], ([0] * 3 + [1]).index(1, -1))
nested = [[1, 2], [3], [1, 2]]
print(nested.count([1, 2]), nested.index([3]), [x for x in nested if x.count(2)])
for bad in [lambda: l.index(99), lambda: l.index(1, 7, 7), lambda: l.index("x", "y"), lambda: l.count()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
