import inspect
import sys

def f(a, b=1, *args, c, **kw):
    info = inspect.getargvalues(sys._getframe())
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))

f(1, 2, 3, c=4, d=5)
print(inspect.getargs(f.__code__))
try:
    inspect.getargs(f)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
tree = inspect.getclasstree([A, B, C, D])
def show(t, depth=0):
    for item in t:
        if isinstance(item, list):
            show(item, depth + 1)
        else:
            cls, bases = item
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])
show(tree)
show(inspect.getclasstree([A, B, C, D], unique=True))

class K:
    x = 1
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1
for attr in inspect.classify_class_attrs(K):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__)
print(inspect.getmodulename('pkg/mod.py'), inspect.getmodulename('pkg/mod.pyc'))
def gen():
    x = 5
    yield x
g = gen()
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print('TypeError', e)
print(inspect.TPFLAGS_IS_ABSTRACT, inspect.CO_ASYNC_GENERATOR, inspect.CO_ITERABLE_COROUTINE)
print(inspect.getlineno(inspect.currentframe()))
