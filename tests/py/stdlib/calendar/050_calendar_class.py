# Calendar: iterators and the month/year matrices
import calendar

c = calendar.Calendar(6)
print(list(c.iterweekdays()), c.firstweekday, c.getfirstweekday())
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 2))[:5])
print(list(c.itermonthdays4(2024, 2))[-3:])
print(c.monthdatescalendar(2024, 2)[0])
print(c.monthdayscalendar(2024, 3))
print(c.monthdays2calendar(2023, 1)[-1])
print(len(c.yeardatescalendar(2024)), len(c.yeardayscalendar(2024, 4)), c.yeardays2calendar(2024, 6)[1][5][-1])
print([len(row) for row in c.yeardayscalendar(2024, 5)])
d = calendar.Calendar()
print(d.firstweekday, list(d.itermonthdates(2024, 12))[-1], list(d.itermonthdays3(1, 1))[:2])
d.firstweekday = 9
print(d.firstweekday, d.getfirstweekday(), list(d.iterweekdays()))
d.setfirstweekday(3)
print(d.monthdayscalendar(2024, 1))
try:
    list(calendar.Calendar().itermonthdates(9999, 12))
except Exception as e:
    print(type(e).__name__, e)
print(list(calendar.Calendar().itermonthdays(9999, 12))[-3:])
