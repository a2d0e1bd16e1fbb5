# User-defined __str__, __format__ and __repr__ win over Enum's.
from enum import Enum, IntEnum, Flag


class Custom(Enum):
    A = 1

    def __str__(self):
        return 'custom-' + self.name


class CustomFormat(Enum):
    A = 1

    def __format__(self, spec):
        return 'formatted:' + spec


class CustomInt(IntEnum):
    A = 1

    def __str__(self):
        return 'str-A'


class CustomRepr(Flag):
    A = 1

    def __repr__(self):
        return 'CustomRepr(%d)' % self.value


print(str(Custom.A), format(Custom.A), f'{Custom.A:>10}', repr(Custom.A))
print(str(CustomFormat.A), format(CustomFormat.A, 'x'), f'{CustomFormat.A:y}')
print(str(CustomInt.A), format(CustomInt.A), f'{CustomInt.A:>3}', repr(CustomInt.A))
print(repr(CustomRepr.A), [CustomRepr.A, CustomRepr(0)], str(CustomRepr.A))
