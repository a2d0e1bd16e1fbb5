import math
from fractions import Fraction as F

for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(10, 3), F(-10, 3), F(0)]:
    print(v, round(v), math.floor(v), math.ceil(v), math.trunc(v), int(v), type(round(v)).__name__)
for n in [0, 1, 2, 3, -1, -2]:
    print(n, repr(round(F(1234567, 1000), n)), repr(round(F(-25, 1000), n)))
print(repr(round(F(5, 1000), 2)), repr(round(F(15, 1000), 2)), repr(round(F(25, 1000), 2)))
print(F(7, 2).__floor__(), F(7, 2).__ceil__(), F(-7, 2).__trunc__(), F(7, 2).__round__())
