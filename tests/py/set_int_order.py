# Iteration order of small-int sets follows the hash table layout, as
# in CPython (ints hash to themselves).
print({3, 1, 2}, {10, 5, 0}, set(range(10, 0, -1)), {8, 16, 1})
print(list({5, 4, 3, 2, 1}), sorted({-1, -2, 0}), {100, 3}, frozenset({7, 1, 4}))
s = set()
for i in [9, 2, 7, 4]:
    s.add(i)
print(s, [x * 2 for x in s])
print({i % 5 for i in range(20)}, {0, 64, 32}, {1, 33})
