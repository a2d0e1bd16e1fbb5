from fractions import Fraction as F
import math

# Mixed arithmetic with int subclasses and bools, and big values.
print(F(True) + True, F(1, 2) * True, F(10**100, 10**98), F(-(10**20), 10**18 * 7))
print(math.isclose(float(F(1, 3)), 1 / 3), F(1, 3) == 1 / 3)
print(F(2, 3) ** 10, F(3, 2) ** -5, (F(2, 3) ** 100).denominator == 3**100)
acc = F(1)
for k in range(1, 20):
    acc = acc * F(k, k + 1) + F(1, k * k)
print(acc.numerator % 1000003, acc.denominator % 1000003, round(float(acc), 9))
print(F(" \t 7/14 \n"), F("-0"), F("+0.000"), F("1E+3"), F("1e-3"), F("12.5e-1"))
