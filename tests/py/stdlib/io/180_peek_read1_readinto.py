from helper_tmp import TempDir

with TempDir("tmp_180") as d:
    p = d.file("r.bin")
    with open(p, "wb") as f:
        f.write(b"0123456789" * 2000)
    with open(p, "rb") as f:
        pk = f.peek(3)
        print(len(pk) >= 3, pk[:3], f.tell())
        print(f.read1(5), f.tell())
        print(len(f.read1()) > 0)
        f.seek(0)
        buf = bytearray(4)
        print(f.readinto(buf), buf, f.tell())
        print(f.read1(0), f.readable(), f.writable(), f.seekable())
    with open(p, "rb", buffering=0) as f:
        buf = bytearray(6)
        print(f.readinto(buf), bytes(buf))
        f.seek(-3, 2)
        print(f.read(10), f.read(10), f.read())
    with open(p, "wb") as f:
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e)
        print(f.readable())
    with open(p, "rb") as f:
        try:
            f.write(b"x")
        except OSError as e:
            print(type(e).__name__, e)
    with open(p, "w") as f:
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e)
    with open(p, "rb", buffering=0) as f:
        try:
            f.write(b"x")
        except OSError as e:
            print(type(e).__name__, e)
    with open(p) as f:
        print(f.buffer.raw.readline(), f.buffer.raw.read(3))
