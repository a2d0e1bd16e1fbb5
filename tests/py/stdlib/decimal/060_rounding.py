# Every rounding mode on ties and non-ties, through quantize and plus.
from decimal import *
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
vals = ['2.5', '-2.5', '3.5', '2.51', '-2.49', '0.05', '1.04', '5.0',
        '-0.4', '9.95', '10.5', '0.5']
for m in modes:
    row = [str(Decimal(v).quantize(Decimal('1'), rounding=m)) for v in vals]
    row += [str(Decimal(v).quantize(Decimal('0.1'), rounding=m)) for v in vals]
    print(m, ' '.join(row))
for m in modes:
    c = Context(prec=3, rounding=m)
    print(m, [str(c.plus(Decimal(v))) for v in
              ['1.2345', '-1.2355', '9.995', '1.005', '-1.015', '123.5']],
          str(c.divide(2, 3)), str(c.divide(-2, 3)))
