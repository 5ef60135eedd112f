# Big ints and float formatting at the edges.
big = 2 ** 200
print(big, -big, big // 3, big % 1000, big * big, big - big, big > 2**199)
print(10 ** 50 + 1, (10 ** 50 + 1) * (10 ** 50 - 1))
print(int("9" * 60) + 1)
f = 1.0
for i in range(20):
    f *= 10
    print(f, 1 / f)
print(2 ** 0.5, 10 ** -2, 2.0 ** 1000, (-8) ** (1 / 3) if False else 0)
print(0.1 + 0.7, 1.1 * 3, 1e22, 1e-5, 123e-20, 5e-324, 1.7976931348623157e308)
print(float(2 ** 100), int(1e20), int(-1.5e16), 2 ** 63 - 1, -2 ** 63)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod_like if False else (7 // 2, 7 % 2))
print(round(7 / 3, 3) if False else 7 / 3)
