# A tracer reading f_locals and f_back, like a simple debugger.
import sys


def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "compute":
        items = sorted(frame.f_locals.items())
        print(frame.f_lineno, items, frame.f_back.f_code.co_name)
    if event == "return" and frame.f_code.co_name == "compute":
        print("returns", arg)
    return tracer


def compute(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def main():
    return compute(3)


sys.settrace(tracer)
main()
sys.settrace(None)
