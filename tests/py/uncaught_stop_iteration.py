# next() on an exhausted iterator at module level, uncaught.
it = iter([1])
print(next(it))
print(next(it))
