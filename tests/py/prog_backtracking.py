def queens(n):
    sols, cols = [], [0] * n
    def place(r, used, d1, d2):
        if r == n:
            sols.append(cols[:]); return
        for c in range(n):
            if c in used or (r - c) in d1 or (r + c) in d2: continue
            cols[r] = c
            place(r + 1, used | {c}, d1 | {r - c}, d2 | {r + c})
    place(0, frozenset(), frozenset(), frozenset())
    return sols
s6 = queens(6)
print(len(s6), s6[0], len(queens(8)))
print("\n".join("".join("Q" if c == q else "." for c in range(6)) for q in s6[0]))
def subsets_sum(nums, target):
    out = []
    def go(i, chosen, total):
        if total == target: out.append(tuple(chosen))
        if total >= target or i == len(nums): return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]: continue
            chosen.append(nums[j]); go(j + 1, chosen, total + nums[j]); chosen.pop()
    go(0, [], 0)
    return out
print(subsets_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
def perms(s):
    if len(s) <= 1: return [s]
    return sorted({c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])})
print(perms("aab"), len(perms("abcd")))
board = ["53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.", "...419..5", "....8..79"]
grid = [[int(c) if c != "." else 0 for c in row] for row in board]
def ok(r, c, v):
    if v in grid[r] or any(grid[i][c] == v for i in range(9)): return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(grid[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
def solve():
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                for v in range(1, 10):
                    if ok(r, c, v):
                        grid[r][c] = v
                        if solve(): return True
                        grid[r][c] = 0
                return False
    return True
print(solve())
print("\n".join(" ".join(map(str, row)) for row in grid[:3]))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
def word_search(grid, word):
    R, C = len(grid), len(grid[0])
    def dfs(r, c, i, seen):
        if i == len(word): return True
        if not (0 <= r < R and 0 <= c < C) or (r, c) in seen or grid[r][c] != word[i]: return False
        seen.add((r, c))
        found = any(dfs(r + dr, c + dc, i + 1, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        seen.discard((r, c))
        return found
    return any(dfs(r, c, 0, set()) for r in range(R) for c in range(C))
g = ["ABCE", "SFCS", "ADEE"]
print([word_search(g, w) for w in ("ABCCED", "SEE", "ABCB")])
