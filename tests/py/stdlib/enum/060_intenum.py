# IntEnum: members are ints; repr shows the enum, str() and format() the value.
from enum import IntEnum, Enum


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(repr(Level.MID), str(Level.MID), Level.MID)
print(format(Level.MID), f'{Level.HIGH}', f'{Level.HIGH:>5}|', f'{Level.LOW:03d}')
print('%d %s %r' % (Level.MID, Level.MID, Level.MID))
print(Level.MID + 1, Level.MID * 2, Level.HIGH // 3, -Level.LOW, type(Level.MID + 1))
print(Level.MID == 5, Level.MID < 6, Level.LOW < Level.HIGH, 5 == Level.MID)
print(sorted([Level.HIGH, Level.LOW, Level.MID]))
print(max(Level), min(Level), sum(Level))
print(isinstance(Level.MID, int), isinstance(Level.MID, Enum))
print(repr(Level(5)), repr(Level(Level.LOW)))
print(hash(Level.MID) == hash(5), {5: 'five'}[Level.MID])
print(Level.MID.value, type(Level.MID.value), Level.MID.name)
print(int(Level.HIGH), float(Level.LOW), bin(Level.MID), hex(Level.HIGH))
print(list(range(Level.MID)))
print(['a', 'b', 'c', 'd', 'e', 'f'][Level.MID])
try:
    Level(7)
except ValueError as e:
    print(type(e).__name__, e)


class Num(IntEnum):
    A = '3'
    B = ('11', 2)


print(repr(Num.A), repr(Num.B), Num.B + 0)
try:
    class Bad(IntEnum):
        X = 'x'
except ValueError as e:
    print(type(e).__name__, e)


class Zero(IntEnum):
    ZERO = 0
    ONE = 1


print(bool(Zero.ZERO), bool(Zero.ONE))
