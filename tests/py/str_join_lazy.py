# join, list.extend and sorted over generators, map and filter.
print(", ".join(str(i) for i in range(5)), "".join(map(str.upper, "abc")), "-".join(filter(str.isalpha, "a1b2c3")))
l = [0]
l.extend(i * 2 for i in range(1, 4))
l.extend(map(abs, [-7, -8]))
print(l, sorted(x % 5 for x in range(12)), sorted(map(len, ["ccc", "a", "bb"]), reverse=True))
print(b"".join(bytes([c]) for c in b"xyz"), tuple(x for x in "ab"), list(reversed(list(filter(None, [0, 1, 2])))))
try:
    "".join(x for x in [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
