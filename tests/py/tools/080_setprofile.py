# setprofile: call/return of Python functions, c_call/c_return of built-ins.
import sys


def prof(frame, event, arg):
    name = getattr(arg, "__name__", arg)
    print(event, frame.f_code.co_name, name)


def g(x):
    return len(x) + 1


sys.setprofile(prof)
g([1, 2])
abs(-3)
sys.setprofile(None)
print(sys.getprofile())
