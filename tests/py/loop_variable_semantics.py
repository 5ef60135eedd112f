# Loop targets: the variable keeps its last value, assigning to it in
# the body does not affect iteration, ranges and lists are snapshots
# or live as in CPython, and any target form works.
for i in range(3):
    i = i * 100
print(i)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
out = []
lst = [1, 2, 3, 4]
for v in lst:
    out.append(v)
    if v == 2:
        lst.remove(v)
print(out, lst)
n = 3
for k in range(n):
    n = 10
print(k, n)
d = {}
for d["key"] in ["a", "b"]:
    pass
print(d)
arr = [0, 0, 0]
for idx, arr[idx] in enumerate([5, 6, 7]):
    pass
print(arr)
for _ in []:
    unreachable = True
print("unreachable" in dir() if False else "empty loop body never ran")
s = "abc"
for ch in s:
    s = "zzzz"
print(ch, s)
