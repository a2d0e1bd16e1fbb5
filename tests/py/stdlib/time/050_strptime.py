# time.strptime: the default format, directives, struct_time fields, errors
import time


def t(f):
    try:
        r = f()
        print(repr(r), r.tm_zone, r.tm_gmtoff)
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: time.strptime('Tue Mar  7 22:44:55 1999'))
t(lambda: time.strptime('2020-02-29 13:05', '%Y-%m-%d %H:%M'))
t(lambda: time.strptime('Feb 29', '%b %d'))
t(lambda: time.strptime('2020 +01:30', '%Y %z'))
t(lambda: time.strptime('2020 -0530', '%Y %z'))
t(lambda: time.strptime('2020 UTC', '%Y %Z'))
t(lambda: time.strptime('2020 366', '%Y %j'))
t(lambda: time.strptime('99 12 31', '%y %m %d'))
t(lambda: time.strptime('Friday 2021 52', '%A %Y %W'))
t(lambda: time.strptime('1999'))
t(lambda: time.strptime(5, '%Y'))
t(lambda: time.strptime('5', 5))
t(lambda: time.strptime('2020', '%q'))
t(lambda: time.strptime('2020-02-30', '%Y-%m-%d'))
t(lambda: time.strptime('2020 x', '%Y'))
t(lambda: time.strptime('2020', format='%Y'))
t(lambda: time.strptime())
