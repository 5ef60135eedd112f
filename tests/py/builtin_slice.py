# slice objects: repr, attributes, indices(), use as a subscript on
# lists, strings and tuples, and slice assignment with them.
s = slice(1, 5, 2)
print(s, slice(3), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefgh"[s], tuple(data)[slice(-3, None)], data[slice(None, None, -3)])
data[slice(0, 3)] = ["a"]
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    [1, 2][slice(1, 2, 0)]
except ValueError as e:
    print(e)
try:
    [1, 2][slice("a", None)]
except TypeError as e:
    print(e)
try:
    slice()
except TypeError as e:
    print(e)
