# hash of ints, bools, floats, tuples of those and None-free values;
# equal numbers hash equally; unhashable types raise TypeError.
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(10 ** 6))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((True, 1.0)) == hash((1, 1)))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash(None) == hash(None))
for bad in [[1], {}, set(), (1, [2]), {1: 2}.keys() if False else bytearray(b"") if False else [[]]]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
