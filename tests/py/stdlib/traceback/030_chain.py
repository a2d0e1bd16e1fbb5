# Chained exceptions: __cause__, __context__, suppressed context, chain=False.
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(e, **kw):
    text = "".join(traceback.format_exception(e, **kw))
    print(text.replace(HERE, ""), end="")
    print("=====")


def lookup(d):
    if "missing" not in d:
        raise KeyError("missing")


try:
    try:
        lookup({})
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    show(e)
    show(e, chain=False)

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    show(e)

try:
    try:
        raise TypeError("hidden")
    except TypeError:
        raise ValueError("shown") from None
except ValueError as e:
    show(e)

# A cause that was never raised has no traceback.
e = OSError(2, "No such file")
e.__cause__ = IndexError("never raised")
show(e)

# A cycle in the chain terminates.
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
show(a)
