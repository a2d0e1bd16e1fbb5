# format_exc / print_exc of an exception raised by a raise statement.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, "")


def inner(x):
    raise ValueError("bad value %d" % x)


def outer():
    inner(42)


try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end="")
    print("---")
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()) == clean(traceback.format_exc()))
    print(clean(traceback.format_exc(limit=1)), end="")
    print(clean(traceback.format_exc(limit=-1)), end="")
    print(clean(traceback.format_exc(limit=0)), end="")

print(repr(traceback.format_exc()))
