# Conversions between ints, floats, strs and bytes.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0, 1, -1, 2**53, 2**53 + 1, 10**20, -(10**30)]:
    print(x, float(x), int(float(x)), str(x), hex(x), int(str(x)), int(hex(x), 16), x.to_bytes(16, "big", signed=True).hex())
for f in [0.0, 1.9, -1.9, 1e16, 2.5e-3, 1e300]:
    print(f, int(f), str(f), float(str(f)) == f, f.hex(), f.as_integer_ratio()[1] > 0)
print(float("  1_000.5  "), float("-inf"), float("1e-400"), int("-0"), float("0x10".replace("0x", "")), str(-0.0))
attempt(lambda: float(2**1024))
attempt(lambda: int(1e400))
attempt(lambda: float("1e"))
