# UTC timestamps: fromtimestamp with a tz, utcfromtimestamp, timestamp(), rounding
from datetime import datetime, timezone, timedelta, date


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
print(datetime.fromtimestamp(1700000000.5, utc), datetime.fromtimestamp(0, tz))
print(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=2))).isoformat())
for ts in [0, 1700000000.25, -1.5, 1e-7, 0.9999995, 1.0000005, 2.5e-6, 3.5e-6,
           -0.0000005, 86399.9999999, 253402300799, -62135596800]:
    print(ts, repr(datetime.utcfromtimestamp(ts)))
print(datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(2000, 1, 1, tzinfo=utc).timestamp())
print(datetime(2024, 2, 29, 13, 5, 9, 12345, tz).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(datetime(2024, 2, 29, 13, 5, 9, 12345, tz).timestamp(), tz))
print(datetime.now(utc).tzinfo is utc, type(datetime.now()).__name__, type(date.today()).__name__)
print(abs(datetime.now(utc) - datetime.utcnow().replace(tzinfo=utc)) < timedelta(seconds=5))
t(lambda: datetime.fromtimestamp(1e20))
t(lambda: datetime.utcfromtimestamp(float('nan')))
t(lambda: datetime.utcfromtimestamp(float('inf')))
t(lambda: datetime.utcfromtimestamp(1e13))
t(lambda: datetime.utcfromtimestamp('x'))
t(lambda: datetime.fromtimestamp(0, 5))
t(lambda: date.fromtimestamp(float('nan')))
for v in [2**62, -2**62, 1e18]:
    t(lambda: datetime.utcfromtimestamp(v))
    t(lambda: datetime.fromtimestamp(v))
    t(lambda: date.fromtimestamp(v))
