# StackSummary.from_list and format: source lines, locals, repetitions.
import traceback
from traceback import FrameSummary, StackSummary

entries = [("a.py", 1, "f", "call()"), ("a.py", 2, "g", None),
           FrameSummary("b.py", 3, "h", line="x", locals={"z": 1, "y": "q"}),
           ("c.py", 4, "k", "")]
s = StackSummary.from_list(entries)
print(type(s).__name__, len(s), isinstance(s, list))
for line in s.format():
    print(repr(line))
print(traceback.format_list(entries) == s.format())

for n in (2, 3, 4, 5, 20):
    rec = StackSummary.from_list([("r.py", 7, "rec", "rec(n - 1)")] * n
                                 + [("r.py", 9, "rec", "raise E")])
    out = rec.format()
    print(n, len(out), repr(out[-2]), repr(out[-1]))

# Two different runs of repetitions.
mixed = [("m.py", 1, "a", "a()")] * 6 + [("m.py", 2, "b", "b()")] * 4 + [("m.py", 1, "a", "a()")]
for line in StackSummary.from_list(mixed).format():
    print(repr(line))


class Custom(StackSummary):
    def format_frame_summary(self, fs):
        if fs.name == "skip":
            return None
        return "<%s:%s>\n" % (fs.name, fs.lineno)


c = Custom.from_list([("a", 1, "x", ""), ("a", 2, "skip", ""), ("a", 3, "y", "")])
print(type(c).__name__, c.format())
c = Custom()
c.extend(StackSummary.from_list([("a", 1, "x", ""), ("a", 2, "skip", "")]))
print(c.format())
try:
    StackSummary.from_list([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    StackSummary.from_list([("a", 1)])
except ValueError as e:
    print(type(e).__name__, e)
