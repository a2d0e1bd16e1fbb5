# kaa: skip known gap: f_locals of a caller's frame (sys._getframe(1)) is empty
import inspect

def f(a, b=1, *args, c, **kw):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))

def outer():
    x = 1
    y = 'two'
    inner()

def inner():
    print(sorted(inspect.stack()[1].frame.f_locals.items()))
    print(inspect.currentframe().f_back.f_locals)

f(1, 2, 3, c=4, d=5)
outer()
