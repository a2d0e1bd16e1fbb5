# A custom __new__ that sets _value_ (and extra attributes).
from enum import Enum, IntEnum


class Ordinal(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj

    FIRST = 'first one'
    SECOND = 'second one'


print(list(Ordinal), Ordinal.SECOND.label, repr(Ordinal(1)))
print(Ordinal.__new_member__.__name__, Ordinal._new_member_ is Ordinal.__new_member__)


class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    X = (0, 'the x axis')
    Y = (1, 'the y axis')


print(repr(Coord.Y), Coord.Y.label, Coord(0).label, Coord.Y + 10)


class Code(IntEnum):
    def __new__(cls, value, phrase):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj

    OK = 200, 'OK'
    NOT_FOUND = 404, 'Not Found'


print(repr(Code.OK), Code(404).phrase, str(Code.NOT_FOUND), Code.OK == 200)


try:
    class NoValue(int, Enum):
        def __new__(cls, a, b):
            return int.__new__(cls, a)

        A = (1, 2)
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
