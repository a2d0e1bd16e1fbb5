import inspect

def f(a, b=2, *args, c, d=4, **kw): pass
def g(x, y, z=0): pass
class C:
    def m(self, p): pass
print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=5, e=6))
print(inspect.getcallargs(g, 1, 2))
print(inspect.getcallargs(C().m, 7)['p'])
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'q': 1}),
                 ((1, 2), {'x': 1}), ((), {'z': 1})]:
    try:
        inspect.getcallargs(g, *args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    inspect.getcallargs(f, 1)
except TypeError as e:
    print('TypeError', e)
def one(a): pass
try:
    inspect.getcallargs(one, 1, 2)
except TypeError as e:
    print('TypeError', e)
