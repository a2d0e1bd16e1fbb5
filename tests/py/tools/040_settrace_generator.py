# A generator: a call event at each resumption, a return event at each yield.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name == "gen":
        print(event, frame.f_lineno, arg)
    return tracer


def gen():
    yield 1
    x = 2
    yield x


sys.settrace(tracer)
for v in gen():
    print("got", v)
sys.settrace(None)
