# 1000 values of the other methods for several seeds (see 160).
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
    print(name, values[:20] if name not in ("shuffle", "sample", "choices", "randbytes") else values[:3])
    print(" ", " ".join(marks))

def shuffled(r):
    l = list(range(10))
    r.shuffle(l)
    return l

for seed in [20240601, -31, 2**200 + 12345, "a string seed", b"some bytes"]:
    print("seed", repr(seed))
    r = random.Random(seed)
    check("triangular", lambda: r.triangular(0, 10, 3))
    check("lognormvariate", lambda: r.lognormvariate(0, 0.25))
    check("vonmisesvariate", lambda: r.vonmisesvariate(0.5, 2))
    check("gammavariate", lambda: r.gammavariate(2.5, 1))
    check("gammavariate_small", lambda: r.gammavariate(0.5, 1))
    check("betavariate", lambda: r.betavariate(2, 3))
    check("paretovariate", lambda: r.paretovariate(1.5))
    check("weibullvariate", lambda: r.weibullvariate(1, 2))
    check("shuffle", lambda: shuffled(r))
    check("sample", lambda: r.sample(range(100), 5))
    check("choices", lambda: r.choices("abcde", [5, 1, 1, 1, 2], k=3))
    check("randbytes", lambda: r.randbytes(3))
