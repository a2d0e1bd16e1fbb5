# Copies of a generator continue its sequence (through __reduce__).
import copy
import random

r = random.Random(8)
r.random()
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1])
print(r.__reduce__()[2] == r.getstate())
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, c is r)
nxt = [r.random() for _ in range(3)]
print(nxt == [c.random() for _ in range(3)] == [d.random() for _ in range(3)])

class Sub(random.Random):
    pass
s = Sub(3)
t = copy.deepcopy(s)
print(type(t).__name__, s.randrange(1000) == t.randrange(1000))
print(r.__getstate__() == r.getstate())
u = random.Random()
u.__setstate__(r.getstate())
print(u.random() == r.random())
