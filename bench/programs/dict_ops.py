# Dict build, lookup, update and iteration.
try:
    SCALE
except NameError:
    SCALE = 1

n = int(500_000 * SCALE)
d = {}
for i in range(n):
    d[i * 31 % n] = i
hits = 0
for i in range(0, 2 * n, 3):
    if i in d:
        hits += d[i]
words = {}
for i in range(n):
    key = "k" + str(i % 5000)
    words[key] = words.get(key, 0) + 1
total = sum(d.values()) + sum(v for v in words.values())
print(len(d), hits, len(words), total)
