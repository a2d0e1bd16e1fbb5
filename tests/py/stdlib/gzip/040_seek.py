# seek and tell in both modes, rewind, mode errors
import gzip
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(97, 123)) * 1000
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data)))
print(f.seek(3), f.read(2), f.tell())
print(f.seek(1), f.read(5))
print(f.seek(-2, 1), f.read(4))
print(f.seek(20000), f.read(3), f.tell())
print(f.seek(0, 2), f.read(), f.tell())
f.rewind()
print(f.tell(), f.read(3))
print(f.seek(10 ** 6), f.read())

w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
t(lambda: w.read())
t(lambda: w.peek(1))
t(lambda: w.rewind())
t(lambda: (w.write(b"ab"), w.seek(5), w.tell()))
t(lambda: w.seek(1, 2))
t(lambda: w.seek(0))
t(lambda: w.write("str"))
t(lambda: (w.readable(), w.writable(), w.seekable()))
out = w.fileobj
w.close()
print(gzip.decompress(out.getvalue()))
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"x")))
t(lambda: r.write(b"x"))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
