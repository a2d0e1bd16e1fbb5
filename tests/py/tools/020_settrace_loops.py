# Line events in for and while loops, if/else and comprehensions.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("loops", "branch"):
        print(event, frame.f_lineno)
    return tracer


def loops(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    return total


def branch(x):
    if x > 0:
        y = "pos"
    else:
        y = "neg"
    return y


sys.settrace(tracer)
loops(2)
branch(1)
branch(-1)
sys.settrace(None)
