from helper_tmp import TempDir

with TempDir("tmp_020") as d:
    p = d.file("b.bin")
    with open(p, "wb") as f:
        print(f.write(b"abc\n"), f.write(bytes(range(250, 256))), f.write(b"\nxyz"))
        f.writelines([b"1", b"23"])
    with open(p, "rb") as f:
        data = f.read()
        print(type(data).__name__, data, len(data))
    with open(p, "rb") as f:
        print(f.read(2), f.readline(), f.readline(2), f.readline(), f.read(), f.read(), f.readline())
    with open(p, "rb") as f:
        print(list(f))
    with open(p, "rb") as f:
        print(f.readlines())
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall())
    with open(p, "wb", buffering=0) as f:
        print(f.write(b"raw"), f.tell())
    print(open(p, "rb").read())
    big = bytes(i % 251 for i in range(100000))
    with open(p, "wb") as f:
        f.write(big)
    with open(p, "rb") as f:
        r = f.read(70000)
        print(len(r), len(f.read()), r == big[:70000])
    with open(p, "rb") as f:
        print(f.read() == big)
    try:
        open(p, "wb").write("text")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        open(p, "rb").read(-5)
    except ValueError as e:
        print(type(e).__name__, e)
