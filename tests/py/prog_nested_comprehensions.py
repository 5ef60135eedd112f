matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({(i, j): i * j for i in range(3) for j in range(i, 3)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = ["apple", "banana", "avocado", "cherry", "blueberry"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print(sorted({len(w) for w in words}), {w: len(w) for w in words if len(w) > 5})
flat = lambda l: [y for x in l for y in (flat(x) if isinstance(x, list) else [x])]
print(flat([1, [2, [3, [4, 5]], 6], [[7]]]))
print([[0] * 3 for _ in range(2)], [i if i % 3 else "fizz" for i in range(7)])
print([s.upper() for s in (t.strip() for t in " a , b ,c ".split(",")) if s])
table = [dict(zip(["id", "v"], r)) for r in [(1, "x"), (2, "y")]]
print(table, [r["v"] * r["id"] for r in table])
pairs = [(x, y) for x in "ab" for y in range(2)]
print(pairs, list(zip(*pairs)))
print(sum([[1], [2, 3], []], []), [*range(3), *"ab", *{"k": 1}])
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
grid = [[(r * 3 + c) % 4 for c in range(4)] for r in range(3)]
print("\n".join(" ".join(f"{v:2d}" for v in row) for row in grid))
print([i for i in range(20) if all(i % p for p in range(2, int(i ** 0.5) + 1)) and i > 1])
x = 10
print([x for x in range(3)], x)
print([(lambda y: y * k)(2) for k in range(3)])
