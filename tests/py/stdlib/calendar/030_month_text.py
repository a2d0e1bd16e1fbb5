# Text layouts of a month: month(), prmonth(), widths and line spacing
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2024, 2, 4, 2))
print(calendar.month(2021, 2, 1))
print(repr(calendar.month(2023, 10, 0, 0)))
calendar.prmonth(1999, 12)
calendar.prmonth(2024, 9, 10)
print(calendar.weekheader(1), '|', calendar.weekheader(2), '|', calendar.weekheader(9), '|', calendar.weekheader(12))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 3)))
calendar.prweek([(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], 2)
print('|')
