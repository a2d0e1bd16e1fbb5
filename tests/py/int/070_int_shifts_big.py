print(1 << 200)
print((1 << 200) >> 199, -1 >> 1000, (-(1 << 100)) >> 99)
a = (1 << 130) - 1
b = 0xF0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0
print(a & b, a | b, a ^ b)
print(~a, ~(-a), -a & 0xFFFF, -a | 5)
print(((1 << 64) + 3) & -2, (-(1 << 64)) ^ 1)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
