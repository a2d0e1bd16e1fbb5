import inspect, os

def simple(a):
    # a comment
    x = a + 1
    return x

@staticmethod
def decorated(
        a, b):
    s = """text
not indented"""
    return s

class Outer:
    """Doc."""
    class Inner:
        def method(self):
            return [1,
    2]

    def other(self): return 1

one_liner = lambda x: x * 2

def short(): return 0

print(inspect.getsource(simple), end='')
print('--')
print(inspect.getsource(decorated), end='')
print('--')
print(inspect.getsource(Outer.Inner), end='')
print('--')
print(inspect.getsource(Outer.Inner.method), end='')
print('--')
print(inspect.getsource(Outer.other), end='')
print(inspect.getsource(one_liner), end='')
print(inspect.getsource(short), end='')
lines, start = inspect.getsourcelines(Outer)
print(start, len(lines))
print(inspect.getsourcelines(simple)[1])
print(os.path.basename(inspect.getfile(simple)), os.path.basename(inspect.getsourcefile(Outer)))
print(inspect.getmodule(simple).__name__, inspect.getmodule(Outer).__name__)
print(inspect.getmodule(inspect).__name__)
try:
    inspect.getfile(5)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
print(inspect.getcomments(simple))
