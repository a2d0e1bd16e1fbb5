# timedelta from floats: the parts are added exactly, then rounded half-even
from datetime import timedelta

cases = [
    dict(days=1.5), dict(seconds=0.5e-6), dict(seconds=1.5e-6),
    dict(microseconds=2.5), dict(microseconds=3.5), dict(microseconds=-2.5),
    dict(microseconds=0.5), dict(microseconds=-0.5), dict(microseconds=1e-7),
    dict(hours=-1.1), dict(weeks=1.3, days=-0.7, minutes=3.3333),
    dict(milliseconds=1.0000005), dict(days=0.1, seconds=0.1, microseconds=0.1),
    dict(seconds=1 / 3), dict(minutes=2 / 3), dict(days=1e-9), dict(weeks=-1e-3),
    dict(days=1, seconds=0.5, microseconds=0.5), dict(hours=1e6),
]
for kw in cases:
    print(sorted(kw.items()), repr(timedelta(**kw)))
print(repr(timedelta(1) * 0.5), repr(timedelta(microseconds=3) * 0.5))
print(repr(timedelta(microseconds=5) * 0.5), repr(timedelta(1) * (1 / 3)))
print(repr(timedelta(microseconds=7) / 2), repr(timedelta(microseconds=5) / 2))
print(repr(timedelta(microseconds=-7) / 2), repr(timedelta(1) / 0.7))
print(repr(timedelta(seconds=1) / 3.0), repr(timedelta(hours=1) * -1.5))
