# map with one and several iterables (shortest wins), filter with a
# function and with None, laziness and single use.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
print(list(filter(lambda x: x % 3 == 0, range(10))))
calls = []
m = map(lambda x: calls.append(x) or x * 10, [1, 2, 3])
print(calls, next(m), calls, list(m), list(m))
f = filter(None, [1, 0, 2])
print(type(m).__name__, type(f).__name__, next(f), list(f))
print(sorted(map(abs, [-3, 1, -2])), sum(map(int, "12345")), "-".join(map(str, range(4))))
print(list(map(int, "1 2 3".split())), max(map(len, ["ab", "abc"])))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(e)
for bad in [lambda: map(str), lambda: map(str, 5), lambda: filter(None), lambda: filter(None, 3),
            lambda: list(map(5, [1]))]:
    try:
        bad()
    except TypeError as e:
        print(e)
