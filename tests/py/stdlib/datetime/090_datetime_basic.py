# datetime: construction, reprs, parts, combine, replace, timetuple, errors
from datetime import datetime, date, time, timezone, timedelta


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tz = timezone(timedelta(hours=5, minutes=30), 'IST')
for x in [datetime(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5),
          datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, 3, 0, 5),
          datetime(2024, 1, 2, tzinfo=tz), datetime(2024, 1, 2, fold=1),
          datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc, fold=1)]:
    print(repr(x), str(x))
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
dt = datetime(2024, 2, 29, 13, 5, 9, 12345, tz)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(dt.utcoffset(), dt.dst(), dt.tzname(), datetime(2020, 1, 1).utcoffset())
print(dt.timetuple())
print(dt.utctimetuple())
print(datetime(2020, 1, 1).timetuple().tm_isdst, dt.ctime(), dt.toordinal(), dt.weekday())
print(repr(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=tz))))
print(repr(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=tz), tzinfo=None)))
print(repr(datetime.combine(dt, time(1), timezone.utc)))
print(repr(dt.replace(year=2023, day=28, hour=1)), repr(dt.replace(tzinfo=None)))
print(repr(dt.replace(fold=1)), repr(datetime.fromordinal(738000)))
print(isinstance(dt, date), issubclass(datetime, date))
t(lambda: datetime(2020))
t(lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, 1))
t(lambda: datetime(2020, 1, 1, foo=1))
t(lambda: datetime(2020, 1, 1, 24))
t(lambda: datetime(2020, 1, 32))
t(lambda: datetime(2020, 1, 1, tzinfo='utc'))
t(lambda: dt.replace(day=30))
t(lambda: datetime.combine(5, time()))
t(lambda: datetime.combine(date(2020, 1, 1), 5))
