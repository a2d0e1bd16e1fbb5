"""SEND + MORE = MONEY and other puzzles by itertools.permutations."""
from itertools import permutations, combinations


def solve(words, result):
    letters = sorted(set("".join(words) + result))
    leading = {w[0] for w in words + [result]}
    for perm in permutations(range(10), len(letters)):
        m = dict(zip(letters, perm))
        if any(m[c] == 0 for c in leading):
            continue
        val = lambda w: int("".join(str(m[c]) for c in w))
        if sum(map(val, words)) == val(result):
            return {c: m[c] for c in letters}
    return None


sol = solve(["TO", "GO"], "OUT")
print(sol)
coins = [1, 2, 5, 10, 20, 50]
ways = [c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == 30]
print(ways)
print(sum(1 for p in permutations("abcd") if all(p[i] != "abcd"[i] for i in range(4))))
print(["".join(p) for p in permutations("abc", 2)])
