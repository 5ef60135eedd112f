# inf and nan arithmetic and comparisons, signed zero, is_integer,
# int conversion errors, and nan in containers.
inf, nan = float("inf"), float("nan")
print(inf + 1, -inf * 2, inf - inf, inf * 0, 1 / inf, -1 / inf, inf > 10 ** 300)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf)
print(nan in [nan], [nan] == [nan], nan is nan, max(1, nan), max(nan, 1))
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, -0.0 * 1, abs(-0.0), round(-0.4))
print((1.5).is_integer(), (2.0).is_integer(), inf.is_integer(), (-0.0).is_integer())
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 0.0 ** 0, inf ** 0, nan ** 0, 1 ** nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, inf % 5 if False else 5 % inf, -5 % inf)
for bad in [lambda: int(inf), lambda: int(nan), lambda: 1 / 0.0, lambda: 1 % 0.0, lambda: 1 // 0.0,
            lambda: 0.0 ** -1, lambda: 2.0 ** 10000]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
