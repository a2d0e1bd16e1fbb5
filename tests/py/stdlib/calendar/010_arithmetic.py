# isleap, leapdays, weekday, monthrange, timegm, constants
import calendar

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2025), calendar.leapdays(2000, 2000), calendar.leapdays(2025, 2000))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
for ym in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (1, 1), (9999, 12)]:
    print(ym, calendar.monthrange(*ym))
print(calendar.timegm((2024, 1, 2, 3, 4, 5)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2024, 2, 40, 0, 0, 0)))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH)
print(calendar.mdays, calendar.error is ValueError)
