# A trace function that raises is removed; settrace argument checks.
import sys


def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad


def f():
    x = 1
    return x


sys.settrace(bad)
try:
    f()
except RuntimeError as e:
    print("RuntimeError", e)
print(sys.gettrace())
try:
    sys.settrace()
except TypeError as e:
    print("TypeError")
print(f())
