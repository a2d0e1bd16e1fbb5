# What the sequence must provide: len() (unless hi is given), indexing,
# and insert() for the insort functions; errors from any of them.
import bisect


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: bisect.bisect_left(5, 1))
attempt(lambda: bisect.bisect_left(None, 1))
attempt(lambda: bisect.bisect_left({1: 2}, 1))
attempt(lambda: bisect.insort_left({0: 1, 1: 2}, 1))
attempt(lambda: bisect.insort_left((1, 2), 2))
attempt(lambda: bisect.insort("ab", "b"))
attempt(lambda: bisect.insort_left([], 1, hi=5))
attempt(lambda: bisect.insort_left([1, 2], 1, hi=5))
attempt(lambda: bisect.bisect_left((1, 2), 3, hi=4))


class OnlyLen:
    def __len__(self):
        return 3


class Huge:
    def __len__(self):
        return 2**70


class Broken:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        raise KeyError(i)


class Squares:
    def __getitem__(self, i):
        return i * i


attempt(lambda: bisect.bisect_left(OnlyLen(), 1))
attempt(lambda: bisect.bisect(Huge(), 1))
attempt(lambda: bisect.bisect(Broken(), 1))
attempt(lambda: bisect.bisect_left(Squares(), 50))
print(bisect.bisect_left(Squares(), 50, 0, 100), bisect.bisect_right(Squares(), 49, 0, 100))


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        raise ValueError("no order for %r" % self.v)


attempt(lambda: bisect.bisect([Weird(1), Weird(2)], Weird(0)))
attempt(lambda: bisect.bisect_left([1, 2, 3], 2, key=lambda v: 1 / 0))
