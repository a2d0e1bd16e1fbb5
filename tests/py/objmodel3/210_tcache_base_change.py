# The type attribute cache: a change in a base class after a subclass (or a
# subclass of a subclass) looked the name up.
class A:
    v = "A"
    def m(self):
        return "A.m"

class B(A):
    pass

class C(B):
    pass

c = C()
print(c.v, C.v, B.v, c.m())
A.v = "A2"
print(c.v, C.v, B.v)
B.v = "B"
print(c.v, C.v, A.v)
del B.v
print(c.v, C.v)
del A.v
print(hasattr(c, "v"), hasattr(C, "v"), hasattr(B, "v"))
A.v = "A3"
print(c.v)

A.m = lambda self: "A.m2"
print(c.m())
B.m = lambda self: "B.m"
print(c.m())
del B.m
print(c.m())

# A diamond: the MRO decides, before and after changes.
class L(A):
    pass

class R(A):
    def m(self):
        return "R.m"

class D(L, R):
    pass

d = D()
print(d.m(), [k.__name__ for k in D.__mro__])
L.m = lambda self: "L.m"
print(d.m())
del L.m
print(d.m())
del R.m
print(d.m())
del A.m
try:
    d.m()
except AttributeError as e:
    print(type(e).__name__, e)
