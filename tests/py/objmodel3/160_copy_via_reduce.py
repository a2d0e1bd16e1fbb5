# copy.copy and copy.deepcopy of plain instances go through
# object.__reduce_ex__(4) now.
import copy

class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items

p = P(1, [1, 2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c.x, c.items is p.items, d.items is p.items, d.items)

class S:
    __slots__ = ('a', 'b')

s = S()
s.a = [1]
c = copy.copy(s)
print(c.a is s.a, hasattr(c, 'b'))
d = copy.deepcopy(s)
print(d.a == s.a, d.a is s.a)

class L(list):
    pass

l = L([1, [2]])
l.tag = 'x'
c = copy.deepcopy(l)
print(type(c).__name__, c, c.tag, c[1] is l[1])

class D(dict):
    pass

dd = D(a=[1])
c = copy.copy(dd)
print(type(c).__name__, c, c['a'] is dd['a'])

class MySet(set):
    pass

ms = MySet([1, 2])
c = copy.copy(ms)
print(type(c).__name__, sorted(c))

class E(Exception):
    pass

e = E('m', 1)
e.extra = 5
c = copy.copy(e)
print(type(c).__name__, c.args, c.extra)

class H:
    def m(self):
        return 'm'

h = H()
bm = copy.copy(h.m)
print(bm(), bm.__self__ is h)

class I(int):
    pass

i = copy.deepcopy(I(5))
print(type(i).__name__, i)

class T(tuple):
    pass

t = copy.copy(T((1, 2)))
print(type(t).__name__, t)

class GS:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {'v': self.v + 100}

print(copy.copy(GS()).v)

def gen():
    yield 1

try:
    copy.copy(gen())
except TypeError as e:
    print(type(e).__name__, e)
import sys
try:
    copy.copy(sys)
except TypeError as e:
    print(type(e).__name__, e)
