"""Spiral order, rotation and flood fill on grids (plain lists, deque)."""
from collections import deque


def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print(spiral([row[:] for row in grid]))
print([list(r) for r in zip(*grid[::-1])])

image = [list(s) for s in ["..##.", ".#..#", ".#..#", "..##.", "....."]]


def flood(img, r, c, ch):
    old = img[r][c]
    q = deque([(r, c)])
    while q:
        r, c = q.popleft()
        if 0 <= r < len(img) and 0 <= c < len(img[0]) and img[r][c] == old:
            img[r][c] = ch
            q.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])


flood(image, 1, 2, "o")
flood(image, 0, 0, "~")
print("\n".join("".join(r) for r in image))
