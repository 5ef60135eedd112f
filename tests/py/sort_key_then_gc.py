# Many sorts with a Python key function, with allocation between them:
# the debug build's heap verifier must find no stray internal references
# after a collection (the sort's native frame state holds the list's
# item array).
def k(v):
    return -v
for i in range(3000):
    r = sorted([3, 1, 2], key=k)
    x = [[i] * 20 for i in range(20)]
print(r, "done")
data = [3, 1, 2]
for i in range(2000):
    data.sort(key=k)
    y = [str(i)] * 30
print(data)
