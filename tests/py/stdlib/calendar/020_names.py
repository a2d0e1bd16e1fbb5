# month_name, month_abbr, day_name, day_abbr: indexing, slicing, length
import calendar

print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[0] == '')
print(calendar.month_abbr[1:4], calendar.day_name[-1], calendar.day_abbr[::2], calendar.month_name[-1])
for seq, i in [(calendar.month_name, 13), (calendar.day_name, 7), (calendar.day_abbr, -8)]:
    try:
        seq[i]
    except IndexError as e:
        print('IndexError', e)
