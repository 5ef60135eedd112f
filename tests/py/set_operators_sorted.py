# Set operators and methods with deterministic output (sorted), subset
# and superset tests, frozenset interplay, and errors.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.isdisjoint({9}), a.isdisjoint(b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference("x")))
print(sorted(a.symmetric_difference([1, 7])), a.issubset(range(10)), b.issuperset([5]))
c = set(a)
c |= {10}; c &= {1, 2, 10, 11}; c -= {1}; c ^= {2, 3}
print(sorted(c))
f = frozenset([1, 2])
print(type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2}, {f: "key"}[frozenset([2, 1])])
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); s.discard(99); s.remove(4)
print(sorted(s), len(s), 2 in s, 9 not in s)
print(s.pop() in {1, 2, 3}, len(s))
print({1, 2} == {2, 1}, {1} == frozenset([1]), set() == frozenset(), {1.0, 1, True})
for bad in [lambda: s.remove(99), lambda: set().pop(), lambda: {[]}, lambda: a | [1], lambda: a + b,
            lambda: f.add(1), lambda: a < [1], lambda: set(5)]:
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
