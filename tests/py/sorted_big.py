# Larger sorts exercising runs, merges and galloping (a linear congruential sequence).
x = 12345
data = []
for i in range(800):
    x = (x * 1103515245 + 12345) % 2**31
    data.append(x % 1000)
s = sorted(data)
print(s[:10], s[-10:], s[::100], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = sorted(((v, i) for i, v in enumerate(data)), key=lambda p: p[0])
print(pairs[:5], all(pairs[i][1] < pairs[i + 1][1] for i in range(len(pairs) - 1) if pairs[i][0] == pairs[i + 1][0]))
runs = list(range(400)) + list(range(400, 0, -1)) + [7] * 100 + list(range(300))
r = sorted(runs, reverse=True)
print(r[:3], r[-3:], len(r), sorted(runs) == r[::-1])
strs = sorted(str(v) for v in data[:500])
print(strs[:5], strs[-5:])
