# gmtime: broken-down UTC time, with tm_zone/tm_gmtoff; asctime
import time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for ts in [0, 1, -1, 86399, 951782400, 1700000000, 1700000000.99, -1e9, 2**31, 253402300799]:
    g = time.gmtime(ts)
    print(ts, g, g.tm_zone, g.tm_gmtoff)
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1700000000)))
print(time.asctime((2024, 2, 9, 1, 2, 3, 4, 40, 0)))
print(time.gmtime(1e9)[:], time.gmtime(True)[:3])
t(lambda: time.gmtime('x'))
t(lambda: time.gmtime(1e30))
t(lambda: time.gmtime(float('nan')))
t(lambda: time.gmtime(0, 1))
t(lambda: time.gmtime(2**70))
t(lambda: time.gmtime(2**62))
t(lambda: time.localtime(-2**62))
t(lambda: time.gmtime(2**63))
t(lambda: time.gmtime(-2**63 - 1))
t(lambda: time.ctime(1e18))
