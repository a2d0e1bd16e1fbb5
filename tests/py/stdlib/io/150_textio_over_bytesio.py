import io

raw = io.BytesIO("l\u00efne one\r\nline two\nthree".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.encoding, t.errors, t.line_buffering, t.buffer is raw)
print(t.readline(), end="")
print(repr(t.readline()), repr(t.read()), repr(t.newlines))
t.seek(0)
print(t.readlines())
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-16-le", newline="\r\n")
print(w.write("a\nb"))
w.flush()
print(out.getvalue())
w.reconfigure(encoding="latin-1")
w.write("\u00e9")
w.flush()
print(out.getvalue())
w.reconfigure(line_buffering=True)
print(w.line_buffering)
det = w.detach()
print(det is out)
try:
    w.write("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    w.encoding
except ValueError as e:
    print(type(e).__name__, e)
print(repr(w))
t2 = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii", newline="")
print(t2.read(), t2.tell())
try:
    io.TextIOWrapper(io.BytesIO(), encoding=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
