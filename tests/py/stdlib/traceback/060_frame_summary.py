# FrameSummary: fields, tuple behaviour, line lookup, locals.
import os
import traceback
from traceback import FrameSummary

fs = FrameSummary("f.py", 10, "func", line="  x = 1  ", locals={"b": [1], "a": "s"})
print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.locals)
print(repr(fs), len(fs), list(fs), fs[0], fs[-1], fs[1:3])
print(fs == ("f.py", 10, "func", "x = 1"), fs == ("f.py", 10, "func", "  x = 1  "))
print(fs == FrameSummary("f.py", 10, "func", locals={"b": [1], "a": "s"}))
print(fs == FrameSummary("f.py", 10, "func"), fs != 3, fs.__eq__(3))
print(fs.end_lineno, fs.colno, fs.end_colno)
fs2 = FrameSummary("f.py", 1, "g", line="y", end_lineno=2, colno=0, end_colno=4)
print(fs2.end_lineno, fs2.colno, fs2.end_colno)

missing = FrameSummary("no_such_file_here.py", 3, "h")
print(repr(missing.line), missing.locals)
lazy = FrameSummary("no_such_file_here.py", 3, "h", lookup_line=False)
print(repr(lazy.line))
none_line = FrameSummary("x.py", None, "h", lookup_line=False)
print(repr(none_line.line))

# The line comes from the file (this program).
me = os.path.basename(__file__)
here = FrameSummary(me, 1, "<module>")
print(repr(here.line))
print(FrameSummary(me, 2, "m", locals={}).locals)
try:
    FrameSummary("f.py", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    FrameSummary("f.py", 1, "n", "positional")
except TypeError as e:
    print(type(e).__name__, e)
try:
    fs[4]
except IndexError as e:
    print(type(e).__name__, e)
a, b, c, d = fs
print(a, b, c, d)
