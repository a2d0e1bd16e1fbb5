# singledispatchmethod: dispatch on the argument after self (or cls).
from functools import singledispatchmethod


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def format(self, arg):
        return self.prefix + " other"

    @format.register
    def _(self, arg: int):
        return "%s int %d" % (self.prefix, arg)

    @format.register(str)
    def _(self, arg):
        return self.prefix + " str " + arg

    @format.register
    def _(self, arg: list | tuple):
        return self.prefix + " seq %d" % len(arg)

    @singledispatchmethod
    @classmethod
    def create(cls, arg):
        return (cls.__name__, "generic")

    @create.register
    @classmethod
    def _(cls, arg: float):
        return (cls.__name__, "float")

    @singledispatchmethod
    @staticmethod
    def static(arg):
        return "static generic"

    @static.register
    @staticmethod
    def _(arg: bytes):
        return "static bytes"


f = Formatter(">")
print(f.format(1), f.format("s"), f.format([1, 2]), f.format((1,)), f.format(1.5))
print(Formatter.create(1), Formatter.create(2.0), f.create(3.0))
print(f.static(b"x"), Formatter.static("x"))
print(Formatter.format.__name__, f.format.__name__)
print(Formatter.__dict__["format"].dispatcher.dispatch(bool).__name__)
attempt(lambda: Formatter.format())
attempt(lambda: f.format())
attempt(lambda: singledispatchmethod(1))


class Child(Formatter):
    pass


print(Child("c").format(7), Child.create(1.0))
