# List concatenation, repetition, lexicographic comparison, membership
# by equality, count/index with ranges, copy, clear, reverse.
a, b = [1, 2, 3], [1, 2, 4]
print(a + b, a * 2, 0 * a, -1 * a, [None] * 3)
print(a < b, a < [1, 2], [1, 2] < a, [] < [0], [2] > [1, 99], a == [1, 2, 3], a == (1, 2, 3))
print([1, [2, 3]] < [1, [2, 4]], [1, "a"] == [1, "a"], 2.0 in a, "2" in a, [1] in [[1], 2])
c = [1, 2, 1, 2, 1]
print(c.count(1), c.count(3), c.index(2), c.index(1, 1), c.index(1, -2), c.index(2, 0, 2))
d = c.copy()
d.reverse()
print(d, c)
d.clear()
print(d, len(d))
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2], [1, 1], [1]]))
for bad in [lambda: a + (4,), lambda: a * 1.5, lambda: a < "abc", lambda: [1] < ["a"], lambda: a - a,
            lambda: c.index(1, 5), lambda: a * a]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
