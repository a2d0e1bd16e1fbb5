# Argument errors of the calendar functions
import time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: time.asctime((1, 2)))
t(lambda: time.asctime(5))
t(lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0), 2))
t(lambda: time.ctime('x'))
t(lambda: time.ctime(float('nan')))
t(lambda: time.ctime(0, 1))
t(lambda: time.localtime('x'))
t(lambda: time.localtime(1e30))
t(lambda: time.localtime(0, 1))
t(lambda: time.mktime())
t(lambda: time.mktime((2020, 'a', 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.gmtime(x=1))
t(lambda: time.strftime('%Y', ('a',) * 9))
t(lambda: time.strftime('%Y', (2**70, 1, 1, 0, 0, 0, 0, 1, 0)))
for big in [2**40, -2**40, 2**31, 2**63]:
    for pos in [0, 1]:
        tt = [2020, 1, 1, 0, 0, 0, 0, 1, 0]
        tt[pos] = big
        t(lambda: time.strftime('%Y', tuple(tt)))
t(lambda: time.strftime('%Y', (2020.5, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y %c', (2**31 - 1, 12, 31, 23, 59, 61, 2**31 - 1, 366, 2**31 - 1)))
t(lambda: time.strftime('%Y', (-2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime((-2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -1, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 7, 1, 0)))
t(lambda: time.clock_gettime(2**100))
t(lambda: time.clock_gettime(2**40))
t(lambda: time.clock_settime_ns(0, 2**100))
t(lambda: time.clock_settime(0, 1e300))
t(lambda: time.strftime('%Z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, [], 0))))
