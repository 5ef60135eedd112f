# Sorting with NaN: CPython's exact comparison sequence decides the order.
nan = float("nan")
print(sorted([3, nan, 1, 2, nan, 0]))
print(sorted([nan, 2.0, 1.0]), sorted([1.0, nan, 0.5]))
xs = [(i * 37) % 101 if i % 9 else nan for i in range(250)]
print(sorted(xs)[:20])
print(sorted(xs, reverse=True)[:20])
