# TracebackException: captured data, chains, formatting.
import os
import traceback
from traceback import TracebackException

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def fail(x):
    raise ValueError(x)


try:
    try:
        fail("inner")
    except ValueError as inner:
        raise KeyError("outer") from inner
except KeyError as e:
    exc = e

te = TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), te.__suppress_context__)
print([fs.name for fs in te.stack])
print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, str(te.__cause__))
print([fs.name for fs in te.__cause__.stack], te.__cause__.__cause__)
print(te.__context__ is not None, te.exceptions)
print("".join(te.format()).replace(HERE, ""), end="")
print("====")
print("".join(te.format(chain=False)).replace(HERE, ""), end="")
print(list(te.format_exception_only()))
te2 = TracebackException(type(exc), exc, exc.__traceback__)
print(te == te2, te == 3)
print(te2.__context__)
tc = TracebackException.from_exception(exc, compact=True)
print(tc.__context__)
print(len(TracebackException.from_exception(exc, limit=1).stack))
lazy = TracebackException.from_exception(exc, lookup_lines=False)
print([fs._line for fs in lazy.stack], [fs.line for fs in lazy.stack])

se = SyntaxError("oops", ("s.py", 5, 2, " bad\n", 5, 4))
ts = TracebackException.from_exception(se)
print(ts.filename, repr(ts.lineno), repr(ts.end_lineno), repr(ts.text), ts.offset, ts.end_offset, ts.msg)
print(list(ts.format()))
tn = TracebackException(type(None), None, None)
print(list(tn.format()), str(tn))
n = ValueError("n")
n.__notes__ = ["note 1"]
print(list(TracebackException.from_exception(n).format()))
print(TracebackException.from_exception(n).__notes__)
