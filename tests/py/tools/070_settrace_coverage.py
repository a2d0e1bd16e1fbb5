# A tiny coverage tool: which lines of a function ran.
import sys

executed = set()


def cover(frame, event, arg):
    if frame.f_code.co_name == "classify":
        if event == "line":
            executed.add(frame.f_lineno - classify.__code__.co_firstlineno)
        return cover
    return None


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    kind = "small" if n < 10 else "big"
    return kind


sys.settrace(cover)
classify(5)
classify(0)
sys.settrace(None)
print(sorted(executed))
print(sys.gettrace())
