# type(name, bases, dict) takes __module__ from the globals of the running
# code, as class statements do.
T = type('T', (), {})
print(T.__module__, T.__dict__['__module__'], T)

def make():
    return type('U', (), {'a': 1})

U = make()
print(U.__module__, list(U.__dict__)[:2])
print(type('V', (), {'__module__': 'given'}).__module__)

class Meta(type):
    pass

print(Meta('X', (), {}).__module__)
print(type.__call__(type, 'Z', (), {}).__module__)
print(type.__new__(type, 'Z', (), {}).__module__)

ns = {'__name__': 'somewhere'}
exec("T2 = type('T2', (), {})", ns)
print(ns['T2'].__module__)
exec("def f():\n    class C: pass\n    return C\nC = f()", ns)
print(ns['C'].__module__)
exec("class C2: pass", {'__name__': 'zz'}, ns)
print(ns['C2'].__module__)

import collections
P = collections.namedtuple('P', 'x')
print(P.__module__)

def gen():
    yield type('G', (), {})

print(next(gen()).__module__)
