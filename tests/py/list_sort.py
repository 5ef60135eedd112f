# list.sort and sorted: stability, reverse, keys (builtin and Python), errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [(2, "a"), (1, "b"), (2, "A"), (1, "a"), (3, "c")]
print(sorted(data), sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([-3, 2, -1, 0], key=abs), sorted(["10", "9", "100"], key=int))
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted(range(5), reverse=True), sorted((3, 1)), sorted([]))
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
runs = list(range(100)) + list(range(50)) + list(range(200, 120, -1))
print(sorted(runs)[::40])
recs = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: r["v"])])
print([r["n"] for r in sorted(recs, key=lambda r: -r["v"])])
attempt(lambda: [3, "a"].sort())
attempt(lambda: sorted([1, 2, "x", 0]))
attempt(lambda: [1].sort(1))
attempt(lambda: [1].sort(reverse=None))
attempt(lambda: [1, 2].sort(key=1))
attempt(lambda: sorted())
attempt(lambda: sorted([1], key=None, reverse=True, x=1))
attempt(lambda: sorted(1))
attempt(lambda: sorted([1, 2], key=lambda x: 1 / 0))
l = [3, 1, 2]
try:
    l.sort(key=lambda x: {1: "a", 2: 0, 3: "b"}[x])
except TypeError as e:
    print(type(e).__name__, e, l)
