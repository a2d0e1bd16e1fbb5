# struct_time: construction from 9 to 11 items, fields, repr, reduce, errors
import time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(s, s.tm_year, s.tm_yday, s[0], s[-1], s[2:5], len(s), tuple(s))
print(s.tm_zone, s.tm_gmtoff, isinstance(s, tuple), s == (2024, 1, 2, 3, 4, 5, 1, 2, 0))
s11 = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'XYZ', 3600))
print(s11, s11.tm_zone, s11.tm_gmtoff, len(s11))
print(time.struct_time([1] * 10).tm_zone, time.struct_time(range(9)))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time._STRUCT_TM_ITEMS, type(s).__name__)
print(time.gmtime(0).__reduce__())
print(s11.__reduce__())
y, m, d, *rest = s
print(y, m, d, rest)
t(lambda: time.struct_time(5))
t(lambda: time.struct_time((1,) * 12))
t(lambda: time.struct_time((1,) * 3))
t(lambda: time.struct_time(x=1))
t(lambda: s.tm_foo)
