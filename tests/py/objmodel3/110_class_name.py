# Assigning a class's __name__ and __qualname__.
class C:
    pass

C.__name__ = 'D'
print(C.__name__, C.__qualname__, C)
print('__name__' in C.__dict__, '__qualname__' in C.__dict__)
C.__qualname__ = 'X.E'
print(C.__qualname__, C, '__qualname__' in C.__dict__)
print(C().__class__, type(C()).__name__)

def attempt(stmt):
    try:
        exec(stmt, globals())
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)

attempt("C.__name__ = 5")
attempt("C.__qualname__ = 5")
attempt("C.__name__ = 'a\\0b'")
attempt("del C.__name__")
attempt("del C.__qualname__")
attempt("int.__name__ = 'x'")
attempt("del int.__name__")
attempt("type.__qualname__ = 'x'")
attempt("C.__module__ = 'mm'")
print(C.__module__, C.__dict__['__module__'], C)
attempt("C.__doc__ = 'the doc'")
print(C.__doc__, C.__dict__['__doc__'])
attempt("del C.__module__")
attempt("del C.__doc__")
attempt("C.__mro__ = ()")
attempt("C.__base__ = object")
attempt("C.__dict__ = {}")
attempt("C.__bases__ = (object,)")

# The new name shows in error messages that use the type's name.
class K:
    pass

K.__name__ = 'Renamed'
try:
    K() + 1
except TypeError as e:
    print(e)
try:
    K().missing
except AttributeError as e:
    print(e)

class Meta(type):
    pass

class M(metaclass=Meta):
    pass

M.__name__ = 'MM'
print(M.__name__, M)
attempt("type('T', (), {'__qualname__': 5})")
print(type('T', (), {'__qualname__': 'A.B'}).__qualname__)
