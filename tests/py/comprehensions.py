# List/set/dict comprehensions and generator expressions: scoping, nesting.
print([x * y for x in range(1, 4) for y in range(1, 3)])
print([[x for x in range(i)] for i in range(4)])
print({x: [y for y in range(x)] for x in range(3)})
print(sorted({c * 2 for c in "abc"}), [s for s in ["a", "", "b"] if s])
x = "outer"
print([x for x in range(3)], x)
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
n = 10
print([n + i for i in range(3)])
def f(k):
    return [k * i for i in range(k)]
print(f(3), [f(i) for i in range(3)])
print(sum(i for i in range(101)), list((a, b) for a in "xy" for b in (1, 2)))
funcs = [(lambda: i) for i in range(3)]
print([g() for g in funcs])
print({k: v for k, v in [(1, 'a'), (2, 'b'), (1, 'c')]})
print([y := 5, y ** 2])
print([z for z in range(5) if (w := z * z) > 4], w)
