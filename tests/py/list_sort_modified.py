# Sorting while the key function changes the list, or fails.
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(9) or x)
except ValueError as e:
    print(type(e).__name__, e, l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e, l)
l = ["b", "a"]
l.sort(key=lambda s: s * 2, reverse=True)
print(l, sorted(l, key=lambda s: s[::-1]))
