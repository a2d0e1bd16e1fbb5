# 1000 values of each method for several seeds. For each seed and method:
# the first 20 values, then a running checksum of the repr of every value,
# shown after each 100 values, so the whole sequence is compared.
import random

P = (1 << 61) - 1

def check(name, draw):
    values = []
    marks = []
    acc = 0
    chunk = []
    for i in range(1, 1001):
        v = draw()
        if len(values) < 20:
            values.append(v)
        chunk.append(repr(v))
        if i % 100 == 0:
            acc = (acc * 1000003 + int.from_bytes(",".join(chunk).encode(), "big")) % P
            marks.append(format(acc % 65536, "04x"))
            chunk = []
    print(name, values)
    print(" ", " ".join(marks))

for seed in [20240601, -31, 2**200 + 12345, "a string seed", b"some bytes"]:
    print("seed", repr(seed))
    r = random.Random(seed)
    check("random", r.random)
    check("getrandbits", lambda: r.getrandbits(45))
    check("randrange", lambda: r.randrange(-1000, 10**12, 3))
    check("randint", lambda: r.randint(1, 6))
    check("choice", lambda: r.choice("abcdefghijklmnopqrstuvwxyz"))
    check("uniform", lambda: r.uniform(-5, 5))
    check("gauss", lambda: r.gauss(1, 2))
    check("normalvariate", lambda: r.normalvariate(0, 1))
    check("expovariate", lambda: r.expovariate(3))
