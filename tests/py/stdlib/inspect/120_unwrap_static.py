import functools, inspect

def f(): pass
@functools.wraps(f)
def w1(): pass
@functools.wraps(w1)
def w2(): pass
print(inspect.unwrap(w2) is f, inspect.unwrap(f) is f)
print(inspect.unwrap(w2, stop=lambda fn: fn is w1) is w1)
def loop(): pass
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

class Desc:
    def __get__(self, obj, typ=None): return 'computed'

class A:
    attr = Desc()
    plain = 5
    def __getattr__(self, name): return 'dynamic'
    @property
    def p(self): return 'prop'

a = A()
a.__dict__['plain'] = 6
print(a.attr, type(inspect.getattr_static(a, 'attr')).__name__)
print(inspect.getattr_static(a, 'plain'), inspect.getattr_static(A, 'plain'))
print(a.missing, inspect.getattr_static(a, 'missing', 'default'))
try:
    inspect.getattr_static(a, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(type(inspect.getattr_static(a, 'p')).__name__)
a.__dict__['p'] = 'shadow'
print(type(inspect.getattr_static(a, 'p')).__name__)
print(inspect.getattr_static(A, '__name__', None) is not None)
