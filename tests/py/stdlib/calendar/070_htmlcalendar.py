# HTMLCalendar: month, year, page, css classes
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 1))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2024, 4))
page = h.formatyearpage(2024)
print(type(page).__name__, page[:400])
print(h.formatyearpage(2023, 6, css=None, encoding='ascii')[:300])
print(h.formatday(0, 3), h.formatday(7, 6), h.formatweekday(2), h.formatweekheader())
print(h.formatmonthname(2024, 5), h.formatmonthname(2024, 5, False))


class Custom(calendar.HTMLCalendar):
    cssclasses = ['w1', 'w2', 'w3', 'w4', 'w5', 'sat', 'sun bold']
    cssclass_month = 'mon'
    cssclass_noday = 'blank'


print(Custom(6).formatmonth(2024, 3))
