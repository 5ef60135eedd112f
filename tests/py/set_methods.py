# set methods.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
s.add(4); s.add(1); s.discard(2); s.discard(99); s.remove(3)
print(s, s.pop(), s)
print({1, 2}.union([3], (4,), b"a"), {1, 2}.intersection([2, 3], {2}), {1, 2, 3}.difference([1], [2]), {1, 2}.symmetric_difference([2, 3]))
print({1}.issubset([1, 2]), {1, 3}.issubset({1, 2}), {1, 2}.issuperset({2: 0}), {1}.isdisjoint([2]), {1, 2}.isdisjoint({2: "x"}))
t = {1, 2, 3}
t.update([4], {5}); t.intersection_update(range(2, 9), [2, 3, 4, 5]); t.difference_update([2]); t.symmetric_difference_update([3, 9])
print(t)
u = {1, 2}; c = u.copy(); c.add(9); u.clear()
print(u, c, {frozenset([1])} - {frozenset([1])})
f = {frozenset([1])}
f.remove({1}); print(f)
seen, dups = set(), set()
for x in [3, 1, 3, 2, 1]:
    (dups if x in seen else seen).add(x)
print(sorted(seen), sorted(dups))
attempt(lambda: {1}.add())
attempt(lambda: {1}.add([]))
attempt(lambda: {1}.remove(2))
attempt(lambda: {1}.remove({1}))
attempt(lambda: set().pop())
attempt(lambda: {1}.pop(1))
attempt(lambda: {1}.union(1))
attempt(lambda: {1}.union(x=1))
attempt(lambda: {1}.symmetric_difference())
attempt(lambda: {1}.issubset(1))
attempt(lambda: {1}.isdisjoint(2))
attempt(lambda: {1}.update([[]]))
