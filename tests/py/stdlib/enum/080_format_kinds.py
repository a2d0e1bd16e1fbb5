# str(), repr() and format() of every enum kind and of mixed-in data types.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag


class E(Enum):
    A = 1


class I(IntEnum):
    A = 1


class S(StrEnum):
    A = 'a'


class F(Flag):
    A = 1
    B = 2


class IF(IntFlag):
    A = 1
    B = 2


class IntMix(int, Enum):
    A = 1


class StrMix(str, Enum):
    A = 'a'


class FloatMix(float, Enum):
    PI = 3.25


for m in (E.A, I.A, S.A, F.A, F.A | F.B, F(0), IF.A, IF.A | IF.B, IF(0), IF(8),
          IntMix.A, StrMix.A, FloatMix.PI):
    print(repr(m), '|', str(m), '|', format(m), '|', f'{m}', '|', f'{m!r}', '|',
          f'[{m:>14}]')
print('{} {!r} {:d}'.format(I.A, I.A, I.A))
print('%s %s %s %s' % (E.A, S.A, F.B, IF.B))
