# round(float, n): the fast path (scaled product clearly away from a
# halfway point) must agree with CPython's correctly rounded digits, and
# ties, huge and tiny values must take the exact path.
seed = 2024
acc = 0
for k in range(6000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    mant = (seed >> 11) / 2**53
    scale = 10.0 ** ((seed % 17) - 6)
    x = (mant - 0.5) * scale
    nd = (seed >> 7) % 12
    r = round(x, nd)
    acc = (acc * 31 + hash(r)) % 1000003
    if k % 500 == 0:
        print(repr(x), nd, repr(r))
print(acc)
for x in [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1.45, -1.45,
          5e-324, -5e-324, 1e-300, -1e-300, 123456789.125, 4503599627370495.5,
          9007199254740993.0, 1e22, 1e23, -0.0, 0.0, 0.285, 0.615, 1234.5678]:
    print(repr(x), [repr(round(x, n)) for n in (0, 1, 2, 3, 5, 10, 15, 16, 22, 23)])
print(repr(round(5 + 737 / 10, 2)), repr(round(2.675, 2)), repr(round(-2.675, 2)))
