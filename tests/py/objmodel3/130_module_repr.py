# repr() of module objects, by CPython 3.11's rules.
import types
import sys

print(repr(types.ModuleType('x')))
print(repr(types.ModuleType('y', 'doc')))
m = types.ModuleType('withfile')
m.__file__ = '/some/where.py'
print(repr(m))
m2 = types.ModuleType('withloader')
m2.__loader__ = 'LOADER'
print(repr(m2))
print(repr(sys))
print(repr(types.ModuleType('sys')))
print(sorted(types.ModuleType('z').__dict__.items()))

class Spec:
    def __init__(self, name, origin, has_location, loader=None):
        self.loader = loader
        self.name = name
        self.origin = origin
        self.has_location = has_location

m3 = types.ModuleType('specd')
m3.__spec__ = Spec('spec_name', '/path/file.py', True)
print(repr(m3))
m3.__spec__ = Spec('spec_name', 'built-in', False)
print(repr(m3))
m3.__spec__ = Spec('spec_name', None, False)
print(repr(m3))
m3.__spec__ = Spec('spec_name', None, False, 'L')
print(repr(m3))
m4 = types.ModuleType('n')
del m4.__name__
print(repr(m4))

class Sub(types.ModuleType):
    pass

print(repr(Sub('sub')))

print(types.ModuleType(name='kw', doc='d').__doc__)
for args in [(), ('a', 'b', 'c'), (5,)]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
