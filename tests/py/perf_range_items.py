# Ranges turned into lists by the natives that take any iterable (made
# directly for small ints): every step sign, empty and one-item ranges,
# bounds far from zero, big ints, and the iterators' order kept.
cases = [range(0), range(5), range(-3), range(2, 11, 3), range(10, 0, -3), range(10, -11, -7),
         range(0, 1), range(5, 5), range(-5, 5, 4), range(7, 8, 100), range(2**40, 2**40 + 5),
         range(-2**45, -2**45 - 9, -4), range(2**70, 2**70 + 3), range(0, 2**70, 2**68)]
for r in cases:
    print(list(r), tuple(r)[:3], sorted(r, reverse=True)[:3], len(set(r)), sum(r), min(r, default=None))
print(sorted(set(range(0, 100, 7)) ^ set(range(0, 100, 5)))[:10])
print(frozenset(range(3)), list(reversed(range(1, 9, 2))), list(map(abs, range(-3, 3))))
big = list(range(100000))
print(len(big), big[-1], sum(big), set(range(0, 30, 2)) & set(range(0, 30, 3)))
