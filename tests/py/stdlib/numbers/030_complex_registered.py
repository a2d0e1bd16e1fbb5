import numbers
from decimal import Decimal
from fractions import Fraction

for x in [1j, 1 + 0j, complex(2, 3)]:
    print(repr(x), isinstance(x, numbers.Number), isinstance(x, numbers.Complex), isinstance(x, numbers.Real))
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Decimal("1.5"), numbers.Number), isinstance(Decimal(1), numbers.Real))
print(issubclass(complex, numbers.Complex), issubclass(Fraction, numbers.Rational), issubclass(Decimal, numbers.Number))
