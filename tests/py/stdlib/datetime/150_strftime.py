# strftime and __format__ with the C library's directives plus %f %z %Z
from datetime import datetime, date, time, timezone, timedelta

d = date(2024, 2, 29)
dt = datetime(2024, 2, 29, 13, 5, 9, 12345)
adt = dt.replace(tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
tm = time(7, 8, 9, 500, tzinfo=timezone(timedelta(hours=-3)))
fmt = '%Y|%m|%d|%H|%M|%S|%f|%z|%Z|%j|%a|%A|%b|%B|%p|%y|%w|%U|%W|%%|%G|%V|%u|%e|%I|%C|%D|%F|%R|%T|%h|%n|%t|%g|%k|%l|%s'
for o in [d, dt, adt, tm, time(0), datetime(1, 1, 1), date(9999, 12, 31), datetime(1900, 1, 1, 12)]:
    print(repr(o))
    print(' ', o.strftime(fmt.replace('|%s', '') if not isinstance(o, datetime) or o.tzinfo else fmt.replace('|%s', '')))
print(dt.strftime('%c'), '|', dt.strftime('%x'), '|', dt.strftime('%X'))
print(f'{dt:%Y/%m/%d}', '{:%H h}'.format(tm), f'{d:%d.%m.%Y}', format(adt, '%z %Z'))
print(dt.strftime(''), dt.strftime('%'), dt.strftime('plain'), dt.strftime('%%f %%z'))
print(adt.strftime('%z'), datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-3601, microseconds=-5))).strftime('%z'))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(0), '%Y')).strftime('[%Z]'))
print(datetime(999, 3, 4).strftime('%Y %y'), datetime(31, 3, 4).strftime('%Y'))
try:
    dt.strftime(5)
except TypeError as e:
    print('TypeError', e)
try:
    format(dt, 5)
except TypeError as e:
    print('TypeError', e)
