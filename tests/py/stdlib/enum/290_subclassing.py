# An enum without members can be extended, one with members cannot;
# __init_subclass__ sees the new members.
from enum import Enum, IntEnum


class Base(Enum):
    def describe(self):
        return '%s=%r' % (self.name, self.value)

    def __init_subclass__(cls, **kwargs):
        print('init_subclass', cls.__name__, kwargs, [m.name for m in cls])


class Color(Base, tag='colour'):
    RED = 1
    GREEN = 2


print(Color.RED.describe(), isinstance(Color.RED, Base), list(Base))
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Wrong(Enum, int):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)


class Base2(IntEnum):
    @classmethod
    def total(cls):
        return sum(cls)


class Small(Base2):
    A = 1
    B = 2


print(Small.total(), repr(Small.B), Small.__mro__[1].__name__)
print([c.__name__ for c in type(Small).__mro__])
