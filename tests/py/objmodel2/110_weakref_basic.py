# weakref.ref: calling it gives the referent or None; callbacks run once.
import weakref


class A:
    def __init__(self, name):
        self.name = name


a = A("a")
r = weakref.ref(a)
print("alive:", r() is a, r().name)
print("shared:", weakref.ref(a) is r)
print("type:", type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print("callback attribute:", r.__callback__)
del a
print("dead:", r())

log = []


def cb(wr):
    log.append(("callback", wr() is None, wr is r2))


b = A("b")
r2 = weakref.ref(b, cb)
print("with callback is a new object:", r2 is not weakref.ref(b))
print("__callback__ is cb:", r2.__callback__ is cb)
del b
print("log:", log)
print("callback dropped after the call:", r2.__callback__)

print("callbacks run newest first")
order = []
c = A("c")
w1 = weakref.ref(c, lambda w: order.append(1))
w2 = weakref.ref(c, lambda w: order.append(2))
w3 = weakref.ref(c, lambda w: order.append(3))
del c
print(" ", order)

print("callback of a dead weakref is not called")
d = A("d")
w = weakref.ref(d, lambda w: print("  never printed"))
del w
del d
print("  done")

print("a callback may raise: it is ignored")
e = A("e")
we = weakref.ref(e, lambda w: 1 / 0)
del e
print("  after del: we() is", we())

print("None callback is the same as no callback")
f = A("f")
print(" ", weakref.ref(f, None) is weakref.ref(f))
