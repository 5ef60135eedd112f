# Conway's Game of Life on a small torus, with a set of live cells and
# a dict of neighbour counts; prints generations as text.
W, H = 10, 8
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (6, 5), (7, 5), (8, 5)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))
for gen in range(4):
    print(f"gen {gen}: {len(live)} alive")
    print(show(live))
    live = step(live)
for _ in range(30):
    live = step(live)
print(len(live), sorted(live)[:4])
