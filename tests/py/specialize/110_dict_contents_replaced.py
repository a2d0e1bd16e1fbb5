# An instance dict emptied and refilled in another order (and with an equal,
# non-interned key) after the attribute caches learnt where its names sit:
# loads, stores and method lookups must read what is there now.

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
d = vars(p)
d.clear()
d.update({"y": 20, "x": 10})             # another order
print(read(p))
write(p, 30)
print(p.__dict__, read(p))
d.clear()
d["m"] = lambda: "from the instance dict"
print(call(p))
try:
    read(p)
except AttributeError as e:
    print(type(e).__name__, e)
d.clear()
print(call(p))
write(p, 5)
print(p.__dict__)
k = "".join(["x"])                       # equal to "x", not the same object
d.clear()
d[k] = "equal key"
d["y"] = 0
print(read(p), call(p))
write(p, 1)
print(p.__dict__)
for i in range(50):
    d["pad%d" % i] = i                   # the dict grows: entries move
for i in range(50):
    del d["pad%d" % i]
print(read(p))
q = P()
print(read(q), q.__dict__)
