import math
from fractions import Fraction as F

pi = F(math.pi)
for m in [1, 2, 3, 7, 10, 100, 113, 1000, 10**6, 10**9]:
    print(m, pi.limit_denominator(m))
print(F(1, 3).limit_denominator(2), F(3, 5).limit_denominator(2), F(2, 3).limit_denominator(1))
print(F(-3, 7).limit_denominator(5), F(4321, 8765).limit_denominator(10000), F("0.333333333").limit_denominator())
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(F.from_float(0.1), F.from_float(2), F.from_float(-1.5), F.from_float(1e300).denominator)
for bad in ["x", None, F(1, 2)]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print("TypeError", e)
print(F.from_decimal(3))
print(F(0.1).as_integer_ratio(), F(-6, 4).as_integer_ratio(), F(3).numerator, F(3).denominator)
print(float(F(10**400, 10**399 * 3)), float(F(1, 10**400)))
