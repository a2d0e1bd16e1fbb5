# WeakSet: elements disappear when they die.
import weakref


class E:
    def __init__(self, n):
        self.n = n


items = [E(i) for i in range(5)]
s = weakref.WeakSet(items)
print("len:", len(s), sorted(e.n for e in s))
print("contains:", items[0] in s, E(0) in s, 3 in s)
del items[0]
print("after del:", len(s), sorted(e.n for e in s))
extra = E(99)
s.add(extra)
s.add(extra)
print("add twice:", len(s))
s.discard(extra)
print("discard:", len(s))
try:
    s.remove(extra)
except KeyError:
    print("KeyError on remove of a missing element")
items.clear()
print("all dead:", len(s), list(s))
try:
    s.add(1)
except TypeError as e:
    print("TypeError", e)
x = E(1)
s2 = weakref.WeakSet([x])
print("copy:", len(s2.copy()), "pop is x:", s2.pop() is x, len(s2))
print("repr of empty:", repr(weakref.WeakSet()))
