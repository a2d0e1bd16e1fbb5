# traceback.format_exception / TracebackException draw groups as CPython does.
import re
import traceback


def show(lines):
    text = "".join(lines)
    print(re.sub(r'File "[^"]*?([^/"]+)"', r'File "\1"', text), end="")


def f():
    raise ValueError(1)


def g():
    try:
        f()
    except ValueError as e:
        e2 = e
    raise ExceptionGroup("many", [e2, TypeError("t"), ExceptionGroup("nested", [KeyError("k")])])


try:
    try:
        g()
    except* ValueError:
        raise RuntimeError("in handler")
except BaseException as e:
    caught = e
show(traceback.format_exception(caught))
te = traceback.TracebackException.from_exception(caught, max_group_width=1, max_group_depth=2)
print(len(te.exceptions), [type(x).__name__ for x in te.exceptions])
show(te.format())
show(te.format(chain=False))
print(traceback.format_exception_only(caught))


def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"l{n}", [deep(n - 1)])


show(traceback.format_exception(deep(12)))
show(traceback.format_exception(ExceptionGroup("x", [ValueError(i) for i in range(17)])))
