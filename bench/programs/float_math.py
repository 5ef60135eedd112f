# Float arithmetic: numerical integration and Newton iterations.
try:
    SCALE
except NameError:
    SCALE = 1

n = int(1_000_000 * SCALE)
h = 1.0 / n
total = 0.0
for i in range(n):
    x = (i + 0.5) * h
    total += 4.0 / (1.0 + x * x)
pi = total * h

roots = 0.0
for k in range(1, n // 10 + 1):
    y = float(k)
    g = y / 2.0 + 1.0
    for _ in range(6):
        g = 0.5 * (g + y / g)
    roots += g
print(f"{pi:.10f} {roots:.6e}")
