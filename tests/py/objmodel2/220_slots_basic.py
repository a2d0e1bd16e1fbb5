# __slots__: fixed attributes, no __dict__, CPython's error messages.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print("x:", p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 2
print("y set:", p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
print("hasattr y after del:", hasattr(p, "y"))
print("__slots__:", P.__slots__)
print("no __weakref__:", hasattr(p, "__weakref__"))
try:
    import weakref
    weakref.ref(p)
except TypeError as e:
    print("TypeError", e)


class One:
    __slots__ = "only"


o = One()
o.only = "a single string is one slot"
print(o.only, One.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError", e)
print("vars() fails:", end=" ")
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)
