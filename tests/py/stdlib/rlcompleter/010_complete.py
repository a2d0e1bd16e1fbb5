# rlcompleter.Completer: keywords, names, builtins and attributes, with
# "(" after callables and "()" after those without parameters.
import rlcompleter

class A:
    x = 1
    _p = 2
    def meth(self):
        pass
    def take(self, v):
        pass
    @property
    def prop(self):
        raise RuntimeError("not run")

def noargs():
    pass

a = A()
ns = {"a": a, "A": A, "ma": 1, "my_func": noargs, "myval": [1]}
c = rlcompleter.Completer(ns)

def everything(text):
    out = []
    while True:
        s = c.complete(text, len(out))
        if s is None:
            return out
        out.append(s)

for text in ["my", "ma", "tr", "el", "fin", "imp", "Tru", "aw", "no",
             "a.", "a._", "a.m", "a.pr", "a.ta", "A.x", "A.x.re", "nope.x",
             "myval.app", "zzz", "pri", "len"]:
    # Sorted: the builtins come in the order of their dict.
    print(repr(text), sorted(everything(text)))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print(type(e).__name__, e)
