# sum with start values, floats (plain left-to-right addition), big ints,
# bools, lists and tuples as start, and the refusal of str starts.
print(sum([]), sum([1, 2, 3]), sum(range(10 ** 4)), sum([True, True, False]))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5]), sum([2 ** 64, 2 ** 64]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2], start=10), sum([], start=5.5))
print(sum(x * x for x in range(5)), sum({1: "a", 2: "b"}), sum([-(10 ** 30), 10 ** 30]))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]),
            lambda: sum(5), lambda: sum([[1]]), lambda: sum()]:
    try:
        bad()
    except TypeError as e:
        print(e)
