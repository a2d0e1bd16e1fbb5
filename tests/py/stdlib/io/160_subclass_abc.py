import io


class Upper(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk.upper()


u = Upper(b"abc\ndef\n")
print(isinstance(u, io.IOBase), u.readable(), u.writable(), u.seekable(), u.closed)
print(u.readline(), list(u))
with u:
    pass
print(u.closed)
try:
    u.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))


class Collect(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
print(c.write("x"), c.encoding, c.newlines, c.errors)
c.writelines(["a", "b"])
print(c.parts, isinstance(c, io.TextIOBase))
print("hi", "there", file=c)
print(c.parts)
try:
    c.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)


class Log(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


g = Log("start ")
g.seek(0, 2)
print("hello", file=g)
print(repr(g.getvalue()), isinstance(g, io.StringIO))


class MyBytes(io.BytesIO):
    pass


m = MyBytes(b"12")
print(m.read(), type(m).__name__)
print(io.BufferedReader(io.BytesIO(b"via buffered\nreader")).readlines())
