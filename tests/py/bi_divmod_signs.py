# divmod over every sign combination, ints and floats.
for a in [7, -7, 7.5, -7.5, 0, 2**65]:
    for b in [2, -2, 2.5, -0.5]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a or abs(q * b + r - a) < 1e-9, (a // b, a % b) == (q, r))
