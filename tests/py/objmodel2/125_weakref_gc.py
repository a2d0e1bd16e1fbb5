# Weak references to objects freed by the cycle collector, to classes and to
# functions: the callbacks run, and see a dead reference.
import gc
import weakref


class A:
    pass


gc.collect()
a = A()
a.r = weakref.ref(a, lambda w: print("callback 1 (the weakref is part of the garbage)"))
del a
gc.collect()
print("after 1")
b = A()
b.me = b
keep = weakref.ref(b, lambda w: print("callback 2 (the weakref is outside)"))
del b
gc.collect()
print("after 2")
c = A()
c.me = c


def cb(w):
    print("callback 3 sees", w())


k3 = weakref.ref(c, cb)
del c
gc.collect()
print("after 3")


class K:
    pass


wk = weakref.ref(K, lambda w: print("class gone"))
del K
gc.collect()
print("after class")


def fn():
    pass


wf = weakref.ref(fn, lambda w: print("function gone"))
del fn
print("after function")
