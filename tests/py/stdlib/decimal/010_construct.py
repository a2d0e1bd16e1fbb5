# Decimal construction from str, int, float, tuples and other Decimals.
from decimal import Decimal, getcontext, FloatOperation, InvalidOperation
for s in ['0', '-0', '1.23', '-1.230', '1E+5', '123E+5', '0.000001', '0.0000001',
          '1e-7', '12.34e-3', '  12  ', '1_000.5', '\u0661\u0662\u0663', '.5', '5.',
          'inf', '-Infinity', 'NaN', 'nan123', '-sNaN', 'sNaN45', 'NaN01', '1.e5',
          '0E-10', '0E+3', '-0.00e-9', '+7']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d))
for s in ['1 2', '1e', '.', 'e5', '1.2.3', '+-1', 'infinit', '_', '', 'abc', '1e1.5']:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)
for v in [0, -1, 10 ** 30, -(2 ** 70)]:
    print(repr(Decimal(v)))
for f in [0.1, -0.0, 1.5, 1e300, 2.0 ** -30, float('nan'), float('-inf')]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(getcontext().flags[FloatOperation])
print(repr(Decimal((1, (1, 2, 3), -2))), repr(Decimal((0, (), 'F'))),
      repr(Decimal((0, (1, 2), 'n'))), repr(Decimal([0, [4, 5], 3])))
for bad in [None, [1], 1 + 2j, (1, 2), (0, (1,), 'x'), (2, (1,), 1),
            (0, (10,), 1), (0, (1,), 1.5), b'1']:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = Decimal('3.14')
print(Decimal(d) is d, Decimal(d) == d)
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, m, repr(m), type(MyDec.from_float(0.5)).__name__)
print(Decimal().as_tuple(), Decimal('-1.50').as_tuple(), Decimal('Inf').as_tuple(),
      Decimal('NaN12').as_tuple())
