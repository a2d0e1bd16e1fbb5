# Conversions and operations that change nothing return the object itself
# (CPython 3.11 returns its argument for an exact int, float, str, bytes,
# tuple or frozenset). Arithmetic always makes a new object outside the
# small-int range.
import math

a = 1000
print(+a is a, int(a) is a, a.real is a, a.numerator is a, round(a) is a)
print(a.__index__() is a, a.__int__() is a, a.conjugate() is a, math.trunc(a) is a)
print(a + 0 is a, a * 1 is a, a // 1 is a, a - 0 is a, a | 0 is a)
b = 10**30
print(+b is b, int(b) is b, b + 0 is b, b * 1 is b)
print(-a is -a, int("1000") is int("1000"))

f = 1.5
print(float(f) is f, +f is f, f.real is f, f.conjugate() is f, f.__float__() is f)
print(f + 0.0 is f, f * 1 is f, abs(f) is f, float("1.5") is float("1.5"))

s = "hello world"
print(str(s) is s, s[:] is s, s * 1 is s, s + "" is s, "" + s is s)

t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, t * 1 is t, t + () is t, () + t is t, t[::1] is t)
print(t[0:3] is t, t[:2] is t[:2], tuple([1, 2, 3]) is t)

fs = frozenset(t)
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs)

bb = b"hello"
print(bb[:] is bb, bytes(bb) is bb, bb * 1 is bb, bb[0:5] is bb, bb[::1] is bb)
print(bb[1:] is bb[1:], bytes(b"hi") == b"hi")

class MyInt(int):
    pass

m = MyInt(1000)
print(type(int(m)).__name__, int(m) is m, type(+m).__name__)

class MyStr(str):
    pass

ms = MyStr("abc")
print(type(str(ms)).__name__, type(ms + "").__name__, type(ms[:]).__name__)

class MyBytes(bytes):
    pass

mb = MyBytes(b"ab")
print(type(bytes(mb)).__name__, type(mb[:]).__name__, bytes(mb) is mb)
