# int, float, math.floor/ceil/trunc, as_integer_ratio, bool, complex.
import math
from decimal import Decimal as D
for v in ['1.5', '-1.5', '2.5', '-0.5', '1e3', '123.999', '-123.999', '0', '1E+30', '0.125']:
    d = D(v)
    print(v, int(d), float(d), math.floor(d), math.ceil(d), math.trunc(d),
          d.as_integer_ratio(), bool(d), complex(d))
print(float(D('NaN')), float(D('-Inf')), float(D('1e400')), float(D('-0')))
for bad, f in [('NaN', int), ('Inf', int), ('sNaN', float), ('NaN', math.floor),
               ('-Inf', math.ceil), ('Inf', D.as_integer_ratio), ('NaN', D.as_integer_ratio)]:
    try:
        f(D(bad))
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
d = D('1.25')
print(d.real, d.imag, d.conjugate(), d.radix(), d.canonical(), d.is_canonical())
