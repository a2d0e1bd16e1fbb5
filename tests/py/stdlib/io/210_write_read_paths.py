# The short ways through write, readline, iteration and read(): small
# writes then reads on one text file, a write after reading (the read-ahead
# is dropped), writes to a closed or detached file, a line-buffered file,
# binary iteration after close, readlines with and without a hint, read()
# of a whole file (size known) and of what is left after a readline.
import io
from helper_tmp import TempDir

with TempDir("tmp_210") as d:
    p = d.file("t.txt")
    with open(p, "w") as f:
        for i in range(-12, 3000):
            f.write(f"line {i} \u00e9{i}\n" if i % 7 == 0 else f"line {i}\n")
    with open(p) as f:
        print(repr(f.readline()), repr(next(f)))
        print(sum(1 for _ in f))
    with open(p, "r+") as f:
        print(repr(f.readline()))
        f.seek(0, 2)
        print(f.write("tail\n"))
    with open(p, "rb") as f:
        data = f.read()
        print(len(data), data[-12:])
    with open(p, "rb") as f:
        f.readline()
        rest = f.read()
        print(len(rest), rest[:10])
    with open(p) as f:
        lines = f.readlines()
        print(len(lines), repr(lines[-1]))
    with open(p) as f:
        print(len(f.readlines(40)), len(f.readlines(1)), len(f.readlines(0)))
    with open(p, "rb") as f:
        print(len(f.readlines(40)), len(f.readlines()))
    f = open(p, "w")
    f.write("x")
    f.close()
    for call in [lambda: f.write("y"), lambda: next(f)]:
        try:
            call()
        except ValueError as e:
            print(type(e).__name__, e)
    b = open(p, "rb")
    b.close()
    try:
        next(b)
    except ValueError as e:
        print(type(e).__name__, e)
    f = open(p, "w")
    raw = f.detach()
    try:
        f.write("z")
    except ValueError as e:
        print(type(e).__name__, e)
    raw.close()
    with open(p, "w", buffering=1) as f:
        f.write("a")
        f.write("b\nc")
        with open(p) as g:
            print(repr(g.read()))
    with open(p, "w", newline="\r\n") as f:
        f.write("1\n2\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "w", encoding="latin-1") as f:
        f.write("caf\u00e9\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "w") as f:
        print(f.write(""), f.write("\u20ac"), f.write("ab" * 5000))
    with open(p) as f:
        print(len(f.read()))

print(str(0), str(7), str(-7), str(10), str(-10), str(2**63 - 1), str(-2**63), str(2**64))
print(f"{0}|{-1}|{123456789}|{-2**63}|{True}|{3.5}|{'é'}x{'€'}")
print(str(True), str(1.0), str(-0.0), str("s"), str(b"b"), str(), str(object=5))
class S(str):
    pass
class N:
    def __str__(self):
        return S("sub")
print(type(str(N())).__name__, type(S(5)).__name__, S(5))
for bad in [lambda: str(1, 2, 3, 4), lambda: str(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
