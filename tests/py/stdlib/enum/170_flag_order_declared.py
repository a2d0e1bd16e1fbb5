# _order_ / __order__ on flags: checked against the single-bit members.
from enum import Flag, IntFlag


class Declared(Flag):
    _order_ = 'C A'
    C = 4
    A = 1


print(list(Declared(5)), repr(Declared(5)))


class DeclaredInt(IntFlag):
    __order__ = 'B A'
    B = 2
    A = 1
    AB = 3


print(list(DeclaredInt(3)), repr(DeclaredInt(3)), repr(DeclaredInt.AB))
try:
    class Mismatch(Flag):
        _order_ = 'A B'
        B = 2
        A = 1
except TypeError as e:
    print(type(e).__name__, e)
