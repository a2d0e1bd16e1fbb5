# except*: each clause gets the matching part; the rest propagates.
import sys


def run(f):
    try:
        f()
        print("  no exception")
    except BaseException as e:
        print("  outer:", type(e).__name__, repr(e))


def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("  V", repr(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print("  T", repr(e))


def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("  both", repr(e))
    except* KeyError:
        print("  never")


def c():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [ValueError(2), OSError(3)])])
    except* ValueError as e:
        print("  V", repr(e))
    except* OSError as e:
        print("  O", repr(e))


def d():
    try:
        pass
    except* ValueError:
        print("  never")
    else:
        print("  else")
    finally:
        print("  finally")


def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    finally:
        print("  finally after", sys.exc_info()[1])
    try:
        e
    except NameError as x:
        print("  ", x)


for fn in [a, b, c, d, f]:
    print(fn.__name__)
    run(fn)
print(sys.exc_info())
