# Decompress objects: max_length, unconsumed_tail, unused_data, eof, flush, copy
import zlib

data = bytes(range(256)) * 64
c = zlib.compress(data)
d = zlib.decompressobj()
out = d.decompress(c, 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
chunks = [out]
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 1000))
    assert len(chunks[-1]) <= 1000
chunks.append(d.flush())
print(b"".join(chunks) == data, d.eof, d.unused_data)

# unused_data collects what follows the stream
d = zlib.decompressobj()
print(d.decompress(c + b"after") == data, d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)

# flush() finishes what max_length held back
d = zlib.decompressobj()
part = d.decompress(c, 10)
rest = d.flush()
print(len(part), part + rest == data, d.eof)
try:
    d.decompress(b"x")
except zlib.error as e:
    print("error", e)
try:
    d.copy()
except ValueError as e:
    print("ValueError", e)

# copy() in the middle
d = zlib.decompressobj()
first = d.decompress(c[:50])
e = d.copy()
print(first + d.decompress(c[50:]) == data, first + e.decompress(c[50:]) == data)
print(e.eof, e.unused_data)

# gzip members through wbits=31, with trailing data
g = zlib.compress(b"gz data", wbits=31)
d = zlib.decompressobj(31)
print(d.decompress(g + b"\x00tail"), d.eof, d.unused_data)
d = zlib.decompressobj(47)
print(d.decompress(g[:5]), d.decompress(g[5:]), d.eof)
# an incomplete stream is not an error for decompressobj
d = zlib.decompressobj()
print(len(d.decompress(c[:len(c) // 2])) > 0, d.eof, d.flush() is not None)
# copy.copy / copy.deepcopy use the same copies
import copy
d = zlib.decompressobj()
head = d.decompress(c[:40])
for e in (copy.copy(d), copy.deepcopy(d)):
    print(head + e.decompress(c[40:]) == data)
co = zlib.compressobj()
p = co.compress(b"abc")
for e in (copy.copy(co), copy.deepcopy(co)):
    print(zlib.decompress(p + e.compress(b"def") + e.flush()))
