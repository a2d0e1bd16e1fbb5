# GzipFile over a BytesIO: header fields, reading APIs
import gzip
import io

b = io.BytesIO()
with gzip.GzipFile(filename="x.txt.gz", mode="wb", fileobj=b, mtime=7) as f:
    print(f.mode, f.name)
    print(f.write(b"hello\n"), f.tell())
    print(f.write(bytearray(b"second line\nthird")), f.tell())
    print(f.write(memoryview(b"\nlast\n")))
raw = b.getvalue()
print(raw[:16])
print(gzip.decompress(raw))

b.seek(0)
f = gzip.GzipFile(fileobj=b)
print(f.mode, f.mtime, repr(f.name))
print(f.peek(2)[:2], f.mtime)
print(f.readline(), f.tell())
print(f.read(3), f.read1(4))
print(f.readline(3), f.readline())
print(f.read(), f.read(), f.tell())
print(f.readable(), f.writable(), f.seekable(), f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

f = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(list(f))
f = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(f.readlines())
buf = bytearray(4)
f = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(f.readinto(buf), buf)
