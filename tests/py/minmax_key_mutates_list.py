# min/max with a key function that changes the list being scanned: the
# list is read as an iterator reads it (CPython's min_max over iter()).
L = [3, 1, 2]
def clearing(x):
    L.clear()
    return x
print(min(L, key=clearing), L)

M = [5, 4]
def growing(x):
    if len(M) < 6:
        M.append(x - 3)
    return -x
print(max(M, key=growing), M)

N = [7, 8, 9]
def popping(x):
    N.pop()
    return x
print(min(N, key=popping), N)
print(max([2, 9, 4], key=lambda v: (v % 3, v)))
