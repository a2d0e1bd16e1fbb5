import io
import sys
from helper_tmp import TempDir

with TempDir("tmp_170") as d:
    p = d.file("p.txt")
    with open(p, "w") as f:
        print("a", 1, [2], sep="-", end="!\n", file=f)
        print(file=f)
        print("flushed", file=f, flush=True)
        print(open(p).read(), end="")
    s = io.StringIO()
    print("to", "stringio", file=s)
    print(repr(s.getvalue()))
    print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.writable(), sys.stdin.readable())
    print(sys.stdout.write("direct\n"))
    f = open(p, "w")
    f.write("not closed, freed")
    del f
    print(open(p).read())
    f = open(p, "wb")
    f.write(b"binary freed")
    f = None
    print(open(p, "rb").read())
