"""A backtracking sudoku solver using sets and itertools.product."""
from itertools import product

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79"""
grid = [[0 if ch == "." else int(ch) for ch in line] for line in PUZZLE.split()]


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i, j in product(range(br, br + 3), range(bc, bc + 3))}
    return [d for d in range(1, 10) if d not in used]


def solve(g):
    empty = [(r, c) for r, c in product(range(9), repeat=2) if g[r][c] == 0]
    if not empty:
        return True
    r, c = min(empty, key=lambda rc: len(candidates(g, *rc)))
    for d in candidates(g, r, c):
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False


print(solve(grid))
for row in grid:
    print(" ".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
