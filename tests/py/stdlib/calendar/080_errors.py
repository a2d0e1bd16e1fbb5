# IllegalMonthError, IllegalWeekdayError, setfirstweekday and errors
import calendar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))


t(lambda: calendar.monthrange(2024, 13))
t(lambda: calendar.monthrange(2024, 0))
t(lambda: calendar.month(2024, 13))
t(lambda: calendar.setfirstweekday(7))
t(lambda: calendar.setfirstweekday(-1))
t(lambda: calendar.weekday(2024, 2, 30))
t(lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)))
t(lambda: calendar.Calendar().monthdayscalendar(2024, 'x'))
e = calendar.IllegalMonthError(15)
print(e.month, str(e), e.args, repr(calendar.IllegalWeekdayError(9)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0])
