# gzip.open on real files: binary, text, append, exclusive; filename header
import gzip
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "notes.txt.gz")
    with gzip.open(p, "wb") as f:
        f.write(b"first\n")
    with open(p, "rb") as raw:
        head = raw.read(30)
    print(head[:4], head[10:20])
    with gzip.open(p, "ab") as f:
        f.write(b"appended\n")
    with gzip.open(p) as f:
        print(f.read(), f.name == p)
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print(f.read().splitlines())
    t = os.path.join(d, "text.gz")
    with gzip.open(t, "wt", encoding="utf-8") as f:
        f.write("h\u00e9llo\nw\u00f6rld\n")
    with gzip.open(t, "rb") as f:
        print(f.read())
    with gzip.open(t, "rt", encoding="utf-8") as f:
        print([line for line in f])
    try:
        gzip.open(t, "xb")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with gzip.GzipFile(t, "w", mtime=99) as f:
        f.write(b"x")
    with gzip.GzipFile(t) as f:
        print(f.read(), f.mtime)
    with open(t, "rb") as f:
        g = gzip.open(f)
        print(g.read())
    for args in [("x", "rbt"), ("x", "rb", 9, "utf-8"), ("x", "rb", 9, None, "strict"),
                 ("x", "rb", 9, None, None, "\n"), (1.5,)]:
        try:
            gzip.open(*args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        gzip.open(os.path.join(d, "missing.gz"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
