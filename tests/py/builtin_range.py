# range objects: repr, len, indexing, slicing, membership, count/index,
# equality by content, negative steps, big bounds and errors.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(r[1:4], r[::-1], r[::2], list(r[::-2]), r[10:])
print(5 in r, 6 in r, 5.0 in r, "5" in r)
print(range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2), range(3) == range(0, 3, 1))
print(list(range(10, 0, -3)), list(range(-5)), list(range(0, -6, -2)), len(range(5, 0)))
print(bool(range(0)), bool(range(1)))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True), tuple(range(3)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: r[100],
            lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
