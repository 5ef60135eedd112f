# Methods against operators on sets.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b) == a | b, a.intersection(b) == a & b, a.difference(b) == a - b, a.symmetric_difference(b) == a ^ b)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(a.issubset(a | b), (a & b).issubset(a), a.issuperset(a & b), a.isdisjoint(b - a), {1} < a, a <= a, a > {1})
c = set(a); c |= b; d = set(a); d &= b; e = set(a); e -= b; f = set(a); f ^= b
print(sorted(c), sorted(d), sorted(e), sorted(f))
g = set(a); g.intersection_update(b, {4, 5, 6}); h = set(a); h.difference_update(b, {1})
print(g, h, frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
