# Lists: building, indexing, slicing, slice assignment, del, in-place ops.
a = [1, 2, 3, 4, 5]
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[-2:], a[:-2], a[5:], a[-100:2])
a[0] = 10
a[-1] = 50
print(a)
a[1:3] = [20, 30, 35]
print(a)
a[::2] = [0, 0, 0]
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2]
b += [3]
b += (4, 5)
b += "ab"
b *= 2
print(b)
c = [0] * 3 + [1] * 2
print(c, len(c), [[]] * 2, [1, 2] * 0)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
print([1, 2] + [3], [] + [], list(range(5)), list("ab"), list((1, 2)))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
x = []
x.append(x)
print(x)
for k in [10, 'x', slice(1, 2, 0)]:
    try:
        a[k]
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    a[3:1:-1] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    del a[99]
except IndexError as e:
    print("IndexError", e)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], 2])
print([i for i in range(10) if i % 3 == 0])
