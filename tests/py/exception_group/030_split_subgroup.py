# split and subgroup with classes, tuples and predicates, on nested groups.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
])
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup(OSError)))
print(eg.subgroup(Exception) is eg)
print(eg.subgroup(ExceptionGroup) is eg)
print(repr(eg.subgroup((KeyError, TypeError))))
print(repr(eg.split(ValueError)))
print(repr(eg.split(LookupError)))
print(repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
m, r = eg.split(BaseException)
print(m is eg, r)
m, r = eg.split(ZeroDivisionError)
print(m, r is None)
for bad in ["x", 5, (ValueError, 1), int, None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    eg.subgroup(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
calls = []
eg.subgroup(lambda e: calls.append(type(e).__name__))
print(calls)
# The parts keep the notes (copied), cause, context and traceback.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    g = e
g.add_note("a note")
m, r = g.split(ValueError)
print(m.__notes__, m.__notes__ is g.__notes__)
print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
print(m.__traceback__ is not None, r.__traceback__ is not None)
print(m.__cause__ is g.__cause__, r.__context__ is g.__context__)
