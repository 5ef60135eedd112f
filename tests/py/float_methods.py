# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 1e-300, 5e-324, 1.7976931348623157e308, 2.0**60]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.conjugate(), x.real, x.imag)
print(float("inf").hex(), float("nan").hex(), float("-inf").is_integer())
for s in ["0x1.8p1", "-0x1p-1074", "inf", "-iNF", " 0x1.fffffffffffffp+1023 ", "1.8", "0x.8", "0X1P+2", "0x1p-1075",
          "0x1.8p-1074", "0x1.0000000000000801p0", "1p0", "nan"]:
    print(repr(s), float.fromhex(s))
attempt(lambda: float("inf").as_integer_ratio())
attempt(lambda: float("nan").as_integer_ratio())
attempt(lambda: float.fromhex("0x1p1024"))
attempt(lambda: float.fromhex("zz"))
attempt(lambda: float.fromhex("0x1p"))
attempt(lambda: float.fromhex(""))
attempt(lambda: float.fromhex(1))
attempt(lambda: (2.5).hex(1))
