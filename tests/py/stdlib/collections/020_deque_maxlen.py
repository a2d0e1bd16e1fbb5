# deque(maxlen=...): bounded deques drop items from the opposite end
from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft('L')
print(d, d.maxlen)
d.extend('ab')
print(d)
d.extendleft('xyz')
print(d)
print(deque('abcdef', 2), deque('abcdef', maxlen=4))
z = deque([1, 2], maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(10))
print(z, len(z), z.maxlen)
b = deque([1, 2, 3], 3)
try:
    b.insert(0, 'x')
except IndexError as e:
    print(type(e).__name__, e)
b.pop()
b.insert(0, 'x')
print(b)
for bad in (-1, 'a', 1.5, 2 ** 70):
    try:
        deque(maxlen=bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(deque([], maxlen=True), deque(maxlen=None).maxlen)
c = deque([1, 2, 3], 3)
print(c + deque([4]), c * 2, 2 * c)
c += [7, 8]
print(c)
c *= 3
print(c)
e = deque([1], 5)
e.__init__([9, 8, 7, 6, 5, 4])
print(e)
e.__init__('ab', 1)
print(e, e.maxlen)
print(deque(range(10), 4).copy(), deque('xy', 2).__copy__())
