# timezone: fixed offsets, names, utc, reprs, str, errors
from datetime import timezone, timedelta, datetime, UTC


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(timezone.utc), repr(UTC), UTC is timezone.utc, str(timezone.utc))
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'UTC')))
for off in [timedelta(hours=1), timedelta(hours=-1, minutes=-30),
            timedelta(hours=5, seconds=30, microseconds=7), timedelta(minutes=1)]:
    z = timezone(off)
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None))
z = timezone(timedelta(hours=1), 'X')
print(repr(z), str(z), z.tzname(datetime(2020, 1, 1)), repr(timezone(timedelta(hours=1), name='Y')))
print(repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'))
print(timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)), timezone.utc == 5)
print(hash(timezone(timedelta(hours=1), 'A')) == hash(timezone(timedelta(hours=1))))
print(z.fromutc(datetime(2020, 1, 1, tzinfo=z)))
print(z.__getinitargs__(), timezone.utc.__getinitargs__())
t(lambda: timezone(timedelta(hours=24)))
t(lambda: timezone(-timedelta(hours=24)))
t(lambda: timezone(timedelta(hours=1), 3))
t(lambda: timezone(timedelta(hours=1), None))
t(lambda: timezone(3))
t(lambda: timezone())
t(lambda: timezone.utc.utcoffset(5))
t(lambda: timezone.utc.tzname(5))
t(lambda: timezone.utc.fromutc(5))
t(lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
