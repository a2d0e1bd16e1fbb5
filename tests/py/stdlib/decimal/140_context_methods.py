# Context methods (ints accepted, floats refused), create_decimal.
from decimal import *
c = Context(prec=6, traps=[])
D = Decimal
print(c.add(1, D('0.0000001')), c.subtract(5, D('2.5')), c.multiply(123456, 7),
      c.divide(1, 7), c.divide_int(100, 7), c.remainder(100, 7), c.divmod(100, 7))
print(c.power(2, 40), c.power(3, 4, 5), c.power(D('1.5'), D('2.5')), c.sqrt(2), c.exp(2),
      c.ln(10), c.log10(5), c.fma(2, 3, 4))
print(c.abs(-5), c.minus(5), c.plus(D('1.23456789')), c.quantize(D('1.2345'), D('0.01')),
      c.normalize(D('1.2000')), c.to_integral_exact(D('1.5')), c.logb(1000), c.scaleb(1, 3))
print(c.compare(1, 2), c.compare_total(1, D('1.0')), c.max(1, 2), c.min_mag(-1, 2),
      c.next_plus(1), c.next_minus(1), c.next_toward(1, 0), c.number_class(-1),
      c.same_quantum(1, 2), c.copy_sign(1, -2), c.copy_abs(-1), c.copy_negate(1))
print(c.is_zero(0), c.is_signed(-1), c.is_nan(1), c.is_normal(1), c.to_sci_string(D('1E+7')),
      c.to_eng_string(D('1E+7')), c.logical_and(1, 1), c.rotate(123, 1), c.shift(123, 1))
print(c.create_decimal('1.23456789'), c.create_decimal(), c.create_decimal(D('-9.87654321')),
      c.create_decimal(123456789), c.create_decimal_from_float(0.1),
      c.create_decimal(' 1_000_000 '), c.create_decimal('NaN123'), c.copy_decimal(5))
print(c.create_decimal('NaN1234567'), c.flags[InvalidOperation])
for f in [lambda: c.add(1.5, 1), lambda: c.add('1', 1), lambda: c.sqrt(None)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(c.flags[FloatOperation], c.create_decimal(1.5), c.flags[FloatOperation])
print(c.Etiny(), c.Etop(), c.radix(), c.canonical(D(1)), c.is_canonical(D(1)))
