# An exception raised in __del__ is reported on stderr and ignored: the program
# goes on. (stderr is not compared: CPython prints an address there.)
import sys


class Bad:
    def __del__(self):
        print("Bad.__del__ runs")
        raise ValueError("oops in __del__")


b = Bad()
del b
print("after del: program continues")


def f():
    x = Bad()
    return "ok"


print("f returned", f())

try:
    c = Bad()
    del c
    print("no exception propagated")
except ValueError:
    print("should not get here")


class Careful:
    def __del__(self):
        try:
            raise KeyError("k")
        except KeyError as e:
            print("caught inside __del__:", repr(e))


Careful()
print("exception state after:", sys.exc_info()[0])

try:
    raise RuntimeError("outer")
except RuntimeError:
    Careful()
    print("still handling:", sys.exc_info()[0].__name__)
print("end")
