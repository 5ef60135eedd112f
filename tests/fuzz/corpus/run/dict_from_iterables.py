# dict.update and dict.fromkeys fed by generators and other lazy iterables.
d = {}
d.update((k, len(k)) for k in ["a", "bb"])
d.update(zip("xy", range(2)))
d.update(map(lambda kv: (kv[0].upper(), kv[1]), [("p", 1)]))
print(d)
print(dict.fromkeys((c for c in "abc"), 0), dict.fromkeys(map(str, range(3))))
pairs = [("k1", 1), ("k2", 2)]
print(dict(pairs), dict(zip(*zip(*pairs))), {k: v for k, v in reversed(pairs)})
try:
    d.update(x for x in [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
