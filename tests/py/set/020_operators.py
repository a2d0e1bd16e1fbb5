a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {9} <= a)
print(a == {4, 3, 2, 1}, a != b, {1, 2} == {2, 1})
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {7, 1}
print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
