# OrderedDict: order operations, equality, repr, views
from collections import OrderedDict

od = OrderedDict(a=1, b=2)
od['c'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('a')
print(od)
od.move_to_end('a', last=False)
print(od)
od.move_to_end('b', False)
od['a'] = 10
print(od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict(a=1, b=2))
print(OrderedDict(), repr(OrderedDict([(1, 'one')])))
r = OrderedDict()
r['self'] = r
print(r)
v = OrderedDict([('k1', 1), ('k2', 2)])
print(v.keys(), v.values(), v.items())
print(list(reversed(v.keys())), list(reversed(v.values())), list(reversed(v.items())))
print(type(v.keys()).__name__, type(iter(v)).__name__, v.keys() & {'k1'}, 'k2' in v.keys(), ('k1', 1) in v.items())
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
print(v.setdefault('k3', 3), v.setdefault('k1', 'no'), v.pop('k2'), v.pop('zz', 'dflt'), v)
print(v | {'n': 1}, {'n': 1} | v, type({'n': 1} | v).__name__)
v |= {'m': 2}
print(v, v.copy(), type(v.copy()).__name__)
print(isinstance(v, dict), OrderedDict.__mro__, OrderedDict.__module__)
v.clear()
print(v, len(v))
o = OrderedDict(a=1)
o.extra = 'attr'
print(o.extra, o.__dict__, o.__reduce__()[:3])
try:
    hash(o)
except TypeError as e:
    print(type(e).__name__, e)
