from helper_tmp import TempDir

with TempDir("tmp_070") as d:
    p = d.file("u.txt")
    with open(p, "w") as f:
        f.write("0123456789")
    with open(p, "r+") as f:
        print(repr(f.read(3)))
        f.seek(3)
        f.write("abc")
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(4), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open(p, "a") as f:
        print(f.tell(), f.write("+app"), f.tell())
    print(repr(open(p).read()))
    with open(p, "a+") as f:
        print(repr(f.read()))
        f.seek(0)
        print(repr(f.read()))
        f.write("!")
    print(repr(open(p).read()))
    with open(p, "w+") as f:
        print(repr(f.read()))
        f.write("fresh\nfile\n")
        f.seek(0)
        print(f.readlines())
    with open(p, "rb+") as f:
        print(f.read(2), f.tell())
        f.write(b"XY")
        print(f.tell())
        f.seek(0)
        print(f.read())
        f.seek(0, 2)
        f.write(b"tail")
        f.seek(-4, 2)
        print(f.read(), f.tell())
        print(f.truncate(3), f.tell(), f.seek(0), f.read())
    with open(p, "ab") as f:
        print(f.write(b"++"), f.tell())
    print(open(p, "rb").read())
    with open(p, "xb" if False else "wb+") as f:
        f.write(b"abc")
        f.seek(1)
        print(f.read(1), f.peek(1)[:1], f.read())
