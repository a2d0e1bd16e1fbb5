# datetime arithmetic and comparisons, naive and aware
from datetime import datetime, date, timezone, timedelta


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
tz = timezone(timedelta(hours=5, minutes=30))
dt = datetime(2024, 2, 29, 13, 5, 9, 12345)
adt = dt.replace(tzinfo=tz)
print(dt + timedelta(days=1, hours=12), timedelta(hours=1) + dt, dt - timedelta(weeks=1000))
print(dt + timedelta(microseconds=-12346), adt + timedelta(hours=11))
print(repr(dt - datetime(2000, 1, 1)), repr(datetime(2000, 1, 1) - dt))
print(repr(adt - datetime(2024, 2, 29, tzinfo=utc)), repr(adt - adt.astimezone(utc)))
print(repr(datetime.max - datetime.min))
print(dt == adt, dt != adt, adt == adt.astimezone(utc), adt < adt + timedelta(1))
print(hash(adt) == hash(adt.astimezone(utc)), hash(dt) == hash(dt.replace(fold=1)))
print(datetime(2020, 1, 1, 12, tzinfo=utc) == datetime(2020, 1, 1, 17, 30, tzinfo=tz))
print(datetime(2020, 1, 1, 12, tzinfo=utc) < datetime(2020, 1, 1, 17, 31, tzinfo=tz))
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1))
print(dt == 5, dt != 'x')
print(sorted([dt, dt - timedelta(1), dt + timedelta(seconds=1)])[0])
t(lambda: datetime.max + timedelta(microseconds=1))
t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc))
t(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc))
t(lambda: datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=utc))
t(lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
t(lambda: datetime(2020, 1, 1) >= date(2020, 1, 1))
