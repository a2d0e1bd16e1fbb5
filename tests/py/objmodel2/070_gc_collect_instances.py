# Cycles through instance __dict__s, closures, bound methods and generators.
import gc
import weakref

gc.collect()


class Node:
    pass


print("instance refers to itself")
n = Node()
n.me = n
w = weakref.ref(n)
del n
print("  alive before:", w() is not None)
gc.collect()
print("  alive after:", w() is not None)

print("two instances")
a, b = Node(), Node()
a.other, b.other = b, a
wa, wb = weakref.ref(a), weakref.ref(b)
del a, b
gc.collect()
print("  alive after:", wa() is not None, wb() is not None)


print("closure referring to itself")


def make():
    def inner():
        return inner

    return inner


f = make()
wf = weakref.ref(f)
del f
print("  alive before:", wf() is not None)
gc.collect()
print("  alive after:", wf() is not None)

print("bound method stored on its instance")


class Widget:
    def handler(self):
        return 1


x = Widget()
x.cb = x.handler
wx = weakref.ref(x)
del x
print("  alive before:", wx() is not None)
gc.collect()
print("  alive after:", wx() is not None)

print("generator referring to itself")


def gen():
    me = yield
    yield me


g = gen()
next(g)
g.send(g)
wg = weakref.ref(g)
del g
print("  alive before:", wg() is not None)
gc.collect()
print("  alive after:", wg() is not None)

print("class referring to itself through an attribute")


class Self:
    pass


Self.cls = Self
wc = weakref.ref(Self)
del Self
gc.collect()
print("  alive after:", wc() is not None)
