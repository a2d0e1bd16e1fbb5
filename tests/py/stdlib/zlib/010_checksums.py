# crc32 and adler32, with start values and chained calls
import zlib

print(zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(b"hello world"), zlib.adler32(b"hello world"))
print(zlib.crc32(b"hello", 12345), zlib.adler32(b"hello", 12345))
# chaining equals one call
a = zlib.crc32(b" world", zlib.crc32(b"hello"))
print(a == zlib.crc32(b"hello world"))
b = zlib.adler32(b" world", zlib.adler32(b"hello"))
print(b == zlib.adler32(b"hello world"))
# start values are taken modulo 2**32
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**40), zlib.adler32(b"abc", 2**40))
# bytes-like arguments
print(zlib.crc32(bytearray(b"xyz")), zlib.crc32(memoryview(b"xyz")))
big = bytes(range(256)) * 300
print(zlib.crc32(big), zlib.adler32(big))
print(zlib.adler32(b"\xff" * 100000))
for bad in ("abc", 5, None):
    try:
        zlib.crc32(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    zlib.adler32("abc")
except TypeError as e:
    print(type(e).__name__, e)
