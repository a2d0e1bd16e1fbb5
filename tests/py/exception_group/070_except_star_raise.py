# Raising and re-raising inside except* clauses.
def run(f):
    try:
        f()
        print("  no exception")
    except BaseException as e:
        print("  outer:", repr(e))
        for s in getattr(e, "exceptions", ()):
            print("   ", repr(s), "context:", repr(s.__context__))


def new_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def reraise_one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("x")


def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_bound():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        raise e


def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise KeyError(2)


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise OSError("os") from e


for fn in [new_raise, reraise_one, reraise_all, raise_bound, two_new, raise_from]:
    print(fn.__name__)
    run(fn)
