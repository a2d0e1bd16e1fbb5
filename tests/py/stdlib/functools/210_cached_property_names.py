# One cached_property under two names in a class body: the TypeError from
# __set_name__ comes wrapped in a RuntimeError (CPython 3.11).
from functools import cached_property


class A:
    x = cached_property(lambda self: 1)


try:
    class B:
        a = A.__dict__["x"]
        b = a
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__)
