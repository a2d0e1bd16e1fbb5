# deque: count, index, remove, insert, copy and the operators
from collections import deque

d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(2, 2, 4), d.index(1, -2))
for args in ((9,), (3, 3), (1, 1, 4)):
    try:
        d.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
d.remove(2)
print(d)
try:
    d.remove('zz')
except ValueError as e:
    print(type(e).__name__, e)
d.insert(0, 'a')
d.insert(-1, 'b')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
c = d.copy()
c.append('c')
print(d == c, len(d), len(c), type(c))
print(deque([1, 2]) + deque([3]), deque('ab') * 3, 0 * deque('ab'), deque('ab') * -1)
x = deque([1])
x += x
x += (5, 6)
print(x)
x *= 2
print(x)
x *= 0
print(x)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) >= deque([1, 2, 0]), deque([1]) == [1], deque([1, 2]) == deque([1, 2], 5))
for op in (lambda: deque() + [1], lambda: deque() * 'x', lambda: deque() * 2.0,
           lambda: hash(deque()), lambda: deque() < [1], lambda: [1] + deque()):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print(deque.__hash__, deque([1, 2, 3]).__len__())
y = deque([[1], [2]])
z = y.copy()
z[0].append('shared')
print(y, z)
print(deque(range(100000)).count(99999), sum(deque(range(1000))))
