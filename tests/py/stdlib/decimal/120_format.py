# __format__: fill, align, sign, width, ',', precision, every type.
from decimal import Decimal as D, localcontext, ROUND_DOWN
vals = ['1.25', '-1.25', '1234567.891', '0.000012345', '1.500', '0', '-0',
        '-0.00', '1E+5', '123E-10', 'Inf', '-Inf', 'NaN', '-NaN12', '9.999',
        '0.5', '12345678901234567890.5']
specs = ['', '.1f', 'f', 'e', '.2e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%',
         'n', '.2n', '>10', '<10.2f', '^12,.2f', '=+12.1f', '012.3f',
         '012,.1f', ',', ' .3', '.3', '.0e', '.0', '+', '*^20,.3e',
         '020,g', '0', '.0f', 'F', '=^10', 'z.1f', 'z', 'z.2e']
for v in vals:
    print(v, '|'.join(format(D(v), s) for s in specs))
with localcontext(rounding=ROUND_DOWN):
    print(format(D('1.25'), '.1f'), format(D('1.99'), '.1e'))
with localcontext(capitals=0):
    print(format(D('1E+5'), ''), format(D('1E+5'), 'e'), format(D('1E+5'), 'E'),
          format(D('1E+10'), '.3'))
for s in ['x', '10.2q', ',_', '.2,', 'c', 'd', 's', '_', '#g', '.', '0z5']:
    try:
        print(repr(format(D('1.5'), s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(f'{D("1234.5"):>12,.2f}|{D("-3.14159"):.3}|{D("42"):08.2f}')
