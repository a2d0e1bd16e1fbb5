import io
from helper_tmp import TempDir


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with TempDir("tmp_060") as d:
    p = d.file("s.txt")
    with open(p, "w", encoding="utf-8") as f:
        print(f.tell())
        f.write("abc\nd\u00e9f\n\u20ac\u20ac\nlast")
        print(f.tell())
    with open(p, encoding="utf-8") as f:
        print(f.tell(), repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
        mark = f.tell()
        print(repr(f.read(1)), f.tell())
        print(repr(f.read()), f.tell())
        print(f.seek(mark), repr(f.readline()))
        print(f.seek(0), repr(f.read(2)), f.tell())
        attempt("cur", lambda: f.seek(1, 1))
        attempt("end", lambda: f.seek(-1, 2))
        attempt("whence", lambda: f.seek(0, 3))
        attempt("neg", lambda: f.seek(-1))
        attempt("cur0", lambda: f.seek(0, 1))
        attempt("end0", lambda: f.seek(0, 2))
        attempt("read_at_end", lambda: f.read())
        f.seek(0)
        for line in f:
            attempt("tell_in_loop", f.tell)
            break
        for line in f:
            pass
        attempt("tell_after_loop", f.tell)
    with open(p, "rb") as f:
        print(f.tell(), f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(-1, 1), f.read())
        print(f.seek(100), f.read(), f.tell())
        attempt("bad_whence", lambda: f.seek(0, 5))
    s = io.StringIO("x\ny\n")
    s.readline()
    print(s.tell(), s.seek(0, 2), s.tell())
