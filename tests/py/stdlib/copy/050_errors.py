# Objects that cannot be copied; bound methods; exceptions.
import copy
import sys


def gen():
    yield 1


for obj in (gen(), sys):
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)


class NeedsArg:
    def __new__(cls, required):
        return object.__new__(cls)


try:
    copy.copy(NeedsArg(1))
except TypeError as e:
    print(type(e).__name__, e)


class Box:
    def __init__(self):
        self.items = [1]

    def get(self):
        return self.items


b = Box()
m = copy.copy(b.get)
print(m.__self__ is b, m() is b.items)
dm = copy.deepcopy(b.get)
print(dm.__self__ is not b, dm() == [1], dm() is not b.items)
e = ValueError("bad", 2)
ce = copy.copy(e)
print(type(ce).__name__, ce.args, ce is not e)
e.note = "x"
de = copy.deepcopy(e)
print(de.args, de.note)
k = KeyError("k")
print(repr(copy.deepcopy(k)))
