import math
import sys
from fractions import Fraction as F

a = F(1, 2)
print(a == 0.5, a == F(2, 4), a == 1, F(4, 2) == 2, a != 0.5, F(3) == 3.0)
print(a < 1, a > 0.49, a <= F(1, 2), a >= 0.6, 1 < a, 0.25 < a)
print(a < float("inf"), a > float("-inf"), a < float("nan"), a == float("nan"), a != float("nan"))
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), 0, F(2, 7)]))
print(max(F(1, 3), F(2, 5)), min(F(1, 3), 0.3))
for v in [F(1, 2), F(5), F(-1, 2), F(1, 3), F(-7, 3), F(10**40, 7), F(1, sys.hash_info.modulus), F(-1, 1)]:
    print(v, hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0}))
for op in ["a < 'x'", "a > None", "a <= []"]:
    try:
        eval(op)
    except TypeError as e:
        print("TypeError", e)
print(a == "1/2", a == None)
