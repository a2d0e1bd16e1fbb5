# kaa: skip arguments passed by keyword (or to parameters with defaults, *args, **kwargs) are copied into the callee's frame while the caller's stack still holds them, so such a parameter's count is one higher than CPython's (known gap; exact positional calls move them, as CPython)
# sys.getrefcount inside a function: CPython 3.11 moves the arguments from the
# caller's stack into the callee's frame, so a parameter adds one reference.
import sys


def count(x):
    return sys.getrefcount(x)


def count2(x, y):
    return sys.getrefcount(x)


o = object()
print("module level:", sys.getrefcount(o))
print("through a parameter:", count(o))
print("passed twice:", count2(o, o))
print("by keyword:", count(x=o))
