# ExitStack: exceptions raised by callbacks are chained like nested withs.
from contextlib import ExitStack


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("first")))
        stack.push(raiser(IndexError("second")))
        raise ValueError("body")
except KeyError as e:
    print(chain(e))

try:
    raise TypeError("outer")
except TypeError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(KeyError("k")))
            raise ValueError("inner")
    except KeyError as e:
        print(chain(e))


def suppress_all(*args):
    return True


with ExitStack() as stack:
    stack.push(suppress_all)
    stack.push(raiser(IndexError("only")))
print("all suppressed")
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e.__context__)
