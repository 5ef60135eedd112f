# Nested loops and conditions in comprehensions, matrix helpers,
# clauses evaluated left to right.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(matrix) - 1 - matrix.index(row)])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 2])
print([(a, b) for a in range(3) for b in range(a)])
print([c * n for n in range(1, 3) for c in "ab"])
print([[0] * 3 for _ in range(2)])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
words = ["apple", "Bob", "cat", "Dog"]
print([w.lower() for w in words if w[0].isupper()], [len(w) for w in words])
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0])
print([(i, j) for i in range(3) if i for j in range(3) if j != i])
print([x if x > 0 else -x for x in [-2, 1, -3]])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
print([list(range(n)) for n in range(4)])
empty = [x for x in []]
print(empty, [x for x in range(0)])
