# Iterating files line by line: text and binary, next() mixed with
# readline(), lines across buffer boundaries, \r\n split between chunks,
# tell() refused while iterating, closed files, a subclass's __next__.
import io
from helper_tmp import TempDir

with TempDir("tmp_190") as d:
    p = d.file("lines.txt")
    # Lines of growing length, so that line ends fall on every offset of
    # the 8192-byte chunks; some end in \r\n, some in \r.
    parts = []
    for i in range(700):
        end = ["\n", "\r\n", "\r"][i % 3]
        parts.append("%d:" % i + "x" * (i % 37) + "\u00e9" * (i % 5) + end)
    with open(p, "w", newline="") as f:
        f.write("".join(parts))
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, newline=nl) as f:
            lines = [line for line in f]
        print(repr(nl), len(lines), sum(map(len, lines)), repr(lines[1]), repr(lines[-1]))
    with open(p, "rb") as f:
        blines = list(f)
    print(len(blines), blines[0], blines[-1], sum(map(len, blines)))
    with open(p) as f:
        a = next(f)
        b = f.readline()
        c = next(iter(f))
        print(repr(a), repr(b), repr(c))
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        rest = list(f)
        print(len(rest), f.tell() > 0)
        print(next(f, "end"))
    f = open(p)
    f.close()
    for it in (f, open(p, "rb")):
        it.close()
        try:
            next(it)
        except ValueError as e:
            print(type(e).__name__, e)
    with open(p, "w") as f:
        try:
            next(f)
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)

    class Numbered(io.TextIOWrapper):
        n = 0
        def __next__(self):
            self.n += 1
            return "%d %s" % (self.n, super().__next__())

    with open(p, "w") as f:
        f.write("a\nb\n")
    with Numbered(open(p, "rb")) as f:
        print([line for line in f])
