# Sorting tuple keys (the tuple fast path of the sort's comparisons):
# equal prefixes, lengths, nesting, mixed numbers, strings, stability,
# reverse, and the errors of unorderable items.
seed = 7
rows = []
for i in range(3000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    rows.append((seed % 7, -(seed % 13), seed % 5 == 0, i))
print(sorted(rows)[:5], sorted(rows)[-3:])
print(sorted(rows, key=lambda r: (r[0], -r[1]))[:4])
print(sorted(rows, key=lambda r: (r[2], r[0]), reverse=True)[:4])
mixed = [(1, 2.5), (1, 2), (1,), (0, "z"), (1, 2, 3), (), (1, True), (1.0, 1), (2**70, 0), (-2**70, 1)]
print(sorted(mixed))
print(sorted([(1, (2, 3)), (1, (2,)), (1, (1, 9)), (0, (5,)), (1, (2, 3), 0)]))
print(sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1), ("é", 0), ("", 5)]))
print(sorted([(float("nan"), 1), (1.0, 2), (0.5, 3)])[1:])
print(sorted([(1, 2), (1, 2)], key=lambda t: t))
for bad in ([(1, "a"), (1, 2)], [(1, None), (1, None), (0, 1), (1, 2)], [((1, "x"),), ((1, 2),)]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
deep, deeper = (1,), (0,)
for _ in range(50):
    deep, deeper = (deep,), (deeper,)
print(sorted([deep, deep, deeper])[0] == deeper)
print([t[3] for t in sorted(rows, key=lambda r: (r[0],))[:10]])
