# Writes smaller and larger than the buffer, mixed: the bytes arrive in
# order, tell() follows, and what a failing raw stream refused stays
# buffered until a flush succeeds.
import io
from helper_tmp import TempDir

with TempDir("tmp_200") as d:
    p = d.file("w.bin")
    with open(p, "wb") as f:
        f.write(b"a" * 10)
        f.write(b"b" * 9000)
        print(f.tell())
        f.write(b"c" * 8192)
        f.write(b"d")
        print(f.tell())
    with open(p, "rb") as f:
        data = f.read()
    print(len(data), data[:11], data[9005:9015], data[-2:])
    with open(p, "w") as f:
        for i in range(3000):
            f.write("%d," % i)
        f.write("z" * 20000)
        print(f.tell())
    with open(p) as f:
        text = f.read()
    print(len(text), text[:10], text[-3:])


class Flaky(io.RawIOBase):
    def __init__(self):
        self.out = b""
        self.fail = True
    def writable(self):
        return True
    def write(self, b):
        if self.fail:
            raise BrokenPipeError(32, "Broken pipe")
        self.out += bytes(b)
        return len(b)

raw = Flaky()
w = io.BufferedWriter(raw, 16)
w.write(b"hello")
try:
    w.flush()
except BrokenPipeError as e:
    print(type(e).__name__, e)
raw.fail = False
w.write(b" world")
w.flush()
print(raw.out)
raw.fail = True
try:
    w.write(b"x" * 40)
except BrokenPipeError as e:
    print(type(e).__name__, e)
raw.fail = False
w.flush()
print(raw.out)
