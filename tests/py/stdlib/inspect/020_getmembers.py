import inspect

class Base:
    x = 1
    def hello(self): return 'hi'

class Child(Base):
    y = 2
    def bye(self): pass
    @property
    def p(self): return 3

print([n for n, v in inspect.getmembers(Child) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
c = Child()
c.z = 5
print([(n, v) for n, v in inspect.getmembers(c) if not n.startswith('_') and not callable(v)])
print([n for n, v in inspect.getmembers(c, inspect.ismethod)])
print([n for n, v in inspect.getmembers_static(Child) if not n.startswith('__')])
print(inspect.getmembers_static(c, lambda v: isinstance(v, property)) == [('p', Child.__dict__['p'])])
print(inspect.getmro(Child) == (Child, Base, object))
import types
m = types.ModuleType('mymod')
m.a = 1
m.b = 'x'
print([(n, v) for n, v in inspect.getmembers(m) if not n.startswith('__')])
