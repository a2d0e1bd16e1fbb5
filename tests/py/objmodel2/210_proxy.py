# weakref.proxy forwards to its referent; ReferenceError once it is dead.
import weakref


class P:
    def __init__(self):
        self.x = 1
        self.items = [1, 2, 3]

    def method(self):
        return "method of P"

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


o = P()
p = weakref.proxy(o)
print("attribute:", p.x, p.method())
p.y = 2
print("setattr reaches the object:", o.y)
del p.y
print("delattr:", hasattr(o, "y"))
print("len and getitem:", len(p), p[4])
print("type:", type(p).__name__, type(p) in weakref.ProxyTypes)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print("count:", weakref.getweakrefcount(o))


def f():
    return "called"


cp = weakref.proxy(f)
print("callable proxy:", cp(), type(cp).__name__)
log = []
q = weakref.proxy(o, lambda pr: log.append("callback"))
del o
print("callback:", log)
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError", e)
