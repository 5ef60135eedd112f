# List mutation: slice assignment (growing, shrinking, extended slices),
# insert/pop positions, remove, extend with iterables, aliasing.
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
a[2:2] = "ins"
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
b = [1, 2, 3]
b.insert(0, "first"); b.insert(100, "last"); b.insert(-1, "before last"); b.insert(-100, "very first")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(2)
print(b)
b.extend(range(2)); b.extend("ab"); b.extend((9,)); b.extend({7: 0})
print(b)
c = b
c += [1]
d = b[:]
d.append("only d")
print(b is c, len(b), len(d))
e = [[]] * 3
e[0].append(1)
print(e)
f = [[] for _ in range(3)]
f[0].append(1)
print(f)
def set_ext(lst, sl, v):
    lst[sl] = v
for bad in [lambda: set_ext(a, slice(None, None, 2), [1]), lambda: [].pop(), lambda: [1].pop(5),
            lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2][::0], lambda: [].extend(5),
            lambda: [1].insert("0", 1), lambda: set_ext([1, 2, 3], slice(0, 3, 2), [1, 2, 3])]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
