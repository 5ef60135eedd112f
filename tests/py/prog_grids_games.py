def make_grid(rows):
    return [list(r) for r in rows.strip().split("\n")]
maze = make_grid("""
S.#.....
.##.###.
....#...
.##...#E
""")
R, C = len(maze), len(maze[0])
start = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == "S")
end = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == "E")
def neighbors(p):
    r, c = p
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and maze[nr][nc] != "#":
            yield nr, nc
prev = {start: None}
frontier = [start]
while frontier:
    nxt = []
    for p in frontier:
        for q in neighbors(p):
            if q not in prev:
                prev[q] = p
                nxt.append(q)
    frontier = nxt
path, p = [], end
while p:
    path.append(p)
    p = prev[p]
path.reverse()
print(len(path) - 1, path[:4], "...")
for r, c in path[1:-1]:
    maze[r][c] = "*"
print("\n".join("".join(row) for row in maze))
def life_step(cells):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = glider
for _ in range(4):
    g = life_step(g)
print(sorted(g), sorted((r - 1, c - 1) for r, c in g) == sorted(glider))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
m = [[1, 2, 3], [4, 5, 6]]
print(rotate(m), rotate(rotate(rotate(rotate(m)))) == m)
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
board = [[" "] * 3 for _ in range(3)]
moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
def winner(b):
    lines = [r for r in b] + [list(c) for c in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None
for turn, (r, c) in enumerate(moves):
    if board[r][c] != " ":
        raise ValueError(f"cell {(r, c)} taken")
    board[r][c] = "XO"[turn % 2]
    if w := winner(board):
        print(f"{w} wins after {turn + 1} moves")
        break
else:
    print("draw")
print("\n-+-+-\n".join("|".join(row) for row in board))
board[0][0] = "Q"
print(winner(board))
moves.append((1, 1))
for r, c in moves[-1:]:
    if board[r][c] != " ":
        raise ValueError(f"cell {(r, c)} taken")
