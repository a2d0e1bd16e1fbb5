from helper_tmp import TempDir

with TempDir("tmp_080") as d:
    p = d.file("n.txt")
    raw = b"a\r\nb\rc\nd\r\r\ne"
    with open(p, "wb") as f:
        f.write(raw)
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, newline=nl) as f:
            lines = f.readlines()
            print(repr(nl), lines, repr(f.newlines))
        with open(p, newline=nl) as f:
            print(repr(nl), repr(f.read()))
        with open(p, newline=nl) as f:
            print(repr(nl), repr(f.read(3)), repr(f.readline()), repr(f.readline(2)))
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, "w", newline=nl) as f:
            f.write("x\ny\r\nz\r")
        with open(p, "rb") as f:
            print(repr(nl), f.read())
    with open(p, "wb") as f:
        f.write(b"one\r")
    with open(p) as f:
        print(repr(f.read()), f.newlines)
    with open(p, "wb") as f:
        f.write(b"x" * 8191 + b"\r\n" + b"y\r\n")
    with open(p) as f:
        lines = f.readlines()
        print(len(lines), len(lines[0]), repr(lines[1]), repr(f.newlines))
    with open(p, newline="") as f:
        lines = f.readlines()
        print(len(lines), repr(lines[0][-3:]), repr(lines[1]))
    try:
        open(p, newline="\n\n")
    except ValueError as e:
        print(type(e).__name__, e)
