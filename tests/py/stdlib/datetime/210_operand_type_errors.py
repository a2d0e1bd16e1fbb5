# kaa: skip known gap: type names of Python classes in operator errors lack CPython's 'datetime.' prefix (tp_name)
from datetime import timedelta, date, time, datetime


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: timedelta(1) < 1)
t(lambda: timedelta(1) + 1)
t(lambda: timedelta(1) * 'a')
t(lambda: divmod(timedelta(1), 0))
t(lambda: timedelta(1) ** 2)
t(lambda: timedelta(1) // 0.5)
t(lambda: date(2020, 1, 1) - 1)
t(lambda: date(2020, 1, 1) < 5)
t(lambda: time(1) < 5)
t(lambda: datetime(2020, 1, 1) - date(2020, 1, 1))
t(lambda: date(2020, 1, 1) - datetime(2020, 1, 1))
t(lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1))
