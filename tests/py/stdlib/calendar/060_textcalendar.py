# TextCalendar methods and subclassing them
import calendar

t = calendar.TextCalendar(2)
print(t.formatmonth(2024, 7, 3))
print(t.formatyear(2024, 2, 1, 3, 4))
print(t.formatweekheader(10) + '|', t.formatweekday(1, 1) + '|', t.formatmonthname(2024, 1, 30) + '|')
print(t.formatmonthname(2024, 1, 10, withyear=False) + '|', t.formatday(0, 0, 3) + '|', t.formatday(5, 0, 4) + '|')
print(t.formatweek([(1, 0), (2, 1)], 2) + '|')
t.prmonth(2024, 2)
t.pryear(2022, m=4)


class Stars(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if weekday >= 5 and day:
            return ('*%d' % day).rjust(width)
        return super().formatday(day, weekday, width)


print(Stars().formatmonth(2024, 6))
