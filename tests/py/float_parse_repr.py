# float(): parsing forms, shortest-repr output, special values and
# CPython's errors; repr round-trips.
for s in ["1", "-2.5", " 3e2 ", "1_000.5", ".5", "5.", "1E-3", "inf", "-Infinity", "nan", "+1e+308", "4.9e-324"]:
    print(repr(s), float(s))
for v in [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v), float(repr(v)) == v)
print(1e22, 1e21, 1e20, 12345678901234567890.0, -0.0, 0.0 == -0.0)
print(float(10 ** 20), float(2 ** 53 + 1), float(-(10 ** 30)), float(True))
for s in ["", "abc", "1.2.3", "1e", "0x10", "1_", "--1", "nan1", "1 2"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
for v in [None, [1.0], 10 ** 400]:
    try:
        float(v)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
