# Comparisons with Decimal, int, float, Fraction; hashing equal numbers.
from decimal import Decimal as D
from fractions import Fraction as F
print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D('0.5') == F(1, 2),
      D('0.1') < F(1, 3), D(2) > 1.5, D(1) == 1 + 0j, D(1) == 1 + 1j)
print(D('1.00') == D('1'), D('-0') == D('0'), D('NaN') == D('NaN'),
      D('NaN') != D('NaN'), D('Inf') > 10 ** 100, D('-Inf') < F(-10 ** 9))
print(sorted([D('3'), D('1.5'), 2, D('-1'), D('0.25')]))
print(max(D('1.5'), D('1.50')), min(D(2), 3), D(1) == 'x', D(1) != None)
for v in ['0.5', '1', '1.00', '-1', '1e100', '123.456', '-0', '1e-20', 'Inf', '-Inf']:
    print(v, hash(D(v)))
print(hash(D('0.5')) == hash(0.5) == hash(F(1, 2)), hash(D(10 ** 30)) == hash(10 ** 30),
      hash(D('1.25')) == hash(F(5, 4)), hash(D('-7')) == hash(-7))
try:
    hash(D('sNaN'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    D('NaN') < 1
except Exception as e:
    print(type(e).__name__, e)
print({D('1.0'): 'a', 1: 'b'}, len({D('2'), D('2.00'), 2, 2.0}))
