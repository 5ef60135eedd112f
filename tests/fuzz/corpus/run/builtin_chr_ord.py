# chr and ord across ASCII, Latin-1, BMP and astral code points, and the
# errors for out-of-range values and wrong lengths.
for cp in [0, 9, 65, 97, 127, 233, 0x3b1, 0x20ac, 0x65e5, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c), len(c))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord("é"), ord("\n"), ord("\x00"), ord("😀"), ord(b"A"), ord(bytearray(b"z")) if False else ord(b"z"))
print([chr(c) for c in range(ord("a"), ord("f"))])
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr("a"),
            lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: ord(b"ab"), lambda: ord([])]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
