# Subclasses of int, tuple and bytes cannot be weakly referenced (their
# instances are variable-sized in CPython); the argument-count message.
import weakref


class I(int):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


for o in (I(), T(), B()):
    try:
        weakref.ref(o)
        print("ok:", type(o).__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError", e)
r = weakref.ref(weakref)
try:
    r < r
except TypeError as e:
    print("TypeError", e)
print(type(r).__name__, type(r).__module__, type(r).__qualname__)
print(repr(type(r)))
