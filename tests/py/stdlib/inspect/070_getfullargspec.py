import inspect, functools

def f(a, b=2, *args, c, d=4, **kw) -> int: pass
def g(x, /, y: str, *, z=3): pass
def h(): pass
class C:
    def m(self, p, q=1): pass
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(h))
print(inspect.getfullargspec(C.m))
print(inspect.getfullargspec(C().m))
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getfullargspec(min)
except TypeError as e:
    print('TypeError', e)
@functools.wraps(f)
def w(*a, **k): pass
print(inspect.getfullargspec(w))
