# type.__subclasses__(): the live direct subclasses, oldest first.
import gc

class A:
    pass

class B(A):
    pass

class C(A):
    pass

class D(B, C):
    pass

print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__())

def make():
    class Tmp(A):
        pass
    return Tmp

t = make()
print([c.__name__ for c in A.__subclasses__()])
del t
gc.collect()
print([c.__name__ for c in A.__subclasses__()])

print(bool in int.__subclasses__())
print(type in object.__subclasses__(), int in object.__subclasses__())
print(KeyError in LookupError.__subclasses__(), IndexError in LookupError.__subclasses__())

class MyInt(int):
    pass

print(int.__subclasses__()[0] is bool, MyInt in int.__subclasses__())
T = type('T', (A,), {})
print([c.__name__ for c in A.__subclasses__()])

try:
    type.__subclasses__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__subclasses__(1)
except TypeError as e:
    print(type(e).__name__, e)
