import functools, inspect

class A:
    def __init__(self, x, y=1): pass
    def method(self, a, *, b): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=0): pass
    def __call__(self, z): pass

class B(A):
    pass

class N:
    def __new__(cls, n, *rest): return super().__new__(cls)

class Meta(type):
    def __call__(cls, meta_arg): pass

class WithMeta(metaclass=Meta):
    def __init__(self, ignored): pass

class Empty:
    pass

for obj in (A, B, N, WithMeta, Empty, A(1).method, A.method, A.cm, A.sm,
            A(1), object):
    print(inspect.signature(obj))

def base(a, b, c=3, *, d): pass
print(inspect.signature(functools.partial(base, 1)))
print(inspect.signature(functools.partial(base, b=2)))
print(inspect.signature(functools.partial(base, 1, 2, d=0)))
try:
    inspect.signature(functools.partial(base, 1, 2, 3, 4))
except ValueError as e:
    print('ValueError', str(e).split(' object')[0])

@functools.wraps(base)
def wrapper(*args, **kwargs): pass
print(inspect.signature(wrapper))
print(inspect.signature(wrapper, follow_wrapped=False))
def custom(): pass
custom.__signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.KEYWORD_ONLY)])
print(inspect.signature(custom))
custom.__signature__ = 5
try:
    inspect.signature(custom)
except TypeError as e:
    print('TypeError', e)
for bad in (3, 'abc', None):
    try:
        inspect.signature(bad)
    except TypeError as e:
        print('TypeError', e)
for b in (min, next, getattr, int):
    try:
        inspect.signature(b)
    except ValueError as e:
        print('ValueError', e)
print(inspect.Signature.from_callable(A.sm))
