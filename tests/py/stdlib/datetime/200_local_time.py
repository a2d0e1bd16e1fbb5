# Local time with a TZ set by the program: fromtimestamp, timestamp, fold,
# astimezone() without argument, date.fromtimestamp
import posix
import time
from datetime import datetime, date, timezone, timedelta

posix.putenv('TZ', 'EST+05EDT,M3.2.0,M11.1.0')
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
for ts in [1699162200, 1699165800, 1699169400, 1710054000, 1710057600, 0, 1700000000.75]:
    d = datetime.fromtimestamp(ts)
    print(ts, repr(d), d.timestamp(), date.fromtimestamp(ts))
for h, fold in [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1)]:
    d = datetime(2023, 11, 5, h, 30, fold=fold)
    print(repr(d), d.timestamp(), d.astimezone(), d.astimezone().tzname())
for h, fold in [(1, 0), (2, 0), (2, 1), (3, 0)]:
    d = datetime(2024, 3, 10, h, 30, fold=fold)
    print(repr(d), d.timestamp(), d.astimezone(timezone.utc))
u = datetime(2023, 7, 4, 16, tzinfo=timezone.utc)
print(u.astimezone(), repr(u.astimezone().tzinfo))
print(datetime(2023, 1, 1).astimezone(timezone(timedelta(hours=1))))
print(datetime.fromtimestamp(1699165800).fold, datetime.fromtimestamp(1699169400).fold)
