# Starred and nested targets in assignments and for loops.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
a, (b, *c), d = 1, "wxyz", 4
print(a, b, c, d)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for first, *rest in ["abc", [1], (2, 3)]:
    print(first, rest)
head, *_ = "only"
print(head, _)
x = y = z = 0
x, y = y, x + 1
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"], d["b"] = "AB"
print(d)
*star, = range(3)
print(star)
a, *b = {7: "seven"}
print(a, b)
def gen():
    yield from "hi"
p, q = gen()
print(p, q)
