# @verify(NAMED_FLAGS): multi-bit aliases must only contain named bits.
from enum import Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def check(make):
    try:
        print('ok', list(make()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def two_missing():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = 15
        NEON = 31
    return Color


def one_missing():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        WHITE = 7
    return Color


def all_named():
    @verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)
    class Bits(IntFlag):
        A = 1
        B = 2
        AB = 3
    return Bits


for f in (two_missing, one_missing, all_named):
    check(f)
