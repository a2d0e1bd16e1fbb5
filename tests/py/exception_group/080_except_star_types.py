# except* clause types are checked; loops inside clauses are fine.
def run(f):
    try:
        f()
        print("  no exception")
    except BaseException as e:
        print("  outer:", type(e).__name__, e, "| context:", repr(e.__context__))


def eg_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


def eg_in_tuple():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass


def not_a_class():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, int):
        pass


def checked_even_if_all_matched():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  handled")
    except* 42:
        pass


def loops():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            for j in range(5):
                if j == 2:
                    break
                if j == 0:
                    continue
                print("  ", i, j, repr(e.exceptions))

    def inner():
        return 7

    try:
        raise ExceptionGroup("eg", [ValueError(0)])
    except* ValueError:
        print("  ", inner())


for fn in [eg_type, eg_in_tuple, not_a_class, checked_even_if_all_matched, loops]:
    print(fn.__name__)
    run(fn)
