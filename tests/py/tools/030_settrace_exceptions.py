# exception events, in the raising frame and in the frames it passes through.
import sys


def tracer(frame, event, arg):
    if event == "exception":
        print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[1])
    else:
        print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer


def inner():
    raise ValueError("x")


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError:
        pass
    return 5


sys.settrace(tracer)
outer()
sys.settrace(None)
