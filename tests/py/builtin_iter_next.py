# iter over sequences, dicts and strings; next with a default; the
# two-argument iter(callable, sentinel); iterators are their own iter.
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
print(iter(it) is it, list(iter({"a": 1, "b": 2})), list(iter("xy")), list(iter(range(2))))
d = iter({1: 2})
print(type(d).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
for bad in [lambda: iter(1), lambda: next([1]), lambda: next()]:
    try:
        bad()
    except TypeError as e:
        print(e)
