# deque.rotate and reverse
from collections import deque

d = deque(range(10))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(0)
print(d)
d.rotate(10)
print(d)
d.rotate(23)
print(d)
d.rotate(-37)
print(d)
d.rotate(2 ** 40)
print(d)
d.reverse()
print(d)
e = deque()
e.rotate(5)
e.reverse()
print(e)
one = deque(['x'])
one.rotate(-3)
print(one)
b = deque('abcde', 5)
b.rotate(2)
print(b)
for bad in ('a', 1.5, None):
    try:
        deque([1, 2]).rotate(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    deque([1, 2]).rotate(2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    deque([1, 2]).rotate(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque([1, 2]).rotate(n=1)
except TypeError as e:
    print(type(e).__name__, e)
# rotate(n) agrees with slicing for every n
items = list(range(7))
ok = True
for n in range(-20, 21):
    r = deque(items)
    r.rotate(n)
    k = n % len(items)
    ok = ok and list(r) == items[-k:] + items[:-k] if k else ok and list(r) == items
print('rotations agree:', ok)
