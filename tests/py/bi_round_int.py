# round() on ints with negative ndigits: half to even on the decimal digit.
for n in [0, 5, 15, 25, 35, 45, 150, 250, 1250, 1350, -1250, -1350, 99999, 10**20 + 5 * 10**18, -(2**70)]:
    print(n, [round(n, d) for d in (-1, -2, -3, 0, 2)], type(round(n, -1)).__name__)
print(round(True, -1), round(False, 2), round(7, None))
