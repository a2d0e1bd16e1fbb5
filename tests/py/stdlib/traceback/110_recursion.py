# Repeated frames collapse to "[Previous line repeated N more times]".
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def down(n):
    if n == 0:
        raise RuntimeError("bottom")
    down(n - 1)


def twice(n):
    if n == 0:
        raise RuntimeError("two")
    other(n)


def other(n):
    twice(n - 1)


for depth in (2, 3, 4, 5, 12):
    try:
        down(depth)
    except RuntimeError:
        print("".join(traceback.format_exc()).replace(HERE, ""), end="")
        print("-----")

try:
    twice(6)
except RuntimeError:
    print(traceback.format_exc().replace(HERE, ""), end="")
