# time.strftime with the C library's directives; range checks of the tuple
import time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


g = time.gmtime(1700000000)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %p', '%j %U %W %w %u %V %G %g',
            '%c | %x | %X', '%y %C %e %D %F %R %T %h', '%%', '', 'no directive',
            '%Z %z', '%I %l %k %s'[:8], '%n%t|']:
    print(repr(fmt), repr(time.strftime(fmt, g)))
print(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Y %m', (999, 1, 1, 0, 0, 0, 0, 1, -5)))
print(time.strftime('%H:%M:%S', (2020, 1, 1, 23, 59, 61, 6, 366, 1)))
t(lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 32, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 1, 24, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 1, 0, 60, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 62, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 367, 0)))
t(lambda: time.strftime('%Y', (2020, 1, 1)))
t(lambda: time.strftime('%Y', 5))
t(lambda: time.strftime(5))
t(lambda: time.strftime())
t(lambda: time.strftime('%Y', g, 1))
t(lambda: time.strftime('a\0b', g))
