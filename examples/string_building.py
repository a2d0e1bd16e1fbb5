"""Building a long string: `s += piece` in a loop vs `"".join(pieces)`.

Run it with `kaa examples/string_building.py` or
`python3 examples/string_building.py`. See docs/internals/string-building.md.

`s += piece` makes a new string and copies all of `s` into it, so n appends
cost O(n**2) character copies. CPython 3.11 avoids that in the common case:
when `s` is a local variable whose string nobody else references, its
BINARY_OP (specialised to BINARY_OP_INPLACE_ADD_UNICODE) resizes the string
in place with realloc, so an append usually costs about the length of the
piece. Kaa does not do this yet: its `+=` on strings copies every time, so the
`+=` column below grows about 4x each time n doubles under Kaa, and about 2x
under CPython. `join` computes the total length once and copies each piece
once: O(n) everywhere. Times vary; compare the ratios.
"""

import time


def with_plus(n):
    s = ""
    for _ in range(n):
        s += "0123456789"
    return s


def with_join(n):
    pieces = []
    for _ in range(n):
        pieces.append("0123456789")
    return "".join(pieces)


def best_of(f, n, tries=3):
    best = None
    for _ in range(tries):
        t0 = time.perf_counter()
        f(n)
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    return best


assert with_plus(1000) == with_join(1000)
print(f"{'appends':>8} {'+= (ms)':>10} {'join (ms)':>10} {'+= / join':>10} {'+= growth':>10}")
previous = None
for n in (5000, 10000, 20000, 40000):
    plus, join = best_of(with_plus, n), best_of(with_join, n)
    growth = "" if previous is None else f"{plus / previous:.1f}x"
    print(f"{n:>8} {plus * 1000:>10.2f} {join * 1000:>10.2f} {plus / join:>10.1f} {growth:>10}")
    previous = plus
