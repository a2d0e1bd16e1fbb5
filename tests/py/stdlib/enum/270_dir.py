# dir() of enum classes and of members.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1

    def describe(self):
        return self.name

    @classmethod
    def favourite(cls):
        return cls.RED

    @property
    def lower(self):
        return self.name.lower()


print(dir(Color))
print(dir(Color.RED))
Color.RED.extra = 1
print(dir(Color.RED))
print(dir(Color.GREEN))


class WithNew(Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    A = 1


print(dir(WithNew))
print(dir(Enum))
