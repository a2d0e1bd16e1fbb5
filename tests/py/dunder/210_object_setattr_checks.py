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
