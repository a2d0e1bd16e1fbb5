# DictWriter.writerow: the lookups and calls of CPython's Python code, in
# order (the generator of _dict_to_list interleaves with str()).
import csv
import io


class D(dict):
    def get(self, k, d=None):
        print("  dget", k, d)
        return dict.get(self, k, d)

    def keys(self):
        print("  keys")
        return dict.keys(self)


class W(csv.DictWriter):
    def __getattribute__(self, name):
        print("  get", name)
        return object.__getattribute__(self, name)


class S:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        print("  str", self.v)
        return str(self.v)


f = io.StringIO()
w = W(f, ["a", "b", "c"], restval="R")
print("--")
print(type(w._dict_to_list({})).__name__)
print("--")
print(w.writerow(D(a=S(1), c=S(3))))
print("--")
w.extrasaction = "ignore"
print(w.writerow(D(a=S(1), c=S(3), z=4)))
print("--")
print(w.writerows([D(a=1), {"b": 2}]))
print("--")
print(w.writeheader())
print(repr(f.getvalue()))
w.extrasaction = "raise"
try:
    w.writerow({"q": 1})
except ValueError as e:
    print("ValueError", e)
