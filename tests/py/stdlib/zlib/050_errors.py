# zlib.error messages and argument errors
import zlib

c = zlib.compress(b"hello world" * 10)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: zlib.decompress(c[:-3]))
t(lambda: zlib.decompress(b""))
t(lambda: zlib.decompress(b"abc"))
t(lambda: zlib.decompress(b"x\x9c\x07garbage"))
t(lambda: zlib.decompress(b"\x78\x9c\x00\x05\x00\x00\x00"))
t(lambda: zlib.decompress(c[:-1] + bytes([c[-1] ^ 1])))
t(lambda: zlib.decompress(c, 9))
t(lambda: zlib.decompress(c, 16))
t(lambda: zlib.decompress(c, 100))
t(lambda: zlib.decompress(b"\x79\x9c" + c[2:]))
t(lambda: zlib.decompress(b"\x1f\x8b\x09\x00" + b"\x00" * 10, 31))
t(lambda: zlib.compress(b"x", 10))
t(lambda: zlib.compress(b"x", -2))
t(lambda: zlib.compress(b"x", wbits=100))
t(lambda: zlib.compress("x"))
t(lambda: zlib.compress())
t(lambda: zlib.compress(b"x", 2**40))
t(lambda: zlib.compress(b"x", 1.5))
t(lambda: zlib.decompress(c, bufsize=-1))
t(lambda: zlib.compressobj(memLevel=10))
t(lambda: zlib.compressobj(method=9))
t(lambda: zlib.compressobj(strategy=9))
t(lambda: zlib.compressobj(level=11))
t(lambda: zlib.compressobj(zdict="x"))
t(lambda: zlib.decompressobj(zdict="x"))
t(lambda: zlib.decompressobj(wbits=100))
t(lambda: zlib.decompressobj().decompress(b"x", -1))
t(lambda: zlib.decompressobj().flush(0))
t(lambda: zlib.decompressobj().flush(-1))
t(lambda: zlib.decompressobj().decompress("x"))
