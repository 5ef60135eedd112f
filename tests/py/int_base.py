# int() with bases, underscores, and the 4300-digit limit.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int(" 12 "), int("1_000"), int("-0x1F", 0))
print(int("١٢٣"), int(b"42"), int("10", base=2), int("  +7\n"), int(7.9), int(-7.9), int(True))
print(len(str(10 ** 4299)), int("9" * 4300) % 7)
attempt(lambda: int("9" * 4301))
attempt(lambda: str(10 ** 4300))
attempt(lambda: int("12", 1))
attempt(lambda: int("12", 37))
attempt(lambda: int("x"))
attempt(lambda: int("1__0"))
attempt(lambda: int("0x", 16))
attempt(lambda: int(12, 10))
attempt(lambda: int("9", 8))
attempt(lambda: int(float("inf")))
attempt(lambda: int(float("nan")))
attempt(lambda: int([1]))
