# time: construction, reprs, isoformat, comparisons, hashing, replace, errors
from datetime import time, timezone, timedelta


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
for x in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4),
          time(0, 0, 0, 5), time(1, 2, tzinfo=utc), time(1, 2, fold=1),
          time(1, 2, tzinfo=utc, fold=1), time(23, 59, 59, 999999)]:
    print(repr(x), str(x), x.hour, x.minute, x.second, x.microsecond, x.fold)
print(repr(time.min), repr(time.max), repr(time.resolution))
tm = time(7, 8, 9, 500, tzinfo=timezone(timedelta(hours=-3)))
print(tm.utcoffset(), tm.tzname(), tm.dst(), time(1).utcoffset(), time(1).tzname())
print(tm == time(10, 8, 9, 500, tzinfo=utc), time(1) < time(2), time(1) == time(1, fold=1))
print(hash(time(1)) == hash(time(1, fold=1)), hash(tm) == hash(time(10, 8, 9, 500, tzinfo=utc)))
print(bool(time(0)), time(1) == 5, time(1) != 'x', time(1) == time(1, tzinfo=utc))
print(tm.replace(tzinfo=None), tm.replace(hour=23, fold=1), repr(tm.replace(minute=0)))
print(time(hour=5, second=7), time(1, 2, 3, 4, None, fold=0))
t(lambda: time(24))
t(lambda: time(-1))
t(lambda: time(1, 60))
t(lambda: time(1, 1, 60))
t(lambda: time(1, 1, 1, 1000000))
t(lambda: time(1, 1, 1, 1, fold=2))
t(lambda: time(1, 1, 1, 1, tzinfo=1))
t(lambda: time(1, 2, 3, 4, None, 1))
t(lambda: time(foo=1))
t(lambda: time(1.5))
t(lambda: time(1) < time(1, tzinfo=utc))
t(lambda: tm.replace(hour=24))
