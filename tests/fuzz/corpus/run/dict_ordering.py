# Insertion order through updates, pops, popitem and re-insertion.
d = {}
for k in "qwerty":
    d[k] = ord(k)
print(list(d))
d.pop("w"); d["w"] = 0; d.update({"q": 1, "z": 2})
print(list(d.items()))
print(d.popitem(), d.popitem(), list(d))
d.setdefault("a", 5); d.setdefault("q", 9)
print(d, list(reversed(d)), list(reversed(d.values())))
e = dict.fromkeys(d, None); e.update(d)
print(e == d, list(e) == list(d), e.keys() == d.keys())
