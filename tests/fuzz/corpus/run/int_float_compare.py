# Mixed int/float comparisons are exact, even beyond 2**53; bools are
# ints; equal numbers are equal dict keys.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"))
print(1 < 1.5 < 2, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, True == 1.0, False < 0.5)
print(sorted([3, 2.5, True, -1, 0.0, 10 ** 20, 1e19]))
print({1: "a", 1.0: "b"}, {0: "x", False: "y", 0.0: "z"}, 1.0 in {1}, 2 in {2.0: 0})
print(max(1, 1.0), max(1.0, 1), min(0, False), [1, 2.0].index(2))
print(float(2 ** 63) == 2 ** 63, 2 ** 63 - 1 < float(2 ** 63), int(float(2 ** 63)) == 2 ** 63)
nan = float("nan")
print(nan == 1, nan < 10 ** 400, 1 <= nan)
