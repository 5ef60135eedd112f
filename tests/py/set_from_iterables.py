# set methods fed by generators, maps and other lazy iterables.
s = {1, 2}
s.update(x * x for x in range(4))
print(sorted(s))
s.difference_update(map(lambda v: v + 1, [0, 3]))
print(sorted(s))
print(sorted({1, 2, 3}.union(x for x in "ab" if x), key=str), sorted({1, 2, 3}.intersection(range(2, 10))))
print({1, 2, 3}.issubset(x for x in range(5)), {1, 2}.isdisjoint(iter([3, 4])), {1, 2, 3}.issuperset(x for x in [1]))
t = {1, 2, 3, 4}
t.intersection_update((x for x in [2, 4, 6]), [4, 2])
t.symmetric_difference_update(y for y in [4, 5])
print(sorted(t), frozenset(x % 3 for x in range(10)), set(map(len, ["a", "bb", "cc"])))
