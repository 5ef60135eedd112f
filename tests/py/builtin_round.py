# round: banker's rounding for ints and floats, ndigits positive and
# negative, int result without ndigits, float result with it.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(2.5, 0), round(-0.4), round(-0.0, 1), round(1e300, -300), round(123.456, 10))
print(round(10 ** 30 + 5, -1), round(True), round(0.1 + 0.2, 15))
print(round(float("inf"), 2), round(float("nan"), 1))
for args in [(float("inf"),), (float("nan"),), ("1",), (1.5, 1.0), (1, None)]:
    try:
        print(round(*args))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
