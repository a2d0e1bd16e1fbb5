from helper_tmp import TempDir


def attempt(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


with TempDir("tmp_050") as d:
    p = d.file("c.txt")
    with open(p, "w") as f:
        f.write("x\ny\n")
    f = open(p)
    f.close()
    f.close()
    print(f.closed, f.buffer.closed, f.buffer.raw.closed)
    for name in ["read", "readline", "readlines", "tell", "fileno", "flush", "isatty",
                 "readable", "writable", "seekable", "__iter__", "__enter__"]:
        attempt(name, getattr(f, name))
    attempt("next", lambda: next(f))
    attempt("write", lambda: f.write("z"))
    attempt("seek", lambda: f.seek(0))
    attempt("name", lambda: f.name)
    attempt("repr", lambda: repr(f).replace(d.path, "D"))
    b = open(p, "rb")
    b.close()
    for name in ["read", "readline", "tell", "flush", "peek", "read1", "fileno"]:
        attempt(name, getattr(b, name))
    attempt("seek", lambda: b.seek(0))
    attempt("write", lambda: b.write(b"z"))
    attempt("repr", lambda: repr(b).replace(d.path, "D"))
    w = open(p, "wb")
    w.close()
    attempt("write", lambda: w.write(b"z"))
    r = open(p, "rb", buffering=0)
    r.close()
    for name in ["read", "readall", "tell", "fileno", "isatty", "readable", "flush"]:
        attempt(name, getattr(r, name))
    attempt("repr", lambda: repr(r))
    attempt("closed", lambda: r.closed)
    with open(p) as f:
        pass
    attempt("with", lambda: f.__enter__())
