# None is not a missing argument: constructors and replace() reject it
from datetime import datetime, date, time, timedelta


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: datetime(True, 1, 1))
t(lambda: datetime(2020, 1, 1, 1.0))
t(lambda: timedelta(**{'days': 1, 'x': 2}))
t(lambda: timedelta(days=None))
t(lambda: timedelta(None))
t(lambda: time(None))
t(lambda: time(1, tzinfo=None, fold=None))
t(lambda: datetime(2020, 1, 1, None))
t(lambda: datetime(2020, 1, 1, tzinfo=None))
t(lambda: datetime(2020, None, 1))
t(lambda: date(2020, 1, None))
t(lambda: time(1).replace(hour=None))
t(lambda: date(2020, 1, 1).replace(year=None))
