# Tuples: immutability errors, concatenation, single-element syntax,
# comparison, hashing as dict keys, count/index, nested mutables.
t = (3, 1, 2)
print(t + (4,), t * 2, (1,) * 0, (), (5,), tuple("ab"), t[1:], t[::-1])
print(t < (3, 2), (1, 2) < (1, 2, 0), () < (0,), t == (3, 1, 2), t != [3, 1, 2])
print(t.count(1), t.index(2), len(t), 2 in t, min(t), sorted(t))
grid = {(0, 0): "a", (1, 2): "b"}
print(grid[(1, 2)], grid[0, 0], (0, 0) in grid)
nested = ([1], "s")
nested[0].append(2)
print(nested)
x = 1,
y = (1)
print(type(x).__name__, type(y).__name__, x)
a, b = b, a = 1, 2
print(a, b)
def set0(seq):
    seq[0] = 1
for bad in [lambda: set0(t), lambda: t + [1], lambda: t.index(9), lambda: hash(([],)),
            lambda: t.append(1), lambda: (1, 2) < (1, "a")]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
