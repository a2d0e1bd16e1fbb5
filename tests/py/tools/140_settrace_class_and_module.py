# A class body and an imported module's body are traced too.
import sys


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("Point", "__init__", "norm"):
        print(event, name, frame.f_lineno)
    return tracer


sys.settrace(tracer)


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


print(Point(3, -4).norm())
sys.settrace(None)
