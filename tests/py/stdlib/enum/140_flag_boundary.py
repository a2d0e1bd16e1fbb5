# FlagBoundary: what out-of-range values give under STRICT, CONFORM,
# EJECT and KEEP.
from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP

print(list(FlagBoundary))
print(repr(STRICT), str(KEEP), STRICT == 'strict', FlagBoundary('eject') is EJECT)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
    C = 4


print(Strict._boundary_, Flag._boundary_, IntFlag._boundary_)
for value in (8, 9, 15):
    try:
        Strict(value)
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(Strict(-1)), repr(Strict(-8)), repr(Strict(-2)))

for boundary in (CONFORM, EJECT, KEEP):
    class B(Flag, boundary=boundary):
        A = 1
        B = 2
        C = 4
    for value in (8, 9, 15, -1, -2, 7, 0):
        result = B(value)
        inverted = repr(~result) if isinstance(result, B) else '-'
        print(boundary.value, value, repr(result), inverted)


class Keep(IntFlag, boundary=KEEP):
    X = 1
    Y = 2


print(repr(Keep(12)), repr(Keep(13)), str(Keep(13)), repr(~Keep.X), repr(Keep(-1)))


class StrictInt(IntFlag, boundary=STRICT):
    X = 1
    Y = 2


try:
    StrictInt.X | 4
except ValueError as e:
    print(type(e).__name__, e)
print(repr(StrictInt.X | 2))
