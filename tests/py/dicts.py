# Dicts: literals, subscripts, deletion, membership, order, comprehensions.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" not in d)
del d["b"]
print(d)
for k in d:
    print(k, d[k])
e = {k: v * 2 for k, v in zip("xyz", range(3))}
print(e)
print({**d, **e, "a": 0})
print(d | e, dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=5), dict())
f = {}
f[(1, 2)] = "tuple key"
f[1.5] = "float"
f[None] = "none"
f[True] = "bool"
f[1] = "one"
print(f)
print({1: 'a', 1.0: 'b', True: 'c'})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
g = {i: i * i for i in range(10) if i % 2}
print(g, list(g), sorted(g, reverse=True), sum(g), max(g), len(g))
d2 = {}
for word in "the cat and the hat and the bat".split(" ") if False else ["the", "cat", "and", "the", "hat"]:
    d2[word] = d2[word] + 1 if word in d2 else 1
print(d2)
d3 = {"x": 1}
d3 |= {"y": 2}
print(d3)
