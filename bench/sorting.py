# Sorting: list.sort() on ints/strs/floats, sort with key= (lambda and
# function), reverse=True, sorted() on tuples (tuple comparison), stability.
# Data comes from a deterministic linear congruential generator.


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return self.state >> 33


def checksum(xs):
    h = 0
    for i, x in enumerate(xs):
        h = (h * 31 + (x if isinstance(x, int) else len(str(x))) + i) % 1000000007
    return h


def main():
    rng = LCG(42)
    n = 100000
    ints = [rng.next() % 1000000 for _ in range(n)]
    floats = [rng.next() / 8589934592.0 for _ in range(n)]
    strs = ["s" + str(rng.next() % 100000) for _ in range(n)]

    a = list(ints)
    a.sort()
    print("ints", a[0], a[-1], checksum(a[::100]))

    b = sorted(floats, reverse=True)
    print("floats", f"{b[0]:.6f}", f"{b[-1]:.6f}")

    c = sorted(strs)
    print("strs", c[0], c[-1], c[n // 2])

    d = sorted(ints, key=lambda v: (v % 1000, -v))
    print("key-lambda", d[:3], checksum(d[::100]))

    def digit_sum(v):
        s = 0
        while v:
            s += v % 10
            v //= 10
        return s

    e = sorted(ints[:30000], key=digit_sum)
    print("key-func", e[:3], e[-3:])

    recs = [(ints[i] % 100, strs[i], floats[i]) for i in range(n)]
    recs.sort()
    print("tuples", recs[0][:2], recs[-1][:2])

    people = [(strs[i][:3], ints[i] % 50, i) for i in range(n)]
    people.sort(key=lambda p: p[1])          # stable: i stays ascending within key
    people.sort(key=lambda p: p[0], reverse=True)
    print("stable", people[:2], people[-2:])

    # repeatedly sort nearly-sorted and reversed data
    total = 0
    for r in range(10):
        x = a[:]
        x[r * 10] = -1
        x.sort()
        y = x[::-1]
        y.sort()
        total += y[r] + x[-1 - r]
    print("resort", total)

    words = sorted(set(strs), key=lambda w: (len(w), w))
    print("set", len(words), words[0], words[-1])
    print("minmax", min(recs), max(recs, key=lambda t: t[2])[0])


main()
