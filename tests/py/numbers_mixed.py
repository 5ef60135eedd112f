# Mixed int/float/bool arithmetic and comparisons.
print(1 + True, 1.5 + True, True / 2, 3 * False, -True, +False, ~True)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 10, 2.0 ** 10, 10 ** -1, (-2) ** 2, -2 ** 2)
print(1 == 1.0 == True, 0 == 0.0 == False, 1 < 1.5 < 2, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 / 3, 10 // 3, 10 % 3, -10 / 3, -10 // 3, -10 % 3, 10 % -3)
print(1e300 * 1e300, -1e300 * 1e300, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(int(2.999999), int(-2.5), float(-0), 0.0 == -0.0, repr(-0.0))
print(max(1, 2.5, True), min(-1, -1.5), sum([1, 2.5, True]))
print(2 ** 100 > 1e30, 2 ** 100 < 1e31, 10 ** 16 == 1e16, 10 ** 23 == 1e23)
x = 17
print(x & 1, x | 8, x ^ 16, x << 2, x >> 2, -x >> 1, ~x)
print(divmod_pairs := [(a // b, a % b) for a in (7, -7) for b in (2, -2)])
