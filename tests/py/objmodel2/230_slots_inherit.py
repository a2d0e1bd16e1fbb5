# Inheritance with and without __slots__.
class Base:
    __slots__ = ("a",)


class WithDict(Base):
    pass


class MoreSlots(Base):
    __slots__ = ("b",)


w = WithDict()
w.a = 1
w.other = 2
print("subclass without slots has a dict:", w.__dict__, w.a)
m = MoreSlots()
m.a, m.b = 1, 2
print("slots accumulate:", m.a, m.b)
try:
    m.c = 3
except AttributeError as e:
    print("AttributeError", e)


class Plain:
    pass


class SlotsOverDict(Plain):
    __slots__ = ("s",)


x = SlotsOverDict()
x.s = 1
x.anything = 2
print("base without slots keeps the dict:", x.__dict__, x.s)


class A:
    __slots__ = ("x",)


class B:
    __slots__ = ("y",)


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError", e)


class E:
    __slots__ = ()


class F(A, E):
    pass


f = F()
f.x = 5
print("empty slots base mixes in:", f.x)
print("descriptor on the defining class:", "x" in A.__dict__, "x" in F.__dict__)
print("redefined slot in subclass:", type(MoreSlots.__dict__["b"]).__name__)


class G(A):
    __slots__ = ("x",)


g = G()
g.x = 1
A.x.__set__(g, 2)
print("both slots:", g.x, A.x.__get__(g))
