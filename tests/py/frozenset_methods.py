# frozenset methods return frozensets; they are hashable.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([1, 2, 3])
print(f.union([4]), f.intersection({2, 3}), f.difference("a"), f.symmetric_difference({3, 4}), f.copy() is f)
print(f.issubset(range(5)), f.issuperset(set()), f.isdisjoint("a"), frozenset(), frozenset(frozenset([1])))
print({f: "key"}[frozenset([3, 2, 1])], hash(f) == hash(frozenset([3, 1, 2])), f == {1, 2, 3})
attempt(lambda: f.add(1))
attempt(lambda: frozenset().union(x=1))
attempt(lambda: frozenset(1))
attempt(lambda: frozenset([[1]]))
attempt(lambda: frozenset([1], [2]))
