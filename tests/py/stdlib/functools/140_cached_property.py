# cached_property: computed once per instance, stored in its __dict__;
# __set_name__ rules and the error messages.
from functools import cached_property


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        "The sum of the values."
        self.computed += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, d.computed, d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, d.computed)
print(Data([5]).total, Data.total.__doc__, Data.total.attrname, type(Data.total).__name__)
print(Data.total.func.__name__, isinstance(Data.__dict__["total"], cached_property))

prop = Data.__dict__["total"]
attempt(lambda: prop.__set_name__(Data, "other"))
prop.__set_name__(Data, "total")
print("same name is fine")

loose = cached_property(len)
attempt(lambda: loose.__get__([1, 2]))
print(loose.attrname, loose.__doc__ == len.__doc__)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def p(self):
        return 1


attempt(lambda: Slotted().p)


class Both:
    @cached_property
    def a(self):
        return "a"


both = Both()
print(both.a, "a" in vars(both), Both.a is Both.__dict__["a"])
print(cached_property[int])
