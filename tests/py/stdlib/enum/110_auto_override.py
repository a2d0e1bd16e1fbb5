# _generate_next_value_ overrides, auto() inside tuples, auto(value).
from enum import Enum, IntEnum, auto


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d-%s' % (name, start, count, last_values)

    NORTH = auto()
    SOUTH = auto()
    WEST = 'w'
    EAST = auto()


for m in Named:
    print(m.value)


class Pairs(Enum):
    A = (auto(), 'a')
    B = 7
    C = (auto(), 'c')
    D = auto()


print(list(Pairs))


class Explicit(IntEnum):
    A = auto(7)
    B = auto()


print(list(Explicit))


class Doubled(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    X = auto()
    Y = auto()


print(list(Doubled))
try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print(type(e).__name__, e)
