# OrderedDict: mutation during iteration, update semantics, subclasses, FIFO use
from collections import OrderedDict

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

o = OrderedDict(a=1, b=2)
it = iter(o)
o['c'] = 3
attempt(lambda: next(it))
attempt(lambda: next(it))
o = OrderedDict(a=1, b=2)
it = iter(o)
o['a'] = 5
o.move_to_end('b')
print(list(it))
o = OrderedDict(a=1, b=2)
it = iter(o)
next(it)
o.clear()
attempt(lambda: next(it))
attempt(lambda: next(it))
o = OrderedDict(a=1, b=2)
it = o.values().__iter__()
del o['b']
attempt(lambda: next(it))

attempt(lambda: OrderedDict([1]))
attempt(lambda: OrderedDict([(1,)]))
attempt(lambda: OrderedDict([(1, 2, 3)]))
attempt(lambda: OrderedDict({}, {}))
attempt(lambda: OrderedDict().update({}, {}))
attempt(lambda: OrderedDict(['ab', [1, 2]]))
attempt(lambda: OrderedDict().move_to_end())
attempt(lambda: OrderedDict(a=1).move_to_end('a', foo=1))
attempt(lambda: OrderedDict().popitem(1, 2))
attempt(lambda: OrderedDict().pop())
attempt(lambda: OrderedDict().pop('k'))
attempt(lambda: OrderedDict.fromkeys())

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated([('x', 1), ('y', 2)])
lu['x'] = 3
lu.update(z=4, y=5)
print(lu, type(lu.copy()).__name__, LastUpdated.fromkeys('pq'))

fifo = OrderedDict()
out = []
for i in range(3000):
    fifo[i] = i * i
    if len(fifo) > 50:
        out.append(fifo.popitem(last=False)[0])
print(len(fifo), out[:3], out[-3:], list(fifo)[:3], next(iter(fifo)), next(reversed(fifo)))
lru = OrderedDict.fromkeys(range(5))
for k in (2, 0, 2, 4):
    lru.move_to_end(k)
print(list(lru))
lru.move_to_end(3, last=False)
print(list(lru), OrderedDict(lru) == lru, OrderedDict(sorted(lru.items(), key=lambda kv: kv[0] is None)) == lru)
