import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.readline(2), b.read(), b.read(), b.tell())
b.seek(0)
print(list(b), b.tell())
b.seek(0)
print(b.readlines(), b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.seek(20), b.write(b"!"), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(1)
print(b.write(b"ABCDE"), b.getvalue())
print(b.read1(), b.seek(0), b.read1(2), b.read1())
b = io.BytesIO()
print(b.write(b"abc"), b.writelines([b"d", b"ef"]), b.getvalue())
attempt("neg_seek", lambda: b.seek(-1))
attempt("whence", lambda: b.seek(0, 3))
attempt("neg_trunc", lambda: b.truncate(-1))
attempt("str", lambda: b.write("x"))
attempt("init_str", lambda: io.BytesIO("x"))
attempt("fileno", lambda: b.fileno())
attempt("attrs", lambda: (b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed))
attempt("read_str", lambda: b.read("x"))
with io.BytesIO(b"ctx") as b2:
    print(b2.read())
for name in ["getvalue", "read", "tell", "readline", "readable", "isatty", "flush", "read1"]:
    attempt(name, getattr(b2, name))
attempt("write", lambda: b2.write(b"x"))
attempt("seek", lambda: b2.seek(0))
attempt("closed", lambda: b2.closed)
print(io.BytesIO(None).getvalue(), io.BytesIO(b"").read())
