# deque: many operations at both ends, and hostile sizes
from collections import deque

d = deque()
for i in range(100000):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
total = 0
while len(d) > 10:
    total += d.popleft()
    total += d.pop()
print(total, len(d), list(d))
q = deque(maxlen=1000)
for i in range(200000):
    q.append(i)
print(q[0], q[-1], len(q), sum(q))
big = deque(range(50000))
big.rotate(12345)
print(big[0], big[-1], big[25000])
big.rotate(-12345)
print(list(big) == list(range(50000)), big.index(49999), big.count(7))
w = deque(range(5))
w.extend(w)
w.extendleft(w)
print(w)
for n in (2 ** 70, -2 ** 70):
    try:
        deque([1]) * n
    except OverflowError as e:
        print(type(e).__name__, e)
for items, maxlen, n in (([1, 2, 3], None, 2 ** 62), ([1, 2, 3], 4, 2 ** 62), ([1], 2, 2 ** 62),
                         ('ab', 3, 10 ** 18), ('abc', 4, 10 ** 18), ([], 3, 2 ** 63 - 1)):
    try:
        print(deque(items, maxlen) * n)
    except MemoryError as e:
        print(type(e).__name__)
d = deque([1, 2], 3)
d *= 10 ** 18
print(d)
try:
    deque([1]).insert(2 ** 70, 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    deque([1])[2 ** 70]
except IndexError as e:
    print(type(e).__name__, e)
print(deque([1, 2]).index(2, -2 ** 70, 2 ** 70), deque([1, 2]).rotate(-2 ** 40))
