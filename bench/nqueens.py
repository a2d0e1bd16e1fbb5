# N-queens: backtracking search counting all solutions (recursion, sets,
# list mutation), plus a permutation-based generator solver for small N.


def count_solutions(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            total += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return total

    return place(0)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def perm_solutions(n):
    cols = list(range(n))
    sols = []
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            sols.append(vec)
    return sols


def main():
    for n in range(4, 13):
        print(n, count_solutions(n))
    sols = perm_solutions(7)
    print("perm7", len(sols), sols[0], sols[-1])


main()
