# compress/decompress round trips at every level and window
import zlib

samples = [b"", b"a", b"hello world" * 50, bytes(range(256)) * 40,
           b"".join(str(i).encode() for i in range(5000))]
for data in samples:
    ok = True
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        ok = ok and zlib.decompress(c) == data
    print(len(data), ok)

data = b"The quick brown fox jumps over the lazy dog. " * 100
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, zlib.decompress(c, wbits) == data, len(c) < len(data))
# auto-detection reads both zlib and gzip
print(zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.decompress(zlib.compress(data), 0) == data)
# level 0 stores, higher levels shrink repetitive data
print(len(zlib.compress(data, 0)) > len(data), len(zlib.compress(data, 9)) < 200)
# keywords
print(zlib.decompress(zlib.compress(data, level=1, wbits=-12), wbits=-12, bufsize=1) == data)
print(zlib.compress(b"x", 6)[:1], zlib.compress(b"x", wbits=31)[:3])
# header bytes of zlib streams follow the level
print([zlib.compress(b"x", lv)[:2] for lv in (0, 1, 5, 6, 9)])
