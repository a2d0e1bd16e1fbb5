# More objects CPython 3.11 shares: abs() and math.floor/ceil of an exact
# int return the int itself; the empty bytes and the 256 one-byte bytes
# objects are cached like the small ints.
import math

a = 1000
print(abs(a) is a, abs(-a) is abs(-a), math.floor(a) is a, math.ceil(a) is a)
b = 10**30
print(abs(b) is b, math.floor(b) is b)
print(type(math.floor(True)).__name__, math.floor(True) is True)

empty = b""
print(bytes() is empty, b"abc"[3:] is empty, b"".join([]) is empty, bytes(0) is empty)
xa, ya = b"xA", b"yA"
print(bytes([65]) is bytes([65]), xa[1:] is ya[1:], bytes([200]) is bytes([200]))
print(xa[1:] is bytes([65]), bytes([1, 2]) is bytes([1, 2]), xa[:1] is ya[:1])
