# setprofile with a failing built-in and a failing Python function.
import sys


def prof(frame, event, arg):
    print(event, frame.f_code.co_name, getattr(arg, "__name__", arg))


def fails():
    return int("x")


sys.setprofile(prof)
try:
    fails()
except ValueError:
    pass
sys.setprofile(None)
