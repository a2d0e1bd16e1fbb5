# An instance's __dict__ replaced after the attribute caches learnt where
# its names sit: loads, stores and method lookups read the new dict.

class P:
    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return "P.m"

def read(o):
    return o.x, o.y

def write(o, v):
    o.y = v

def call(o):
    return o.m()

p = P()
for _ in range(10):
    read(p); write(p, 2); call(p)
p.__dict__ = {"y": 20, "x": 10}          # another order
print(read(p))
write(p, 30)
print(p.__dict__, read(p))
p.__dict__ = {"m": lambda: "from the new dict"}
print(call(p))
try:
    read(p)
except AttributeError as e:
    print(type(e).__name__, e)
p.__dict__ = {}
print(call(p))
write(p, 5)
print(p.__dict__)
# A dict with a key that is an equal, non-interned string.
k = "".join(["x"])
p.__dict__ = {k: "equal key", "y": 0}
print(read(p))
# vars() and __dict__ are the same object afterwards.
d = {"x": 7, "y": 8}
p.__dict__ = d
d["x"] = 70
print(read(p), vars(p) is d)
try:
    p.__dict__ = [("x", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print(read(p))
