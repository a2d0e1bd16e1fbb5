# @unique and @verify(UNIQUE) reject aliases; @verify(CONTINUOUS) gaps.
from enum import Enum, Flag, unique, verify, UNIQUE, CONTINUOUS, EnumCheck


def check(make):
    try:
        print('ok', list(make()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def unique_bad():
    @unique
    class Color(Enum):
        RED = 1
        GREEN = 1
        BLUE = 3
        NAVY = 3
    return Color


def verify_unique():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        CRIMSON = 1
    return Color


def verify_continuous():
    @verify(CONTINUOUS)
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 5
    return Color


def verify_continuous_flag():
    @verify(CONTINUOUS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        BLUE = 16
    return Color


for f in (unique_bad, verify_unique, verify_continuous, verify_continuous_flag):
    check(f)
print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS))
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print(type(e).__name__, e)
