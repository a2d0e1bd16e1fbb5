# timedelta errors: ranges, types, division by zero, argument parsing
from datetime import timedelta as td


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: td(days=1000000000))
t(lambda: td(days=-1000000000))
t(lambda: td(days=1e10))
t(lambda: td(days='1'))
t(lambda: td(seconds=[]))
t(lambda: td(1, 2, 3, 4, 5, 6, 7, 8))
t(lambda: td(foo=1))
t(lambda: td(1, days=1))
t(lambda: td.max + td(microseconds=1))
t(lambda: td.min - td(microseconds=1))
t(lambda: -td.min)
t(lambda: td(1) * 1e20)
t(lambda: td(1) / 0)
t(lambda: td(1) // 0)
t(lambda: td(1) / td(0))
t(lambda: td(1) // td(0))
t(lambda: td(1) % td(0))
t(lambda: divmod(td(1), td(0)))
t(lambda: td(1) / 0.0)
t(lambda: td(days=float('inf')))
t(lambda: td(days=float('nan')))
t(lambda: td(1) * float('nan'))
t(lambda: td(999999999) + td(1))
t(lambda: td(-999999999) - td(1))
