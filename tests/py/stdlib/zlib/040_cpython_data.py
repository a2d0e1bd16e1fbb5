# decompress streams made by CPython's zlib
import zlib

z = b'x\x9c\xf3NLT(N\xac,V\xc8H\xcd\xc9\xc9W(\xc9W\xa8\xca\xc9LRT\xf0\xa6\x928\x00F: \xd9'
print(zlib.decompress(z))
raw = b'KLJN\x04#\x00'
print(zlib.decompress(raw, -15), zlib.decompress(raw, -9))
gz = (b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,PH\xcaO\xa9\x04\x00'
      b'\xc6\x8a\xba\xcd\t\x00\x00\x00')
print(zlib.decompress(gz, 31), zlib.decompress(gz, 47))
# trailing bytes after the stream are ignored by decompress()
print(zlib.decompress(z + b"extra"))
# streaming, byte by byte
d = zlib.decompressobj()
out = b"".join(d.decompress(z[i:i + 1]) for i in range(len(z)))
print(out, d.eof, d.unused_data, d.unconsumed_tail)
# preset dictionary
zd = b'x\xbb\x1a\x0b\x04]\xcb@0u\x14\x908\x8a\x00y\xa6\t&'
d = zlib.decompressobj(zdict=b"hello world")
print(d.decompress(zd), d.eof)
try:
    zlib.decompress(zd)
except zlib.error as e:
    print("error", e)
