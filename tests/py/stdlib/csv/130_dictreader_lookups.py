# DictReader.__next__ and the fieldnames property: which attributes are
# read and written, in which order (subclasses and replaced readers see it).
import csv
import io


class Log:
    def __init__(self, rows):
        self.it = iter(rows)
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        v = next(self.it)
        self.n += 1
        print("  next", v)
        return v

    @property
    def line_num(self):
        print("  rd.line_num")
        return self.n


class R(csv.DictReader):
    def __getattribute__(self, name):
        print("  get", name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, v):
        print("  set", name, type(v).__name__)
        object.__setattr__(self, name, v)


r = R(io.StringIO(""))
print("--")
r.reader = Log([["h1", "h2"], [], ["v1"], ("v2", "v3", "v4"), ["a", "b"]])
r.restval = "RV"
r.restkey = "RK"
print("--")
for d in r:
    print(d)
print(r.line_num)


class F(csv.DictReader):
    @property
    def fieldnames(self):
        print("fieldnames get")
        return ("x", "y", "z")


f = F(io.StringIO("a,b\n1,2,3,4\n"))
for d in f:
    print(f.line_num, d)
