class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)), issubclass(A, A))
print(isinstance(1, (str, int)), isinstance("s", (list, tuple)), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(int, type), type(A) is type, type(type) is type)
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
