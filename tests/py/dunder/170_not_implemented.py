class A:
    def __add__(self, o):
        return NotImplemented
class B:
    pass
try:
    A() + B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    B() * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    B() < B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    -B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    B()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(B())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(NotImplemented), bool(A.__add__(A(), 1) is NotImplemented))
