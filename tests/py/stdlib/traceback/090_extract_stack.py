# extract_stack, format_stack, print_stack, walk_stack.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(summary):
    for fs in summary:
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
    print("--")


def c():
    show(traceback.extract_stack())
    show(traceback.extract_stack(limit=2))
    show(traceback.extract_stack(sys._getframe(1)))
    print("".join(traceback.format_stack()).replace(HERE, ""), end="")
    buf = io.StringIO()
    traceback.print_stack(file=buf, limit=1)
    print(buf.getvalue().replace(HERE, ""), end="")
    names = [f.f_code.co_name for f, n in traceback.walk_stack(sys._getframe())]
    print(names)
    return 1


def b():
    return c()


def a():
    return b()


a()
print(traceback.extract_stack()[-1].name)
print(len(traceback.format_stack(limit=1)))


def via_extract():
    return [fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None))]


def via_list():
    return [f.f_code.co_name for f, n in list(traceback.walk_stack(None))]


def via_comprehension():
    return [f.f_code.co_name for f, n in traceback.walk_stack(None)]


def nest(fn):
    return fn()


print(nest(via_extract), nest(via_list), nest(via_comprehension))
