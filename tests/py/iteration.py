# Iterating every builtin iterable; iter()/next() protocol.
for x in "ab":
    print(x)
for x in (1, 2):
    print(x)
for k in {"x": 1, "y": 2}:
    print(k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for v in sorted({3, 1, 2}):
    print(v)
for i in range(10, 0, -4):
    print(i)
for i, (a, b) in enumerate(zip("xyz", [1, 2, 3]), start=1):
    print(i, a, b)
it = iter([10, 20, 30])
print(next(it))
for rest in it:
    print("rest", rest)
print(next(it, "end"))
r = iter(range(3))
print(list(r), list(r))
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
for ch in reversed("abc"):
    print(ch, end=" ")
print()
print(list(zip(*[(1, "a"), (2, "b")])))
