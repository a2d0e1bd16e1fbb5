"""Conway's Game of Life on a small torus, with Counter for neighbours."""
from collections import Counter
from itertools import product

W, H = 12, 10
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(8, 5), (8, 6), (8, 7)}
cells = glider | blinker


def step(cells):
    counts = Counter(((x + dx) % W, (y + dy) % H)
                     for x, y in cells for dx, dy in product((-1, 0, 1), repeat=2) if (dx, dy) != (0, 0))
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))


for gen in range(4):
    cells = step(cells)
print(show(cells))
print(len(cells), sorted(cells)[:4])
