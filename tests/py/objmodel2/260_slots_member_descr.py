# The member descriptors that implement slots.
class P:
    __slots__ = ("x", "y")


d = P.__dict__["x"]
print(repr(d))
print(type(d).__name__, d.__name__, d.__objclass__ is P)
p = P()
d.__set__(p, 10)
print("via descriptor:", p.x, d.__get__(p, P), d.__get__(None, P) is d)
d.__delete__(p)
print("deleted:", hasattr(p, "x"))


class Q:
    __slots__ = ("x",)


try:
    d.__get__(Q(), Q)
except TypeError as e:
    print("TypeError", e)
try:
    d.__set__(1, 2)
except TypeError as e:
    print("TypeError", e)
print(repr(P.y))
