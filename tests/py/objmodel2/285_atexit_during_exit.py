# What handlers may do while the exit handlers run: register another (it is not
# called), unregister one still waiting (it is skipped), raise SystemExit (it
# is reported on stderr and ignored: the exit status stays 0).
import atexit
import sys


def late():
    print("late: never printed")


def registers():
    print("registers another handler")
    atexit.register(late)


def exits():
    print("raises SystemExit")
    sys.exit(3)


def unregisters():
    print("unregisters 'skipped'")
    atexit.unregister(skipped)


def skipped():
    print("skipped: never printed")


atexit.register(skipped)
atexit.register(unregisters)
atexit.register(exits)
atexit.register(registers)
print("end of program")
