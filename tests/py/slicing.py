# Slices of str, tuple, list, range with all step signs.
s = "abcdefghij"
t = tuple(range(10))
r = range(0, 20, 2)
for start in [None, 0, 3, -3, 12]:
    for stop in [None, 5, -2, 20]:
        for step in [None, 1, 2, -1, -3]:
            print(start, stop, step, s[start:stop:step], t[start:stop:step], list(r[start:stop:step]))
print(r[3], r[-1], len(r[::3]), r[::-1], r[2:5])
print(s[slice(2, 5)], t[slice(None, None, -2)])
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
print("hello"[1:-1], "x"[5:], ""[::-1], [1, 2, 3][::-2])
