# ISO calendar: isocalendar() (IsoCalendarDate), fromisocalendar(), %G %V %u
from datetime import date

for y in [2004, 2005, 2008, 2009, 2010, 2020, 2021, 1, 9999]:
    row = []
    for md in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        row.append(tuple(date(y, *md).isocalendar()))
    print(y, row)
ic = date(2024, 1, 1).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], len(ic), ic == (2024, 1, 1))
print(type(ic).__name__, isinstance(ic, tuple), ic.__reduce__())
y, w, d = date(2021, 1, 3).isocalendar()
print(y, w, d)
print(date.fromisocalendar(2004, 53, 7), date.fromisocalendar(1, 1, 1))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for args in [(0, 1, 1), (10000, 1, 1), (2020, 54, 1), (2021, 53, 1),
             (2020, 0, 1), (2020, 1, 8), (2020, 1, 0)]:
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print('ValueError', e)
for n in range(730000, 730000 + 800, 37):
    x = date.fromordinal(n)
    assert date.fromisocalendar(*x.isocalendar()) == x
    print(x.strftime('%G-W%V-%u'), end=' ')
print()
