import inspect, sys, types

def func(): pass
def gen(): yield 1
class C:
    def meth(self): pass
    @property
    def prop(self): return 1
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
    __slots__ = ('slot',)

objs = [('module', sys), ('class', C), ('func', func), ('lambda', lambda: 0),
        ('method', C().meth), ('unbound', C.meth), ('gen', gen()),
        ('genfunc', gen), ('builtin', len), ('int', 3), ('code', func.__code__),
        ('frame', sys._getframe()), ('prop', C.__dict__['prop']),
        ('slot', C.__dict__['slot'])]
preds = ['ismodule', 'isclass', 'isfunction', 'ismethod', 'isgenerator',
         'isgeneratorfunction', 'isbuiltin', 'isroutine', 'iscode', 'isframe',
         'isdatadescriptor', 'ismemberdescriptor', 'iscoroutinefunction',
         'iscoroutine', 'isawaitable', 'isasyncgen', 'isasyncgenfunction',
         'istraceback']
for label, o in objs:
    print(label, [p[2:] for p in preds if getattr(inspect, p)(o)])
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__))
print(inspect.ismethoddescriptor(C.__dict__['st']), inspect.ismethoddescriptor(C.__dict__['prop']))
print(inspect.ismethoddescriptor(C.meth), inspect.ismethoddescriptor(C))
