# timedelta: construction from every unit, normalisation, attributes, repr, str
from datetime import timedelta

print(repr(timedelta()), repr(timedelta(0)))
print(repr(timedelta(1, 2, 3)), repr(timedelta(days=-1)))
print(repr(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6,
                     milliseconds=7, microseconds=8)))
print(repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(hours=25)), repr(timedelta(minutes=-1441)))
print(repr(timedelta(milliseconds=1500)), repr(timedelta(microseconds=10**6)))
print(repr(timedelta(days=True)), repr(timedelta(seconds=86400 * 3 + 7)))
d = timedelta(days=-3, seconds=5, microseconds=-7)
print(d.days, d.seconds, d.microseconds)
for x in [timedelta(0), timedelta(1), timedelta(2), timedelta(-1), timedelta(-2, 5),
          timedelta(hours=5, microseconds=1), timedelta(seconds=59.5),
          timedelta(days=1, seconds=3661, microseconds=10)]:
    print(str(x), '|', repr(x))
print(timedelta.min, '|', timedelta.max, '|', timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                microseconds=999999) == timedelta.max)
print(timedelta(1, 2, 3).total_seconds(), timedelta(microseconds=-1).total_seconds())
print(timedelta.max.total_seconds(), timedelta(weeks=1).total_seconds())
