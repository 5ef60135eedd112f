# Sets of immediates only, then references added later (strings, tuples,
# frozensets), across collections, copies, merges and algebra.
a = set(range(0, 3000, 2))
b = {i for i in range(0, 3000, 3)}
junk = [[i] for i in range(20000)]  # allocation enough to collect
a.add("s" + str(7))
b |= {("t", i) for i in range(5)}
junk = [[i] for i in range(20000)]
c = a | b
d = frozenset(c)
e = {d, frozenset({1, 2})}
junk = [[i] for i in range(20000)]
print(len(a), len(b), len(c), len(a & b), len(a - b), len(a ^ b))
print("s7" in a, "s7" in c, ("t", 3) in c, d in e, frozenset({1, 2}) in e)
print(sorted(repr(x) for x in c if not isinstance(x, int)))
x = {1.5, None, True}
x.update(["u" + "v", (1, 2)])
junk = [[i] for i in range(20000)]
print(sorted(map(repr, x)))
