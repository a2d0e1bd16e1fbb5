# DictWriter and writer over files whose write is Python code, a subclass
# overriding _dict_to_list, a replaced writer, and real text files.
import csv
import io
import os
import tempfile


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return "w%d" % len(s)


s = Sink()
w = csv.writer(s)
print(w.writerow(["a", "b,c", 'd"e', None, 1.5]))
print(w.writerows([[1], [""], []]))
print(s.parts)

dw = csv.DictWriter(s, ["x", "y"], restval=0)
print(dw.writerow({"x": "caf\u00e9"}), s.parts[-1])


class Up(csv.DictWriter):
    def _dict_to_list(self, rowdict):
        return [str(v).upper() for v in rowdict.values()]


f = io.StringIO()
Up(f, ["a"]).writerow({"a": "hi", "b": "there"})
print(repr(f.getvalue()))


class FakeWriter:
    def writerow(self, row):
        print("fake writerow", type(row).__name__, list(row))
        return "done"


dw = csv.DictWriter(io.StringIO(), ["a", "b"], extrasaction="ignore")
dw.writer = FakeWriter()
print(dw.writerow({"a": 1, "c": 3}))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)


class T(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.replace(",", ";"))


with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.csv")
    with open(p, "w", newline="") as fh:
        w = csv.writer(fh)
        print(w.writerow(["\u00e9t\u00e9", "x y", "q\"q"]))
        dw = csv.DictWriter(fh, ["k", "v"], lineterminator="\n")
        print(dw.writeheader(), dw.writerow({"k": 1, "v": [1, 2]}))
    with open(p, "rb") as fh:
        print(fh.read())
    with T(open(p, "wb"), newline="") as fh:
        print(csv.writer(fh).writerow(["a", "b"]))
    with open(p, newline="") as fh:
        print(repr(fh.read()))
    with open(p, "w", newline="") as fh:
        fh.close()
        try:
            csv.writer(fh).writerow(["x"])
        except ValueError as e:
            print("ValueError", e)
