# Puzzle solver with sets: sudoku by constraint propagation over sets of
# candidate digits (eliminate a digit from a cell's peers, assign a cell when
# one candidate is left, place a digit when a unit has one spot left for it)
# plus depth-first search on the cell with the fewest candidates. The program
# makes its own puzzles: it fills a grid with a seeded search, then removes
# clues while the puzzle keeps exactly one solution (counted by the solver).
# Set copies, `discard`, `len`, `in`, set algebra and dict-of-set updates.
# Whenever a choice is made, candidates are visited in sorted order, so the
# result does not depend on the iteration order of sets.

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
         for br in range(3) for bc in range(3)]
UNITS_OF = [[u for u in ROWS + COLS + BOXES if cell in u] for cell in range(81)]
PEERS = [sorted(set(x for u in UNITS_OF[cell] for x in u) - {cell})
         for cell in range(81)]
DIGITS = frozenset(range(1, 10))


class Contradiction(Exception):
    pass


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


class Grid:
    def __init__(self, cands=None):
        if cands is None:
            cands = [set(DIGITS) for _ in range(81)]
        self.cands = cands

    def copy(self):
        return Grid([set(s) for s in self.cands])

    def assign(self, cell, digit):
        others = self.cands[cell] - {digit}
        for d in sorted(others):
            self.eliminate(cell, d)

    def eliminate(self, cell, digit):
        cands = self.cands
        s = cands[cell]
        if digit not in s:
            return
        s.discard(digit)
        n = len(s)
        if n == 0:
            raise Contradiction
        if n == 1:
            (last,) = s
            for peer in PEERS[cell]:
                self.eliminate(peer, last)
        for unit in UNITS_OF[cell]:
            spots = [c for c in unit if digit in cands[c]]
            if not spots:
                raise Contradiction
            if len(spots) == 1 and len(cands[spots[0]]) > 1:
                self.assign(spots[0], digit)

    def solved(self):
        return all(len(s) == 1 for s in self.cands)

    def pick_cell(self):
        best = None
        best_n = 10
        for cell, s in enumerate(self.cands):
            n = len(s)
            if 1 < n < best_n:
                best, best_n = cell, n
        return best

    def values(self):
        return [min(s) if len(s) == 1 else 0 for s in self.cands]


def from_clues(clues):
    g = Grid()
    for cell, v in enumerate(clues):
        if v:
            g.assign(cell, v)
    return g


def count_solutions(grid, limit, stats):
    """Number of solutions below `grid`, stopping at `limit`."""
    stats[0] += 1
    if grid.solved():
        return 1
    cell = grid.pick_cell()
    total = 0
    for d in sorted(grid.cands[cell]):
        g = grid.copy()
        try:
            g.assign(cell, d)
        except Contradiction:
            continue
        total += count_solutions(g, limit - total, stats)
        if total >= limit:
            break
    return total


def solve(grid, stats):
    stats[0] += 1
    if grid.solved():
        return grid
    cell = grid.pick_cell()
    for d in sorted(grid.cands[cell]):
        g = grid.copy()
        try:
            g.assign(cell, d)
        except Contradiction:
            continue
        result = solve(g, stats)
        if result is not None:
            return result
    return None


def random_full_grid(rng, stats):
    grid = Grid()
    while not grid.solved():
        cell = grid.pick_cell()
        choices = sorted(grid.cands[cell])
        rng.shuffle(choices)
        for d in choices:
            g = grid.copy()
            try:
                g.assign(cell, d)
            except Contradiction:
                continue
            if solve(g.copy(), stats) is not None:
                grid = g
                break
    return grid.values()


def make_puzzle(rng, stats):
    solution = random_full_grid(rng, stats)
    clues = list(solution)
    order = list(range(81))
    rng.shuffle(order)
    for cell in order:
        saved = clues[cell]
        clues[cell] = 0
        try:
            n = count_solutions(from_clues(clues), 2, stats)
        except Contradiction:
            n = 0
        if n != 1:
            clues[cell] = saved
    return clues, solution


def main():
    rng = Rng(2024)
    stats = [0]
    total_clues = 0
    check = 0
    for k in range(4):
        clues, solution = make_puzzle(rng, stats)
        solved = solve(from_clues(clues), stats)
        values = solved.values()
        if values != solution:
            raise Contradiction("solver disagrees with the generator")
        given = sum(1 for v in clues if v)
        total_clues += given
        check = (check * 7 + sum(i * v for i, v in enumerate(clues))) % 1000000007
        print("puzzle", k, "clues", given, "".join(str(v) if v else "." for v in clues[:27]))
    print("total clues", total_clues, "checksum", check, "nodes", stats[0])


main()
