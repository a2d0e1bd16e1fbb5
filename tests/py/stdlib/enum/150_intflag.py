# IntFlag: flags that are ints; unknown bits are kept (KEEP boundary).
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), format(Perm.R | Perm.W), Perm.R | Perm.W)
print(repr(Perm.R | 8), repr(Perm(8)), repr(Perm(0)), str(Perm(0)), repr(Perm(15)))
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & 6), repr(Perm.R ^ 7))
print(repr(~Perm.R), repr(~Perm(0)), repr(~Perm(8)), repr(Perm(-1)), repr(Perm(-3)))
print(Perm.R + 1, Perm.R * 2, type(Perm.R + 1), repr(Perm.R << 1), -Perm.X)
print(Perm.R == 4, Perm.R > Perm.W, isinstance(Perm.R, int), hash(Perm.W) == hash(2))
print(list(Perm(7)), list(Perm(13)), len(Perm(7)), Perm.W in Perm(6))
print(f'{Perm.R | Perm.X}', f'{Perm.R | Perm.X:>4}', '%d' % (Perm.R | Perm.X), hex(Perm(7)))
print(sorted([Perm.R, Perm.X, Perm.W]), Perm(6).name, Perm(12).name)
print(bool(Perm(0)), bool(Perm.X))


class Mode(IntFlag):
    _numeric_repr_ = hex
    READ = 1
    WRITE = 2


print(repr(Mode(9)), str(Mode(9)), repr(Mode(16)))
