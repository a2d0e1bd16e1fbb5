# Counter: counting, most_common ties, elements, total, update/subtract
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c['a'], c['zzz'], 'zzz' in c, c.total(), len(c))
print(sorted(c.elements()), list(Counter(b=2, a=0, c=-1, d=1).elements()))
ties = Counter(['x', 'y', 'z', 'y', 'x', 'w'])
print(ties.most_common(), ties.most_common(3))
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter(), repr(Counter()))
d = Counter(a=3, b=1)
d.update('aab', c=2)
print(d)
d.update({'a': 10})
print(d)
d.subtract(a=20)
d.subtract('bb')
d.subtract({'q': 1})
print(d)
d.update(Counter(q=5))
print(d, d.total())
e = Counter()
e.update(None)
e.update({'x': 2})
print(e)
c = Counter(a=1)
del c['never']
del c['a']
print(c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as err:
    print(type(err).__name__, err)
for bad in (lambda: Counter(1), lambda: Counter('a', 'b'), lambda: Counter().update(5)):
    try:
        bad()
    except TypeError as err:
        print(type(err).__name__, err)
print(Counter(self=1, iterable=2), Counter({'a': 1.5, 'b': 2}), Counter(a='x', b='y'))
print(repr(Counter(a=[1], b=(1,))))
print(Counter('aab').copy(), Counter('ab').__reduce__())

class Sub(Counter):
    pass

s = Sub('aab')
print(s, s.copy(), type(s.copy()).__name__, isinstance(s, dict))
try:
    hash(Counter())
except TypeError as err:
    print(type(err).__name__, err)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2), Counter(len(w) for w in words))
