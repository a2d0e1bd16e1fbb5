from fractions import Fraction as F

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b ** 2, a ** -2)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 2.5 // b, 2.5 % b, divmod(b, 0.25), a ** 0.5)
print(type(a + 1).__name__, type(a + 0.5).__name__, type(a // b).__name__, type(a * 3).__name__)
print(F(2) ** F(3), F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(-2), 2 ** F(1, 2), 2.0 ** F(2), F(-2, 3) ** -3, F(-2, 3) ** 3)
print(-a, +a, abs(F(-5, 7)), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), bool(F(0)), bool(a))
print(F(10**30, 3) * F(3, 10**30), F(10**50 + 1, 10**49) - 10)
print(F(1, 6) + F(1, 3), F(5, 6) - F(1, 3), F(2, 9) * F(3, 4), F(2, 9) / F(4, 3))
for op in ["a / 0", "a / F(0)", "a // 0", "a % 0", "divmod(a, 0)", "F(0) ** -1", "F(0) ** -2", "a + 'x'", "a * None", "'x' - a", "a ** 'x'"]:
    try:
        print(eval(op))
    except (ZeroDivisionError, TypeError) as e:
        print(op, "->", type(e).__name__, e)
x = F(0)
for i in range(1, 30):
    x += F(1, i * (i + 1))
print(x, x.limit_denominator(10))
