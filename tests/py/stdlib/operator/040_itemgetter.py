# operator.itemgetter
import operator as op

g = op.itemgetter(1)
print(g([5, 6, 7]), g("xyz"), g({1: "one"}), repr(g))
g = op.itemgetter(2, 0, -1)
print(g("abcd"), repr(g))
print(repr(op.itemgetter("key", None, (1, 2), [3])), repr(op.itemgetter((1,))))
print(op.itemgetter(slice(1, None))([1, 2, 3]), op.itemgetter(slice(None, None, -1), 0)("abc"))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)))
print(list(map(op.itemgetter("n"), [{"n": 1}, {"n": 2}])))
print(type(op.itemgetter(1)), type(op.itemgetter(1)).__name__)

l = []
g = op.itemgetter(l)
l.append(g)
print(repr(g))

class Mapping:
    def __getitem__(self, k):
        return "got %r" % (k,)
print(op.itemgetter("x", 2)(Mapping()))

for f in [lambda: op.itemgetter(), lambda: op.itemgetter(1, x=2), lambda: op.itemgetter(1)(),
          lambda: op.itemgetter(1)([1], [2]), lambda: op.itemgetter(1)(x=1),
          lambda: op.itemgetter(5)([1]), lambda: op.itemgetter("k")({}), lambda: op.itemgetter(0)(1)]:
    try:
        f()
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    class Sub(op.itemgetter):
        pass
except TypeError as e:
    print("TypeError", e)
