# object.__setattr__ / __delattr__ refuse classes and non-str names, as
# CPython's do (frozen dataclasses set their fields through them).
class C:
    pass


class Meta(type):
    pass


class M(metaclass=Meta):
    pass


class S(str):
    pass


cases = [
    ('setattr class', lambda: object.__setattr__(C, 'x', 1)),
    ('setattr builtin class', lambda: object.__setattr__(int, 'x', 1)),
    ('setattr metaclass instance', lambda: object.__setattr__(M, 'x', 1)),
    ('delattr class', lambda: object.__delattr__(C, 'x')),
    ('setattr int name', lambda: object.__setattr__(C(), 5, 1)),
    ('delattr None name', lambda: object.__delattr__(C(), None)),
    ('setattr int', lambda: object.__setattr__(1, 'x', 1)),
    ('delattr missing', lambda: object.__delattr__(C(), 'x')),
    ('getattribute class', lambda: object.__getattribute__(C, '__name__')),
]
for label, f in cases:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

c = C()
object.__setattr__(c, S('y'), 2)
print(c.y, hasattr(C, 'x'))
object.__delattr__(c, 'y')
print(hasattr(c, 'y'))

# type.__setattr__ / __delattr__ are the class's own (enum uses them).
for label, f in [
    ('type setattr', lambda: type.__setattr__(C, 'z', 1)),
    ('type delattr', lambda: type.__delattr__(C, 'z')),
    ('type delattr missing', lambda: type.__delattr__(C, 'z')),
    ('type setattr builtin', lambda: type.__setattr__(int, 'z', 1)),
    ('type setattr instance', lambda: type.__setattr__(1, 'z', 1)),
    ('type setattr name', lambda: type.__setattr__(C, 5, 1)),
]:
    try:
        print(label, f(), C.__dict__.get('z'))
    except Exception as e:
        print(label, type(e).__name__, e)
print(type.__setattr__ is object.__setattr__)
