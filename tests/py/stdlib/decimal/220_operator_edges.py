# The operators on the edges: ints on either side, hashes equal to int and
# float hashes, traps raised from the operators, signed zeros, subclasses.
from decimal import *
import sys
print(Decimal(7) + 3, 3 - Decimal('0.5'), 2 * Decimal('1.25'), 1 / Decimal(8))
print(Decimal(10**30) * 10**30, Decimal(-(10**25)) / 7)
print(hash(Decimal(12345)) == hash(12345), hash(Decimal('1.5')) == hash(1.5))
print(hash(Decimal('-1')) == hash(-1), hash(Decimal('1E+30')) == hash(10**30))
print(hash(Decimal('0.125')) == hash(0.125), hash(Decimal('-0')) == hash(0))
print(Decimal('1.0') == 1, Decimal('1.00') == Decimal('1'), Decimal(2) < 3)
print(Decimal('-0') == Decimal('0'), Decimal('0E-5') < Decimal('1E-100'))
print(-Decimal('0'), +Decimal('-0'), abs(Decimal('-0.00')))
print(repr(Decimal('1E-7')), str(Decimal('123E+5')), Decimal('0.000001'))
for v in ['0', '1.10', '-0.0', '1e1000', '12345678901234567890123456789']:
    print(bool(Decimal(v)), Decimal(v), repr(Decimal(v)))
with localcontext() as c:
    c.capitals = 0
    print(Decimal('1E+10'), repr(Decimal('-2.5E-9')))
with localcontext() as c:
    c.prec = 5
    c.traps[Inexact] = True
    try:
        Decimal(1) / 3
    except Inexact as e:
        print('Inexact', e)
    c.traps[Inexact] = False
    print(Decimal(1) / 3, c.flags[Inexact], c.flags[Rounded])
with localcontext(Emax=5, prec=3) as c:
    try:
        Decimal(999) * 10000
    except Overflow as e:
        print('Overflow', e)
    c.traps[Overflow] = False
    print(Decimal(999) * 10000, Decimal('9.99E+5').quantize(Decimal('1E+3')))
    c.rounding = ROUND_DOWN
    print(Decimal(999) * 10000)
with localcontext(Emin=-5, prec=3, traps=[]) as c:
    print(Decimal('1E-5') / 300, Decimal('1.23E-6') * 1, sorted(k.__name__ for k, v in c.flags.items() if v))
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print('DivisionByZero', e)
class D(Decimal):
    pass
d = D('1.5')
print(type(d).__name__, repr(d), type(d + 1).__name__, d == Decimal('1.5'), hash(d) == hash(1.5))
print(type(Decimal.__add__(Decimal(1), 2)).__name__, Decimal.__lt__(Decimal(1), 2))
for f in [lambda: Decimal.__add__(1, 2), lambda: Decimal.__eq__(5, 5),
          lambda: Decimal.quantize(1, 2), lambda: Decimal(1) + 1.5,
          lambda: Decimal('1.5').quantize(Decimal('0.1'), rounding='UP'),
          lambda: Decimal(1) < 'x', lambda: Decimal('sNaN') == 1,
          lambda: hash(Decimal('sNaN'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(Decimal(1) == 1.0, Decimal('0.1') == 0.1, Decimal('NaN') == Decimal('NaN'))
print(Decimal(5).__eq__('x'), Decimal(5).__add__('x'))
for s in ['1e999999999999999999', '10e999999999999999999', '1e1000000000000000000',
          '1e-1999999999999999997', '1e-1999999999999999998', '0.1e-1999999999999999997']:
    try:
        print(s, repr(Decimal(s)))
    except Exception as e:
        print(s, type(e).__name__, e)
