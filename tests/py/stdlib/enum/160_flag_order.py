# Flag iteration order: by definition order when values are not ascending;
# multi-bit members are aliases; repr of combinations follows that order.
from enum import Flag, IntFlag


class Ordered(Flag):
    A = 1
    B = 2
    C = 4


class Shuffled(Flag):
    C = 4
    A = 1
    B = 2
    AC = 5


print(list(Ordered), list(Shuffled))
print(list(Ordered(7)), list(Shuffled(7)))
print(repr(Ordered(7)), repr(Shuffled(7)), repr(Shuffled(3)), repr(Shuffled(5)))
print(Shuffled._member_names_, list(Shuffled.__members__))
print(repr(Shuffled.AC), list(Shuffled.AC), Shuffled.AC in Shuffled(7))


class Sparse(IntFlag):
    HIGH = 64
    LOW = 1
    MID = 8


print(list(Sparse), list(Sparse(73)), repr(Sparse(73)), repr(Sparse(75)))
print(Sparse._flag_mask_, Sparse._all_bits_, Sparse._singles_mask_)


class Multi(Flag):
    AB = 3
    A = 1
    B = 2


print(list(Multi), Multi._member_names_, repr(Multi(3)), repr(Multi.A | Multi.B))
