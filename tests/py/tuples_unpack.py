# Tuples and unpacking (nested, starred).
t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1], t[-1], t[:2], t + (4,), t * 2, (1,) * 3, ())
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
p, *mid, q = range(5)
print(p, mid, q)
head, *tail = (9,)
print(head, tail)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate([("x", 1), ("y", 2)]):
    print(i, k, v)
print(len(t), 2 in t, t.__class__, type(()))
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(tuple(x * 2 for x in t), tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), (2,) > (1, 9))
s = 1, 2
print(s, type(s) is tuple)
