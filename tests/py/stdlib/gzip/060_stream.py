# GzipFile reading in small pieces across members, flush in write mode
import gzip
import io

b = io.BytesIO()
f = gzip.GzipFile(fileobj=b, mode="wb", mtime=0)
f.write(b"part one\n")
f.flush()
mid = len(b.getvalue())
f.write(b"part two\n")
f.close()
print(mid > 10, gzip.decompress(b.getvalue()))

payload = b"".join(gzip.compress(b"member %d\n" % i, mtime=0) for i in range(5))
g = gzip.GzipFile(fileobj=io.BytesIO(payload))
pieces = []
while True:
    p = g.read(3)
    if not p:
        break
    pieces.append(p)
print(b"".join(pieces))
g = gzip.GzipFile(fileobj=io.BytesIO(payload))
print([line for line in g])
big = b"0123456789abcdef" * 20000
g = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(big)))
n = 0
while True:
    p = g.read1(1000)
    if not p:
        break
    assert len(p) <= 1000
    n += len(p)
print(n == len(big))
