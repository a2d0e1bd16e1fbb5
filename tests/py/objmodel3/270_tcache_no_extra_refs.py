# The type attribute cache holds no references: looking attributes up does not
# change reference counts, and a deleted class attribute dies at once.
import sys
import weakref

class Payload:
    pass

class C:
    def f(self):
        return 1

c = C()
before = sys.getrefcount(C.__dict__["f"])
for _ in range(100):
    c.f()
    getattr(c, "f")
    getattr(C, "f")
print(sys.getrefcount(C.__dict__["f"]) - before)

def use(obj, name, n):
    for _ in range(n):
        getattr(obj, name)

C.p = Payload()
r = weakref.ref(C.p)
use(c, "p", 10)
use(C, "p", 10)
del C.p
print(r() is None)

C.q = Payload()
r2 = weakref.ref(C.q)
use(c, "q", 3)
C.q = 5
print(r2() is None, c.q)

class Sub(C):
    pass
Sub.s = Payload()
r3 = weakref.ref(Sub.s)
use(Sub(), "s", 3)
del Sub
import gc
gc.collect()
print(r3() is None)
