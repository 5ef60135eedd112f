# bin/hex/oct of ints and bools, negatives and big values; round trips
# through int(s, 0); errors for non-integers.
for n in [0, 1, 7, 8, 255, -1, -255, 2 ** 64, -(2 ** 70) + 1, True]:
    print(n, bin(n), oct(n), hex(n))
for n in [10, -10, 12345678901234567890]:
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
print(int(hex(-4096), 16), int(bin(5)[2:], 2), int("0X1f", 0), int("0B101", 0))
for v in [1.5, "10", None]:
    for f in [bin, oct, hex]:
        try:
            f(v)
        except TypeError as e:
            print(f.__name__, e)
