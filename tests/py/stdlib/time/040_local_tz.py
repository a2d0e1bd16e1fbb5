# localtime, mktime, ctime, timezone/altzone/daylight/tzname after tzset
import posix
import time

for tz in ['UTC0', 'EST+05EDT,M3.2.0,M11.1.0', 'JST-9', 'CET-1CEST,M3.5.0,M10.5.0/3']:
    posix.putenv('TZ', tz)
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for ts in [0, 1700000000, 1688000000]:
        lt = time.localtime(ts)
        print(' ', lt, lt.tm_zone, lt.tm_gmtoff)
        print(' ', time.mktime(lt), time.ctime(ts), time.strftime('%Z %z', lt))
    print(' ', time.mktime((2024, 3, 10, 2, 30, 0, 0, 0, -1)), time.mktime((2024, 7, 1, 12, 0, 0, 0, 0, 0)))
try:
    time.mktime((1,) * 8)
except TypeError as e:
    print('TypeError', e)
try:
    time.mktime(5)
except TypeError as e:
    print('TypeError', e)
try:
    time.tzset(1)
except TypeError as e:
    print('TypeError', e)
