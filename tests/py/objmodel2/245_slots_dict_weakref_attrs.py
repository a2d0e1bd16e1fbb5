# kaa: skip classes have no __dict__/__weakref__ descriptors in their namespace and dir() does not reflect them (known gap)
# The __dict__ and __weakref__ attributes and what dir() and the class
# namespace show, with and without __slots__.
import weakref


class P:
    pass


class S:
    __slots__ = ("a", "b")


class SW:
    __slots__ = ("__weakref__",)


print("plain class namespace:", sorted(k for k in P.__dict__ if k in ("__dict__", "__weakref__")))
print("slotted class namespace:", list(S.__dict__))
p = P()
print("no weakref yet:", p.__weakref__)
r = weakref.ref(p)
print("__weakref__ is the ref:", p.__weakref__ is r)
sw = SW()
print("slot __weakref__:", sw.__weakref__)
r2 = weakref.ref(sw)
print("slot __weakref__ is the ref:", sw.__weakref__ is r2)
print("dir of a plain instance:", sorted(set(dir(P())) - set(dir(object()))))
print("dir of a slotted instance:", sorted(set(dir(S())) - set(dir(object()))))
print("member doc:", S.a.__doc__)
print("descriptor types:", type(P.__dict__["__dict__"]).__name__, type(P.__dict__["__weakref__"]).__name__)
