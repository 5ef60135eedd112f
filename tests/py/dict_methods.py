# dict methods and their errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("b"), d.pop("zz", None), d.popitem(), d, d.copy(), len(d))
d.update({"x": 1}); d.update([("y", 2), ["z", 3]]); d.update(w=4); d.update()
print(d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
e = d.copy(); e.clear(); print(e, d != e)
attempt(lambda: {}.popitem())
attempt(lambda: {1: 2}.pop(3))
attempt(lambda: {1: 2}.pop())
attempt(lambda: {1: 2}.get())
attempt(lambda: {1: 2}.get([1]))
attempt(lambda: {1: 2}.get(key=1))
attempt(lambda: {1: 2}.setdefault([]))
attempt(lambda: {1: 2}.keys(1))
attempt(lambda: {1: 2}.popitem(1))
attempt(lambda: {1: 2}.update(1))
attempt(lambda: {1: 2}.update([1]))
attempt(lambda: {1: 2}.update([(1, 2, 3)]))
attempt(lambda: {1: 2}.update({3: 4}, {5: 6}))
attempt(lambda: {1: 2}.update(None))
