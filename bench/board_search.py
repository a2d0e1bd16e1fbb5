# Board-game search: connect-four on a 7x6 board, played by two depth-limited
# alpha-beta (negamax) players with centre-first move ordering and a
# heuristic that scores every four-cell window. Move generation, making and
# unmaking moves on a flat list, win detection along four directions, and
# deep recursion with many small int operations; plus an exhaustive
# minimax over tic-tac-toe.

WIDTH = 7
HEIGHT = 6
WIN_SCORE = 1000000
ORDER = [3, 2, 4, 1, 5, 0, 6]


def make_windows():
    """All lines of four cells, as tuples of indexes into the flat board
    (index = col * HEIGHT + row)."""
    windows = []
    for col in range(WIDTH):
        for row in range(HEIGHT):
            for dc, dr in ((1, 0), (0, 1), (1, 1), (1, -1)):
                end_c = col + 3 * dc
                end_r = row + 3 * dr
                if 0 <= end_c < WIDTH and 0 <= end_r < HEIGHT:
                    windows.append(tuple((col + k * dc) * HEIGHT + row + k * dr
                                         for k in range(4)))
    return windows


WINDOWS = make_windows()
# For each cell, the windows passing through it (to test a win after a move).
CELL_WINDOWS = [[w for w in WINDOWS if cell in w] for cell in range(WIDTH * HEIGHT)]
WINDOW_WEIGHTS = [0, 1, 8, 60, 0]


class Board:
    def __init__(self):
        self.cells = [0] * (WIDTH * HEIGHT)
        self.heights = [0] * WIDTH
        self.moves = []

    def legal_moves(self):
        return [c for c in ORDER if self.heights[c] < HEIGHT]

    def play(self, col, player):
        cell = col * HEIGHT + self.heights[col]
        self.cells[cell] = player
        self.heights[col] += 1
        self.moves.append(col)
        return cell

    def undo(self):
        col = self.moves.pop()
        self.heights[col] -= 1
        self.cells[col * HEIGHT + self.heights[col]] = 0

    def wins_at(self, cell, player):
        cells = self.cells
        for a, b, c, d in CELL_WINDOWS[cell]:
            if cells[a] == player and cells[b] == player and cells[c] == player and cells[d] == player:
                return True
        return False

    def evaluate(self, player):
        cells = self.cells
        score = 0
        other = -player
        for w in WINDOWS:
            mine = theirs = 0
            for cell in w:
                v = cells[cell]
                if v == player:
                    mine += 1
                elif v == other:
                    theirs += 1
            if theirs == 0:
                score += WINDOW_WEIGHTS[mine]
            elif mine == 0:
                score -= WINDOW_WEIGHTS[theirs]
        return score


class Searcher:
    def __init__(self, board):
        self.board = board
        self.nodes = 0

    def negamax(self, depth, alpha, beta, player):
        self.nodes += 1
        board = self.board
        moves = board.legal_moves()
        if not moves:
            return 0
        if depth == 0:
            return board.evaluate(player)
        best = -2 * WIN_SCORE
        for col in moves:
            cell = board.play(col, player)
            if board.wins_at(cell, player):
                score = WIN_SCORE + depth
            else:
                score = -self.negamax(depth - 1, -beta, -alpha, -player)
            board.undo()
            if score > best:
                best = score
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        return best

    def choose(self, depth, player):
        best_col = None
        best = -2 * WIN_SCORE
        alpha = -2 * WIN_SCORE
        beta = 2 * WIN_SCORE
        for col in self.board.legal_moves():
            cell = self.board.play(col, player)
            if self.board.wins_at(cell, player):
                score = WIN_SCORE + depth
            else:
                score = -self.negamax(depth - 1, -beta, -alpha, -player)
            self.board.undo()
            if score > best:
                best = score
                best_col = col
            if best > alpha:
                alpha = best
        return best_col, best


def play_game(opening, depth_x, depth_o):
    board = Board()
    player = 1
    for col in opening:
        board.play(col, player)
        player = -player
    searcher = Searcher(board)
    winner = 0
    while board.legal_moves():
        depth = depth_x if player == 1 else depth_o
        col, _ = searcher.choose(depth, player)
        cell = board.play(col, player)
        if board.wins_at(cell, player):
            winner = player
            break
        player = -player
    return winner, "".join(str(c) for c in board.moves), searcher.nodes


# --- tic-tac-toe: exhaustive minimax with a transposition dict -------------

LINES3 = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8),
          (0, 4, 8), (2, 4, 6)]


def ttt_winner(b):
    for a, c, d in LINES3:
        if b[a] != 0 and b[a] == b[c] == b[d]:
            return b[a]
    return 0


def ttt_value(b, player, memo, counter):
    key = tuple(b)
    if key in memo:
        return memo[key]
    counter[0] += 1
    w = ttt_winner(b)
    if w != 0:
        result = w * player
    elif 0 not in b:
        result = 0
    else:
        result = -2
        for i in range(9):
            if b[i] == 0:
                b[i] = player
                v = -ttt_value(b, -player, memo, counter)
                b[i] = 0
                if v > result:
                    result = v
    memo[key] = result
    return result


def main():
    games = [((), 5, 4), ((3,), 4, 5), ((3, 3), 5, 5), ((2, 4), 4, 4),
             ((3, 2, 4), 5, 3)]
    total_nodes = 0
    for opening, dx, do in games:
        winner, moves, nodes = play_game(opening, dx, do)
        total_nodes += nodes
        print("game", "".join(map(str, opening)) or "-", "winner", winner,
              "moves", moves, "nodes", nodes)
    counter = [0]
    memo = {}
    value = ttt_value([0] * 9, 1, memo, counter)
    print("tic-tac-toe value", value, "positions", counter[0], len(memo))
    print("total nodes", total_nodes)


main()
