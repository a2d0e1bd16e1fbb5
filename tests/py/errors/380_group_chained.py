# A group with a cause, and a sub-exception with a context of its own.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s)


errs = []
for s in ["1", "x"]:
    try:
        parse(s)
    except KeyError as e:
        errs.append(e)
try:
    1 / 0
except ZeroDivisionError as z:
    raise ExceptionGroup("parsing", errs) from z
