data = [12.5, 7.25, 3.0, 19.75, 7.25, 10.0, 15.5, 3.0, 7.25]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
var = sum((x - mean) ** 2 for x in data) / (n - 1)
std = var ** 0.5
print(f"n={n} mean={mean:.4f} median={median} mode={mode} var={var:.4f} std={std:.4f}")
print(f"min={min(data)} max={max(data)} range={max(data) - min(data)}")
def percentile(vals, p):
    vals = sorted(vals)
    k = (len(vals) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(vals) - 1)
    return vals[f] + (vals[c] - vals[f]) * (k - f)
print([round(percentile(data, p), 3) for p in (0, 25, 50, 75, 90, 100)])
z = [round((x - mean) / std, 2) for x in data]
print(z)
hist = {}
for x in data:
    b = int(x // 5) * 5
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print(f"[{b:>2},{b + 5:>3}) {'*' * hist[b]:<5} {hist[b] / n:.1%}")
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
mm = [[sum(a * b for a, b in zip(r, c)) for c in zip(*B)] for r in A]
print(mm, [list(r) for r in zip(*A)])
det = A[0][0] * A[1][1] - A[0][1] * A[1][0]
inv = [[A[1][1] / det, -A[0][1] / det], [-A[1][0] / det, A[0][0] / det]]
print(det, inv)
xs = [1, 2, 3, 4, 5]
ys = [2.1, 3.9, 6.2, 8.1, 9.8]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(f"y = {slope:.3f}x + {my - slope * mx:.3f}")
print(sum([0.1] * 10), 0.1 * 3, 1e308 * 10, -1e308 * 10, 2 ** -1074, 7 / 2, 7 // 2, -7 // 2, divmod(-7, 2))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), f"{0.125:.2f}", f"{2.5:.0f}")
print(int(1e15), int(-3.99), float("inf") > 1e308, abs(-0.0), 1 / 3 * 3 == 1.0, 3 * 1.1)
