# The type attribute cache: methods and special methods replaced on the class
# while instances use them in a loop; a class-level counter updated in a loop.
class K:
    def f(self):
        return 0

def make(i):
    return lambda self: i

k = K()
out = []
for i in range(6):
    out.append(k.f())
    K.f = make(i + 1)
print(out)

class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v

items = [N(3), N(1), N(2)]
print([n.v for n in sorted(items)])
N.__lt__ = lambda self, other: self.v > other.v
print([n.v for n in sorted(items)])
del N.__lt__
try:
    sorted(items)
except TypeError as e:
    print(type(e).__name__, e)

class Counted:
    n = 0
    def __init__(self):
        Counted.n += 1
        type(self).last = Counted.n

class Sub(Counted):
    pass

for i in range(1000):
    s = Sub() if i % 2 else Counted()
print(Counted.n, Sub.n, Sub.last, Counted.last, s.n)

class L:
    def __len__(self):
        return 1
x = L()
lens = []
for i in range(4):
    lens.append(len(x))
    L.__len__ = make(i + 5)
print(lens, bool(x))
L.__bool__ = lambda self: False
print(bool(x))
