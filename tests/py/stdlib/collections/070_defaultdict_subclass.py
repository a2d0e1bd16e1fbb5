# defaultdict subclasses, __missing__ calls and the factory's repr
from collections import defaultdict

class Counted(defaultdict):
    def __init__(self):
        super().__init__(int)
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        return super().__missing__(key)

c = Counted()
c['a'] += 1
c['a'] += 1
c['b'] += 1
print(c, c.misses, dict(c))

class Loud(defaultdict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)

l = Loud(list)
l['k'].append(1)
print(l, repr(Loud(None)))

class F:
    def __repr__(self):
        return repr(dd)

dd = defaultdict(F)
dd.default_factory = F()
print(dd)

class WithSlots(defaultdict):
    __slots__ = ('extra',)

w = WithSlots(str)
w.extra = 5
print(w['q'] == '', w.extra, w)
try:
    defaultdict.__missing__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaultdict(list).__missing__()
except TypeError as e:
    print(type(e).__name__, e)
print(defaultdict[int], defaultdict(list).setdefault('a', 5))
x = defaultdict(list)
x.update({'a': [1]}, b=[2])
x.pop('a')
print(x, x.popitem(), x)
