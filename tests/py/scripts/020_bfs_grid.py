"""Shortest paths in a maze with a deque-based BFS."""
from collections import deque

MAZE = """\
S.#.......
.##.####.#
....#....#
#.#.#.##..
..#...#..E
.####.#.#.
......#...""".splitlines()

H, W = len(MAZE), len(MAZE[0])
start = next((r, c) for r in range(H) for c in range(W) if MAZE[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if MAZE[r][c] == "E")


def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < H and 0 <= nc < W and MAZE[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev.get(node)
    return path[::-1]


path = bfs(start, end)
print("steps:", len(path) - 1)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
