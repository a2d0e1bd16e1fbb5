# date arithmetic and comparisons
from datetime import date, timedelta


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 2, 29)
print(d + timedelta(1), timedelta(1) + d, d - timedelta(60), d + timedelta(hours=47))
print(d + timedelta(days=365), d - timedelta(days=366), d - timedelta(seconds=1))
print(repr(d - date(2023, 1, 1)), repr(date(2023, 1, 1) - d), repr(d - d))
print(repr(date.max - date.min))
x = d
x += timedelta(weeks=1)
print(x)
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1),
      d > date(2024, 3, 1), d <= d, d >= d)
print(d == 5, d != 5, d == '2024-02-29')
print(sorted({date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)}))
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29)}))
print(max(date(2020, 1, 1), date(2021, 1, 1)))
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: date.min + timedelta(-1))
t(lambda: date(2020, 1, 1) + timedelta.max)
