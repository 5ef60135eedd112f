# List comprehension and sorted with a key.
try:
    SCALE
except NameError:
    SCALE = 1

n = int(300_000 * SCALE)
xs = [(i * 7919) % 100_003 for i in range(n)]
pairs = [(x % 1000, x) for x in xs]
by_key = sorted(pairs, key=lambda p: (p[0], -p[1]))
plain = sorted(xs, reverse=True)
evens = [x for x in plain if x % 2 == 0]
print(by_key[0], by_key[-1], plain[0], plain[-1], len(evens), sum(evens[:100]))
