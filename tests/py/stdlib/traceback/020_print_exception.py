# print_exception / format_exception: the 3.10 signature and the old one.
import io
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def fail():
    raise KeyError("k")


try:
    fail()
except KeyError as e:
    exc = e

new = traceback.format_exception(exc)
old = traceback.format_exception(type(exc), exc, exc.__traceback__)
print(new == old, len(new))
print("".join(new).replace(HERE, ""), end="")
buf = io.StringIO()
traceback.print_exception(exc, file=buf)
print(buf.getvalue() == "".join(new))
buf = io.StringIO()
traceback.print_exception(type(exc), exc, None, file=buf)
print(repr(buf.getvalue()))
print(traceback.format_exception(exc, limit=0))
print(traceback.format_exception(None))
print(traceback.format_exception(ValueError, None, None))
for bad in [(exc, exc), (exc, None, None, None), (42,)]:
    try:
        traceback.format_exception(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    traceback.print_exception(exc, tb=None)
except Exception as e:
    print(type(e).__name__, e)
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
print(traceback.format_exception_only(ZeroDivisionError("x")))
