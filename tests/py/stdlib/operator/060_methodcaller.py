# operator.methodcaller
import operator as op

print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b,c"))
print(op.methodcaller("split", ",", maxsplit=1)("a,b,c"), op.methodcaller("bit_length")(255))
print(repr(op.methodcaller("foo", 1, "x", x=2, y="z")), repr(op.methodcaller("bar")))
print(list(map(op.methodcaller("strip", "*"), ["*a*", "b**"])))
print(sorted(["B", "a", "C"], key=op.methodcaller("lower")))

class Acc:
    def __init__(self):
        self.log = []
    def add(self, *args, **kwargs):
        self.log.append((args, sorted(kwargs.items())))
        return len(self.log)
a = Acc()
m = op.methodcaller("add", 1, 2, k="v")
print(m(a), m(a), a.log)

l = []
m = op.methodcaller("append", l)
l.append(m)
print(repr(m))

for f in [lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op.methodcaller(name="foo"),
          lambda: op.methodcaller("foo")(1), lambda: op.methodcaller("foo")(),
          lambda: op.methodcaller("foo")(1, 2), lambda: op.methodcaller("foo")(1, x=2),
          lambda: op.methodcaller("split", 1)("a"), lambda: op.methodcaller("upper", 1)("a")]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
