# Three-argument pow: negative exponents (inverses), negative moduli, big numbers.
M = 10**9 + 7
print(pow(2, 10**6, M), pow(3, -1, M), pow(3, -1, M) * 3 % M, pow(12345, 6789, 97), pow(-2, 3, 7), pow(2, 3, -7))
print([pow(b, e, 13) for b in range(-3, 4) for e in (0, 1, 2, -1) if b % 13])
print(pow(7, 2**70, 2**61 - 1), pow(2**100, 3, 10**12), pow(0, 0, 5), pow(5, 0, 1))
for args in [(2, -1, 4), (2, 5, 0), (0, -1, 7)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
