# slice attributes and slice.indices().
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
