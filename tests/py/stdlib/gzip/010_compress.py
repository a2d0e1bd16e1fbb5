# gzip.compress / gzip.decompress
import gzip

data = b"gzip round trip\n" * 100
c = gzip.compress(data)
print(c[:3], gzip.decompress(c) == data)
c = gzip.compress(data, mtime=123)
print(c[:10])
print(gzip.decompress(c) == data)
print(gzip.compress(b"abc", mtime=0)[:10])
print(gzip.compress(b"abc", 1, mtime=5)[:10])
print(gzip.decompress(gzip.compress(b"", mtime=0)))
for level in range(10):
    assert gzip.decompress(gzip.compress(data, level)) == data
print("levels ok")
# members made by CPython, concatenated, with zero padding
m1 = (b'\x1f\x8b\x08\x00{\x00\x00\x00\x02\xff\xcb\xc9\xccKU\xc8\xcfK\xe5\xca\x011J'
      b'\xca\xf3\xb9\x00\x8b\xd7\xf4u\x12\x00\x00\x00')
m2 = (b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03+NM\xce\xcfKQ\xc8M\xcdMJ-\xe2\x02'
      b'\x006\x18K\x0e\x0e\x00\x00\x00')
print(gzip.decompress(m1))
print(gzip.decompress(m1 + m2))
print(gzip.decompress(m1 + b"\x00\x00\x00" + m2 + b"\x00"))
print(gzip.decompress(b""))
print(gzip.decompress(bytearray(m2)))
