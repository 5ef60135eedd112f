# set and frozenset errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
attempt(lambda: s.add([1]))
attempt(lambda: s.remove(3))
attempt(lambda: s.remove([]))
attempt(lambda: s.discard({}))
attempt(lambda: s.union(5))
attempt(lambda: s.intersection(None))
attempt(lambda: s.difference(1.5))
attempt(lambda: s.issuperset(7))
attempt(lambda: s.symmetric_difference_update(1))
attempt(lambda: frozenset([1]).update([2]))
attempt(lambda: set().pop())
attempt(lambda: {frozenset({1}): 1}[{1}])
print(s)
