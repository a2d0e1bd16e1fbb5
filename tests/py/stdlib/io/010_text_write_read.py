from helper_tmp import TempDir

with TempDir("tmp_010") as d:
    p = d.file("a.txt")
    with open(p, "w") as f:
        print(f.write("first line\n"))
        print(f.write("second line\nthird"))
        f.writelines(["\n", "fourth\n", "fifth\n"])
        print(f.closed)
    print(f.closed)
    with open(p) as f:
        print(repr(f.read()))
    with open(p) as f:
        print(repr(f.read(5)), repr(f.read(0)), repr(f.readline()))
        print(repr(f.readline(3)), repr(f.readline()))
        print(repr(f.readline(-1)), f.readlines())
        print(repr(f.read()), repr(f.readline()))
    with open(p) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(p) as f:
        print(f.readlines(12))
        print(f.readlines())
    print(list(open(p))[-1])
    print(open(p).read().splitlines())
    with open(p, "w") as f:
        pass
    print(repr(open(p).read()))
    with open(p, "w", encoding="utf-8") as f:
        f.write("héllo wörld ✓ 😀\n")
    with open(p, encoding="utf-8") as f:
        print(f.read(3), f.read(9), repr(f.read()))
    with open(p, "rb") as f:
        print(f.read())
