# Flag: |, &, ^, ~, bool, len, iteration, `in`, reprs of combined and zero
# values, pseudo-members are cached singletons.
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW.value, RW.name)
print(repr(Perm.R & Perm.W), repr(RW & Perm.R), repr(RW ^ Perm.W), repr(RW ^ Perm.X))
print(repr(~Perm.R), repr(~RW), repr(~(Perm.R | Perm.W | Perm.X)), repr(~Perm(0)))
print(bool(Perm(0)), bool(Perm.X), bool(RW))
print(len(RW), len(Perm(0)), len(Perm(7)), len(Perm))
print(list(RW), list(Perm(0)), list(Perm(7)))
print(Perm.R in RW, Perm.X in RW, RW in Perm(7), Perm(0) in RW)
print(RW is (Perm.W | Perm.R), Perm(6) is RW, Perm(4) is Perm.R)
print(repr(Perm(0)), str(Perm(0)), Perm(0).name)
print(list(Perm), Perm._member_names_)
print(Perm._value2member_map_ == {4: Perm.R, 2: Perm.W, 1: Perm.X, 6: RW, 0: Perm(0), 3: ~Perm.R, 7: Perm(7)})
for bad in (lambda: Perm.R | 1, lambda: 1 | Perm.R, lambda: Perm.R & 'x', lambda: 1 in Perm.R):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Perm('R')
except ValueError as e:
    print(type(e).__name__, e)


class Color(Flag):
    BLACK = 0
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), list(Color.__members__))
print(repr(Color.WHITE), repr(Color.RED | Color.GREEN | Color.BLUE), list(Color.WHITE))
print(repr(Color(0)), Color(0) is Color.BLACK, repr(~Color.WHITE), repr(~Color.RED))
print(repr(Color.RED | Color.BLUE), Color.WHITE.name, len(Color.WHITE))
