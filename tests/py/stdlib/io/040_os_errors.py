from helper_tmp import TempDir

with TempDir("tmp_040") as d:
    for args in [(d.file("missing.txt"),), (d.file("missing.txt"), "rb"), (d.path,), (d.path, "w"),
                 (d.file("no/such/dir.txt"), "w")]:
        try:
            open(*args)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == args[0], e.args)
            print(str(e).replace(d.path, "D"))
    p = d.file("exists.txt")
    with open(p, "x") as f:
        f.write("made")
    try:
        open(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, str(e).replace(d.path, "D"))
    try:
        open(d.file("missing.txt"))
    except FileNotFoundError as e:
        print(isinstance(e, OSError), e.filename2)
    print(open(p).read())
    with open(p, "x" if False else "r") as f:
        print(f.mode)
