# collections: weak references, cycles, copies, generic aliases
import copy
import gc
import weakref
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserList

d = deque([1])
r = weakref.ref(d)
print(r() is d)
del d
print(r())
o = OrderedDict(a=1)
print(weakref.ref(o)() is o)
try:
    weakref.ref(defaultdict())
except TypeError as e:
    print(type(e).__name__, e)

class Node:
    pass

n = Node()
n.q = deque([n])
wn = weakref.ref(n)
dd = defaultdict(lambda: dd)
dd['self']
wd = weakref.ref(dd.default_factory)
del n, dd
gc.collect()
print(wn(), wd())

P = namedtuple('P', 'x y')
for obj in (deque([[1], 2], 5), defaultdict(list, a=[1]), OrderedDict(a=[1]), Counter(a=1),
            P([1], 2), ChainMap({'a': [1]}), UserList([[1]])):
    shallow, deep = copy.copy(obj), copy.deepcopy(obj)
    print(type(obj).__name__, shallow, deep, type(shallow) is type(obj), type(deep) is type(obj), shallow == obj)
print(deque[int], OrderedDict[str, int], defaultdict[str, list], Counter[str])
print(sorted([deque([2]), deque([1, 5]), deque([1])]), max(deque([3, 1, 2])))
try:
    {deque()}
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(deque('ab'), reversed(deque('ab')))), dict(OrderedDict(z=1, a=2)), list(Counter('aab').items()))
print(deque(OrderedDict(a=1, b=2)), deque(Counter('ba')), list(reversed(OrderedDict.fromkeys('xyz').keys())))
