# reversed over lists, tuples, strings, ranges and dicts (and views);
# the iterator is lazy; non-sequences raise TypeError.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(list(reversed(b"xyz")), list(reversed([])))
for bad in [5, {1, 2}, None, (x for x in "ab")]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
