# reversed over every reversible builtin, and partial consumption.
for seq in [[1, 2, 3], (4, 5), "héllo", b"ab", range(0, 10, 3), range(5, 0, -2), {"a": 1, "b": 2}]:
    print(repr(seq), list(reversed(seq)))
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
