# settrace: call, line and return events of simple functions.
import sys

events = []


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else None))
    return tracer


def add(a, b):
    c = a + b
    return c


def twice(x):
    return add(x, x)


sys.settrace(tracer)
add(1, 2)
twice(5)
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
