# total_ordering: the missing comparisons from each of the four roots,
# NotImplemented passed on, and the error without any root.
from functools import total_ordering


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def make(root, symbol):
    ns = {}
    exec(f"""
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def {root}(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v {symbol} other.v
""", ns)
    return total_ordering(ns["V"])


for root, symbol in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
    V = make(root, symbol)
    a, b, c = V(1), V(2), V(1)
    print(root, [a < b, a <= b, a > b, a >= b], [a < c, a <= c, a > c, a >= c],
          [b < a, b <= a, b > a, b >= a])
    print("  ", [getattr(V, n).__name__ for n in ("__lt__", "__le__", "__gt__", "__ge__")])
    attempt(lambda: a < 1)
    attempt(lambda: a >= "x")
    print("  ", sorted([V(3), V(1), V(2)], key=lambda v: v)[0].v, max(V(3), V(5)).v)

print(V.__lt__.__qualname__, V.__lt__.__doc__)


@total_ordering
class Both:
    # With several roots the preferred one (__lt__) supplies the rest.
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return "own gt"


print(Both(1) > Both(2), Both(1) <= Both(2), Both(2) >= Both(1))
print(Both.__le__.__qualname__, Both.__ge__.__qualname__)


@total_ordering
class Version(tuple):
    pass


print(Version.__lt__ is tuple.__lt__, Version((1, 2)) < Version((1, 3)))
attempt(lambda: total_ordering(type("Empty", (), {})))
