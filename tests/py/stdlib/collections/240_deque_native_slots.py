# len(), bool() and d[i] of a deque take the type's native slots; a
# subclass that overrides them is still called, and errors stay CPython's.
from collections import deque

d = deque([10, 20, 30])
print(len(d), bool(d), d[0], d[-1], d[1], d[-3], d[True])
e = deque()
print(len(e), bool(e), not e)
while d:
    print("pop", d.popleft(), len(d))
for key in (0, -1, 5, -5):
    try:
        print(e[key])
    except IndexError as ex:
        print(type(ex).__name__, ex)
w = deque(range(5), maxlen=3)
print(len(w), w[0], w[-1], w[2])
for bad in (1.5, "x", None):
    try:
        w[bad]
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    w[2 ** 70]
except IndexError as ex:
    print(type(ex).__name__, ex)


class Counted(deque):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return ("sub", i)


c = Counted([1, 2])
print(len(c), bool(c), c[0], c[-1])


class Falsy(deque):
    def __bool__(self):
        return False


f = Falsy([1, 2, 3])
print(len(f), bool(f), f[1])


class Index:
    def __index__(self):
        return 1


print(deque("abc")[Index()])
print(deque.__len__(deque([1, 2])), deque.__getitem__(deque([7, 8]), -1))
