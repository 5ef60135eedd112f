# sorted and list.sort are stable, with key and reverse (reverse keeps
# the stability of equal keys); key is called once per element.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
calls = []
def key(x):
    calls.append(x)
    return x % 3
print(sorted(range(9), key=key), len(calls))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2, 1)), sorted([], key=len))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]))
print(sorted([0.5, -1, 3, True, False]), sorted([1e10, 10 ** 11, -(2 ** 70)]))
multi = sorted(records, key=lambda r: (-r[1], r[0]))
print(multi)
for bad in [lambda: sorted([1, "a"]), lambda: sorted([1, 2], key=5), lambda: sorted([[1], (1,)]),
            lambda: sorted(5), lambda: sorted([1], lambda x: x), lambda: [2, 1].sort(key=None, bogus=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
