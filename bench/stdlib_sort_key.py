# sorted() with key functions: lambdas, operator.itemgetter/attrgetter,
# functools.cmp_to_key, and multi-key sorts of records.
import functools
import operator

rows = []
s = 7
for i in range(120000):
    s = (s * 1103515245 + 12345) % 2147483648
    rows.append(("name%05d" % (s % 50000), s % 97, (s >> 8) % 1000 / 7.0))

a = sorted(rows, key=lambda r: r[1])
b = sorted(rows, key=operator.itemgetter(1, 0))
c = sorted(rows, key=lambda r: (-r[2], r[0]))
print(a[0][1], b[0], c[0][0])


class Rec:
    __slots__ = ("name", "score")

    def __init__(self, name, score):
        self.name = name
        self.score = score


recs = [Rec(r[0], r[1]) for r in rows]
d = sorted(recs, key=operator.attrgetter("score", "name"))
print(d[0].name, d[-1].name)


def cmp(x, y):
    return (x[1] > y[1]) - (x[1] < y[1]) or (x[0] > y[0]) - (x[0] < y[0])


e = sorted(rows[:20000], key=functools.cmp_to_key(cmp))
print(e[0], e[-1][1])
print(max(rows, key=lambda r: r[2])[2], min(rows, key=operator.itemgetter(2))[2])
