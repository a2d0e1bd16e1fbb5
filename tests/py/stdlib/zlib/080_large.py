# larger data, incompressible data, and many small writes
import zlib

seed = 12345
buf = bytearray()
for _ in range(200000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    buf.append(seed >> 16 & 0xFF)
noise = bytes(buf)
c = zlib.compress(noise)
print(len(c) > len(noise) * 0.9, zlib.decompress(c) == noise)
text = b"".join(b"%d,%d\n" % (i, i * i) for i in range(100000))
c = zlib.compress(text, 9)
print(len(c) < len(text) // 2, zlib.decompress(c) == text)
co = zlib.compressobj(1)
out = bytearray()
for i in range(0, len(text), 7):
    out += co.compress(text[i:i + 7])
out += co.flush()
print(zlib.decompress(bytes(out)) == text)
d = zlib.decompressobj()
got = bytearray()
for i in range(0, len(out), 3):
    got += d.decompress(out[i:i + 3], 5)
    while d.unconsumed_tail:
        got += d.decompress(d.unconsumed_tail, 5)
print(bytes(got) == text, d.eof)
print(zlib.crc32(text), zlib.adler32(text))
