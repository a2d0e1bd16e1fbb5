# The cycle collector sees references held in inline values.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Tracked:
    def __init__(self, log, name):
        self.log = log
        self.name = name
        self.peer = None

    def __del__(self):
        self.log.append(self.name)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
wa = weakref.ref(a)
del a, b
print(wa() is not None)
gc.collect()
print(wa() is None)

log = []
x = Tracked(log, "x")
y = Tracked(log, "y")
x.peer = y
y.peer = x
del x, y
gc.collect()
print(sorted(log))

# A cycle through an instance that materialized its dict.
c = Node("c")
c.other = c
c.__dict__
wc = weakref.ref(c)
del c
gc.collect()
print(wc() is None)

# get_referents reports the values.
n = Node("n")
refs = gc.get_referents(n)
print("n" in refs, None in refs)

# Many cycles.
for i in range(1000):
    p = Node(i)
    p.other = Node(-i)
    p.other.other = p
print(gc.collect() >= 0)
