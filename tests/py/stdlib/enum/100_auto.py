# auto(): Enum gives one more than the highest value (or the last value
# that can be incremented), Flag the next power of two, StrEnum the
# lower-cased name.
from enum import Enum, Flag, StrEnum, auto


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 10
    PURPLE = auto()


print(list(Color))


class Unordered(Enum):
    A = 5
    B = 1
    C = auto()


print(list(Unordered))


class NonNumeric(Enum):
    A = 'x'
    B = auto()
    C = 2.5
    D = auto()


print(list(NonNumeric))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    BIG = 32
    NEXT = auto()


print([m.value for m in Perm])


class Lower(StrEnum):
    FooBar = auto()
    BAZ = auto()


print([m.value for m in Lower])
print(repr(auto()), repr(auto(5)))
print(Enum._generate_next_value_('x', 1, 0, []), Enum._generate_next_value_('x', 1, 2, [3, 1]))
print(Flag._generate_next_value_('x', 1, 2, [1, 6]), Flag._generate_next_value_('x', 1, 0, []))
