from decimal import Decimal
from fractions import Fraction as F

print(F(1, 2) + 1j, 1j * F(1, 2), F(3, 4) == complex(0.75, 0), F(1, 2) != 0.5j, F(1, 3) ** 1j == (1 / 3) ** 1j)
print(F(Decimal("1.25")), F(Decimal("-0.001")), F.from_decimal(Decimal("3.5e2")), F(1, 2) == Decimal("0.5"))
for bad in [Decimal("NaN"), Decimal("Infinity")]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    F(1, 2) < 1j
except TypeError as e:
    print("TypeError", e)
print(divmod(F(7, 3), 2), F(7, 3) // 0.5, F(7, 3) % Decimal(1) if False else "skip")
