# An int (or bool, or int subclass) on the left of a Fraction operator:
# the reflected methods, their results and errors.
from fractions import Fraction as F


class I(int):
    pass


x = F(3, 4)
for a in (5, -2, True, I(7), 0):
    print(a + x, a - x, a * x, a / x, a // x, a % x, divmod(a, x))
    print(type(a * x).__name__, type(a // x).__name__, repr(a - x))
for a in (5, True):
    try:
        a / F(0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        a // F(0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(2 ** F(1, 2), 4 ** F(1, 2), 2 ** F(3), 1.5 + x, 1j * x)
print(sum([F(1, n) for n in range(1, 6)]), 10 - sum(F(1, 3) for _ in range(3)))
for a in (-5, 0, F(-6, 7), F(0), F(9, 2)):
    try:
        a / F(0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
