# Argument errors, with CPython's messages.
import bisect


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 3]
attempt(lambda: bisect.bisect_left(a, 2, -1))
attempt(lambda: bisect.insort(a, 2, lo=-5))
attempt(lambda: bisect.bisect_left(a, 2, None))
attempt(lambda: bisect.bisect_left(a, 2, 1.5))
attempt(lambda: bisect.bisect_left(a, 2, "1"))
attempt(lambda: bisect.bisect_left(a, 2, 0, 1.5))
attempt(lambda: bisect.bisect_left(a, 2, 0, "1"))
attempt(lambda: bisect.bisect(a, 2, hi=2**70))
attempt(lambda: bisect.bisect(a, 2, lo=2**70))
attempt(lambda: bisect.bisect(a, 2, lo=-2**70))
attempt(lambda: bisect.bisect_left(a, 2, 0, -2**70))
attempt(lambda: bisect.bisect_left(a))
attempt(lambda: bisect.bisect_left())
attempt(lambda: bisect.bisect_left(x=1))
attempt(lambda: bisect.bisect_left(a, 1, 2, 3, 4))
attempt(lambda: bisect.bisect_left(a, 1, 2, 3, 4, 5))
attempt(lambda: bisect.bisect_left(a, 1, 2, 3, key=None, x=1))
attempt(lambda: bisect.bisect_left(a, 2, foo=5))
attempt(lambda: bisect.bisect_left(a, 2, 0, x=5))
attempt(lambda: bisect.insort_right(a, 2, 0, lo=1))
attempt(lambda: bisect.bisect_left(a, 2, key=5))
attempt(lambda: bisect.insort(a, 2, key=5))
attempt(lambda: bisect.bisect_left(a, "x"))
attempt(lambda: bisect.insort([1, "b"], 0))
print(a)
