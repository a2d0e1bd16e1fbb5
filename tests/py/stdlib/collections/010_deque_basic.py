# deque: both ends, indexing, iteration, repr, empty pops
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d))
print(d[0], d[-1], d[1], d[-2])
print(list(d), list(reversed(d)), tuple(d))
print(d.pop(), d.popleft(), d)
print(deque('abc'), deque(range(5)), deque((1, 2)), deque({'k': 1}))
print(deque(iterable=[3, 4]), deque([], None))
for x in deque([10, 20, 30]):
    print('item', x)
d = deque([1, 2])
print(d.pop(), d.pop())
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
for i in (2, -3, 100):
    try:
        deque([1, 2])[i]
    except IndexError as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
d[1] = 'two'
d[-1] = 'three'
del d[0]
print(d)
print(2 in deque([1, 2]), 5 in deque([1, 2]), 'two' in d)
print(deque() == deque(), deque([1]) != deque([2]))
d = deque(range(3))
d.clear()
print(d, d.maxlen)
print(repr(deque(['a', 1.5, None, (1,)])))
print(type(deque()), deque.__name__, deque.__module__, deque.__qualname__)
