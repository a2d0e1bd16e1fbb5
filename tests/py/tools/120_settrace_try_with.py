# Line events through try/except/else/finally and with blocks.
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def tracer(frame, event, arg):
    if frame.f_code.co_name == "body":
        print(event, frame.f_lineno)
    return tracer


def body(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = 0
    else:
        y += 1
    finally:
        z = 1
    with CM() as c:
        w = 2
    return y


sys.settrace(tracer)
body(2)
body(0)
sys.settrace(None)
