# `in` on enum classes (3.11: non-members raise TypeError) and on flags.
from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2


class Other(Enum):
    RED = 1


class Number(IntEnum):
    ONE = 1


print(Color.RED in Color, Other.RED in Color, Number.ONE in Number)
for value in (1, 'RED', None, 1.0):
    try:
        print(value in Color)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(1 in Number)
except TypeError as e:
    print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R in Perm, (Perm.R | Perm.W) in Perm, Perm(0) in Perm)
print(Perm.R in (Perm.R | Perm.W), (Perm.R | Perm.X) in (Perm.R | Perm.W))
try:
    print(4 in Perm.R)
except TypeError as e:
    print(type(e).__name__, e)
print(Color.RED in [Color.RED], Color.RED in {Color.GREEN: 1})
