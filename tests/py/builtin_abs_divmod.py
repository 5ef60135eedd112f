# abs and divmod over int, bool, float and big ints, with the sign rules
# of floor division and the errors for bad operands.
print(abs(0), abs(-7), abs(True), abs(-2.5), abs(-0.0), abs(-10 ** 30))
print(abs(float("-inf")), abs(-1e-300))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (10 ** 20, 7), (-(10 ** 20), 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (1e10, 3.0), (-0.0, 1.0), (5, 0.5)]:
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(5, True))
for args in [(1, 0), (1.0, 0), (1, 0.0), ("a", 1), (1,), (1, 2, 3)]:
    try:
        print(divmod(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
for v in ["x", None, [1]]:
    try:
        abs(v)
    except TypeError as e:
        print(e)
