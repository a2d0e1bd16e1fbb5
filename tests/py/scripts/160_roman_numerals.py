"""Roman numerals both ways, checked on every number up to 3999."""
from itertools import groupby

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)


def from_roman(s):
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = SYMBOL[a]
        total += -v if b != " " and SYMBOL[b] > v else v
    return total


assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print(longest, to_roman(longest))
print(sorted(((k, len(list(g))) for k, g in groupby(sorted(len(to_roman(n)) for n in range(1, 4000)))))[:5])
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)
