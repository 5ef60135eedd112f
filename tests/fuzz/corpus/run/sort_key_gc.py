# sorted() and list.sort() with Python key functions on lists large enough
# that collections run while the keys are computed (the sort's native frame
# state must hold only values the heap verifier accepts), and a list changed
# by its key function.
n = 20000
xs = [(i * 7919) % 100_003 for i in range(n)]
pairs = [(x % 1000, x) for x in xs]
by_key = sorted(pairs, key=lambda p: (p[0], -p[1]))
print(by_key[0], by_key[-1], by_key[n // 2])
words = [str(x) for x in xs]
words.sort(key=lambda w: (len(w), w[::-1]), reverse=True)
print(words[:3], words[-3:])

l = [3, 1, 2]


def grow(x):
    l.append(x)
    return x


try:
    l.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
