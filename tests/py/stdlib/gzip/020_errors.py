# bad gzip data
import gzip
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

good = gzip.compress(b"abc", mtime=0)
t(lambda: gzip.decompress(good + b"xyz"))
t(lambda: gzip.decompress(good[:-3]))
t(lambda: gzip.decompress(good[:5]))
t(lambda: gzip.decompress(b"hello"))
bad = bytearray(good); bad[-5] ^= 1
t(lambda: gzip.decompress(bytes(bad)))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(bytes(bad))).read())
bad = bytearray(good); bad[-2] ^= 1
t(lambda: gzip.decompress(bytes(bad)))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(bytes(bad))).read())
bad = bytearray(good); bad[2] = 7
t(lambda: gzip.decompress(bytes(bad)))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:-3])).read())
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(good + b"\0\0junk")).read())
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"abc")).read())
t(lambda: gzip.compress("abc"))
t(lambda: gzip.compress(b"", compresslevel=12))
print(issubclass(gzip.BadGzipFile, OSError), gzip.BadGzipFile.__mro__[1].__name__)
print(gzip.READ, gzip.WRITE, sorted(gzip.__all__))
