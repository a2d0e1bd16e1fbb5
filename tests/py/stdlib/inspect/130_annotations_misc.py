import inspect, abc

def f(a: int, b: 'str') -> 'list[int]': pass
class C:
    x: int
    y: 'float' = 1.0
print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(C))
print(inspect.get_annotations(C, eval_str=True))
class D(C): pass
print(inspect.get_annotations(D))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print('TypeError', e)
print(inspect.signature(f, eval_str=True))
print(inspect.signature(f))

class Abs(abc.ABC):
    @abc.abstractmethod
    def run(self): pass
class Concrete(Abs):
    def run(self): pass
print(inspect.isabstract(Abs), inspect.isabstract(Concrete), inspect.isabstract(int), inspect.isabstract(3))

def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.formatannotation(int), inspect.formatannotation(inspect.Parameter), inspect.formatannotation('x'))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
