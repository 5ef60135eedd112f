# Dicts keep insertion order: overwriting keeps the position, deleting
# and re-inserting moves the key to the end; views are live.
d = {"b": 1, "a": 2, "c": 3}
d["a"] = 20
print(d, list(d))
del d["b"]
d["b"] = 100
print(d)
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["z"] = 0
print(list(keys), list(values), list(items), len(keys))
print("a" in keys, 20 in values, ("a", 20) in items, ("a", 21) in items)
print(d.pop("a"), list(keys), d.popitem(), d)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(dict.fromkeys("abc", 0), dict.fromkeys([3, 1, 2]))
d2 = {}
for k in [5, 3, 9, 1]:
    d2[k] = k * k
print(d2, sorted(d2), list(d2.items())[0])
print({**{"x": 1, "y": 2}, "x": 3}, dict([("a", 1), ("b", 2), ("a", 3)]))
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict({"k": 1}, k2=2), dict([["p", "q"]]))
print(keys == {"c", "b", "z"}, items == {("c", 3), ("b", 100), ("z", 0)}, keys & {"c", "q"})
it = iter(d)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
