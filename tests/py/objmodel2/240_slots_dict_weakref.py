# "__dict__" and "__weakref__" in __slots__.
import weakref


class D:
    __slots__ = ("a", "__dict__")


d = D()
d.a = 1
d.b = 2
print("slot and dict:", d.a, d.__dict__)


class W:
    __slots__ = ("a", "__weakref__")


w = W()
r = weakref.ref(w)
print("weakref works:", r() is w)
try:
    w.b = 1
except AttributeError as e:
    print("AttributeError", e)
del w
print("dead:", r())


class NoWeak:
    __slots__ = ("a",)


class SubWeak(NoWeak):
    pass


print("subclass without slots gets __weakref__:", weakref.ref(SubWeak()) is not None)
for bad in (("__dict__", "__dict__"), ("__weakref__", "__weakref__")):
    try:
        type("X", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError", e)


class WithDict:
    pass


try:
    class Again(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError", e)
