# A Sequence subclass gets __contains__, __iter__, __reversed__, index, count.
from collections.abc import Sequence, Reversible, Collection


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(6)
print(list(s), len(s), s[2], s[-1], s[1:4])
print(9 in s, 10 in s, list(reversed(s)))
print(s.index(9), s.index(16, 2), s.index(16, -3), s.index(4, 0, 3))
for args in ((10,), (4, 3), (4, 0, 2), (25, -2, -1)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, repr(e))
print(s.count(4), s.count(7))
print(isinstance(s, Reversible), isinstance(s, Collection), issubclass(Squares, Sequence))
print(sorted(Sequence.__abstractmethods__))
nan = float("nan")


class Holder(Sequence):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


h = Holder([nan, 1, nan])
print(nan in h, h.count(nan), h.index(nan), h.index(1))
print(Holder("abc").index("c"), list(Holder((1, 2))), Holder([]).count(1))
