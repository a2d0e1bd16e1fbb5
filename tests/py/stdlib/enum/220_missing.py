# _missing_: a hook for values that are not found.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name.lower() == value.lower():
                    return member
        if value == 'error':
            raise KeyError('no such colour')
        if value == 99:
            return 'not a member'
        if value == 98:
            raise ValueError('custom message')
        return None


print(repr(Color('red')), repr(Color('GREEN')))
for value in ('blue', 99, 98, 7):
    try:
        Color(value)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Color('error')
except KeyError as e:
    print(type(e).__name__, e, '|', type(e.__context__).__name__, e.__context__)
try:
    Color(99)
except TypeError as e:
    print(type(e).__name__, '|', type(e.__context__).__name__, e.__context__)


class Default(Enum):
    UNKNOWN = 0
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN


print(repr(Default(1)), repr(Default(5)), repr(Default('x')))
print(Enum._missing_(5))
