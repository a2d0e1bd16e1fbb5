import sys
def inner(a, b=2):
    f = sys._getframe()
    print(f.f_code.co_name, sorted(f.f_locals)[:2], f.f_globals is globals())
    g = sys._getframe(1)
    print(g.f_code.co_name, g.f_lineno, g.f_back.f_code.co_name, g.f_back.f_back)
    print(type(f).__name__, f.f_back.f_code is outer.__code__)
    return f
def outer():
    x = 5
    return inner(x)
f = outer()
print(f.f_code.co_name)
try:
    sys._getframe(10)
except ValueError as e:
    print(e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe(1).f_lineno
def user():
    g = gen()
    a = next(g)
    b = next(g)
    return a, b
print(user())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
class K:
    fr = sys._getframe()
    print(fr.f_code.co_name, 'fr' not in fr.f_locals, '__module__' in fr.f_locals)
