# int() parsing: whitespace, signs, underscores, prefixes with base 0,
# bases 2..36, and CPython's messages for invalid literals.
print(int(" 42 "), int("-0"), int("+7"), int("1_000_000"), int("\t\n12\n"), int("٣"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("z", 36), int("Z", 36), int("10", 2))
print(int("0b1010", 0), int("0o777", 0), int("0x_ff", 0), int("0", 0), int("00", 0), int("-0x10", 0))
print(int("777", 8), int("0o17", 8), int("12", 3), int("1" * 70, 2))
print(int(3.99), int(-3.99), int(1e20), int(True), int(-0.0), int(2 ** 70 + 0.0))
bad = ["", " ", "1.5", "1_", "_1", "1__0", "0x", "12a", "--1", "+-1", "1 2", "0b2", "08"]
for s in bad:
    try:
        int(s, 0) if s in ("0x", "0b2", "08") else int(s)
    except ValueError as e:
        print(e)
for args in [("9", 8), ("1", 37), ("1", 1), ("g", 16), ("10", 0.5), (10, 10)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan"), None, [1]]:
    try:
        int(v)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
