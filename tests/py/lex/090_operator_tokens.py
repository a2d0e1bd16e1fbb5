x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2
print(x)
y = 5
y <<= 3; y >>= 1; y |= 1; y &= 0xFF; y ^= 3
print(y)
z = 7.0
z /= 2
print(z)
def f(a: int) -> int:
    return a
print(f(3), 1 != 2, 1 <= 1, 2 >= 3, ...)
print((n := 4) * 2, n)
