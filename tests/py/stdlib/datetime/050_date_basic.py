# date: construction, attributes, reprs, ordinals, weekdays, errors
from datetime import date, MINYEAR, MAXYEAR


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat())
print(d.toordinal(), d.weekday(), d.isoweekday(), d.ctime())
print(repr(date.min), repr(date.max), repr(date.resolution), MINYEAR, MAXYEAR)
print(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date(1970, 1, 1).toordinal())
for n in [1, 365, 366, 730119, 730120, 719163, 1000000, 3652059]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal() == n, x.weekday())
print(date(year=2020, month=5, day=17), date(2020, day=3, month=4))
print(date(2000, 2, 29), date(1900, 2, 28), date(2023, 12, 31).timetuple())
print(date(2024, 1, 1).timetuple().tm_yday, date(2024, 12, 31).timetuple().tm_yday)
t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1))
t(lambda: date(2024, 13, 1))
t(lambda: date(2024, 0, 1))
t(lambda: date(2023, 2, 29))
t(lambda: date(1900, 2, 29))
t(lambda: date(2024, 4, 31))
t(lambda: date(2024, 4, 0))
t(lambda: date(2023.0, 2, 1))
t(lambda: date('2023', 2, 1))
t(lambda: date(2023, 2))
t(lambda: date(2023, 2, 1, 1))
t(lambda: date(foo=1))
t(lambda: date(2020, 1, 1, year=3))
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal(3652060))
t(lambda: d.replace(month=13))
t(lambda: d.replace(year=2023))
t(lambda: d.replace(foo=13))
print(d.replace(day=1), d.replace(2000), d.replace(), d.replace(month=3, day=31))
