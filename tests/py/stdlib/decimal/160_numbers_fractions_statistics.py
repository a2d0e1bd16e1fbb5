# Decimal is a numbers.Number; Fraction and statistics work on Decimals.
import numbers, statistics
from fractions import Fraction
from decimal import Decimal as D
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real),
      issubclass(D, numbers.Number))
print(Fraction(D('0.25')), Fraction.from_decimal(D('1.5')), Fraction(D('-1.125')),
      Fraction(D('1E+3')))
for bad in ['NaN', 'Inf']:
    try:
        Fraction(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(Fraction(1, 3) == D('0.5'), Fraction(1, 2) == D('0.5'), Fraction(1, 3) < D('0.34'))
data = [D('1.1'), D('2.2'), D('3.3'), D('4.4'), D('2.2')]
print(statistics.mean(data), statistics.median(data), statistics.mode(data),
      statistics.fsum if hasattr(statistics, 'fsum') else '', statistics.stdev(data),
      statistics.variance(data), statistics.pvariance(data), statistics.median_low(data))
print(repr(statistics.mean([D('0.5'), D('0.25')])))
