# except* catching an exception that is not a group: it is wrapped.
def run(f):
    try:
        f()
        print("  no exception")
    except BaseException as e:
        print("  outer:", type(e).__name__, repr(e), repr(e.__context__))


def a():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("  caught", repr(e), e.__traceback__ is not None)


def b():
    try:
        raise ValueError(1)
    except* TypeError:
        print("  never")


def c():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def d():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)


def e():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as g:
        print("  ", type(g).__name__)


for fn in [a, b, c, d, e]:
    print(fn.__name__)
    run(fn)
