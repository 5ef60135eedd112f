# Dict and set comprehensions: key collisions keep the last value but the
# first position; sets deduplicate; inversions and grouping.
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({x % 3: x for x in range(10)})
inv = {v: k for k, v in {"one": 1, "two": 2, "uno": 1}.items()}
print(inv)
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({n * n for n in range(-3, 4)} == {0, 1, 4, 9})
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print({k: len(v) for k, v in groups.items()})
print({i: {j: i * j for j in range(i)} for i in range(3)})
print({(a, b): a + b for a in range(2) for b in range(2)})
sq = {n: n * n for n in range(5) if n % 2}
print(sq, len(sq))
print({c: "abcabc".count(c) for c in "abc"})
print(sorted({c.lower() for c in "HeLLo"}))
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print(e)
