# keys/values/items views: len, iteration, membership, repr, liveness.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print("a" in k, "z" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, list(k), list(v), list(it))
d["c"] = 3
print(k, v, it)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sorted(d.values(), reverse=True), list(reversed(d.keys())), [x for x in d if d[x] > 1])
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
