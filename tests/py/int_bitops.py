# Bitwise operators on ints of any size and sign (two's complement
# semantics), shifts, bit_length/bit_count, and the errors.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 70 - 1), (-(2 ** 70), 255)]:
    print(a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 100, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100, 2 ** 100 >> 98, 7 >> 64)
print(True & 3, True | False, True ^ True, ~True, type(True & False).__name__, type(True & 2).__name__)
for n in [0, 1, 255, 256, -256, 2 ** 64 - 1, -(2 ** 64)]:
    print(n, n.bit_length(), n.bit_count() if hasattr(n, "bit_count") else bin(n).count("1"))
print((0b1010).bit_count(), (-7).bit_count())
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 & 1, lambda: 1 | "a", lambda: ~1.5]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
