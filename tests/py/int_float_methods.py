# Methods of int and float: to_bytes/from_bytes, as_integer_ratio,
# conjugate, real/imag, float.hex/fromhex, is_integer, bit ops.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((10).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag)
print((1.0).hex(), (-0.1).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.0).is_integer(), (3.5).is_integer(), (255).bit_length(), (-255).bit_length(), True.bit_length())
print(int.from_bytes(b"", "big"), (0).to_bytes(0, "big"), (2 ** 64).to_bytes(9, "big"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("zz")]:
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
