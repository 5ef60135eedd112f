# Nested and starred unpacking in assignments and for loops.
(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k)
for first, *others in ["abc", "de", "f"]:
    print(first, others)
head, *_, tail = range(10)
print(head, tail)
m = {"k": [1, (2, 3)]}
(p, (q, r)) = m["k"]
print(p, q, r)
a = b = [1, 2]
a += [3]
print(a is b, b)
t = 1, 2, 3
x, y, z = t
x, y = y, x
print(x, y, z)
for v in [(1, 2), (3, 4, 5)]:
    try:
        u, w = v
        print(u, w)
    except ValueError as e:
        print("ValueError:", e)
