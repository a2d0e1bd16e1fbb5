# At exit: a finalizer that raises does not stop the others, a finalizer made
# by another one during exit also runs, and nothing runs after the exit pass.
import weakref


class Res:
    pass


def bad():
    raise ValueError("finalizer failed")


def spawn():
    print("spawn runs and makes another finalizer")
    weakref.finalize(extra, print, "finalizer made during exit")


def late():
    print("late: should never print")


keep = Res()
extra = Res()
later = Res()
f_late = weakref.finalize(later, late)
f_late.atexit = False
weakref.finalize(keep, print, "first made, runs last")
weakref.finalize(keep, bad)
weakref.finalize(keep, spawn)
print("end of program")
