# The spec's other operations as Decimal methods.
from decimal import *
D = Decimal
c = getcontext()
c.traps[InvalidOperation] = False
c.traps[DivisionByZero] = False
print(D(1).compare(2), D(2).compare(D('2.0')), D('NaN').compare(1),
      D(1).compare_signal(D(3)))
print(D(1).compare_total(D('1.0')), D('-NaN2').compare_total(D('-sNaN3')),
      D('12.30').compare_total_mag(D('-12.3')), D('NaN').compare_total(D('Inf')))
print(D('-1.5').copy_abs(), D('1.5').copy_negate(), D('1.5').copy_sign(D('-0')), D(3).copy_sign(-1))
print(D(1).max(D('NaN')), D('1.0').max(D(1)), D('-1.0').max(D(-1)), D('-1.0').min(D(-1)),
      D(-3).max_mag(2), D(-3).min_mag(2), D(2).max_mag(D(-2)))
print(D('1').logical_invert(), D('101').logical_and(D('11')), D('101').logical_or(D('11')),
      D('101').logical_xor(D('11')), D('2').logical_and(1))
print(D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D('-Inf').next_plus(),
      D(1).next_toward(2), D(0).next_toward(D('-0')), D('9.999999999999999999999999999E+999999').next_plus())
print(D('1.20E+5').normalize(), D('-0.00').normalize(), D('1.20E+999999').normalize(), D(0).logb(), D('123.4').logb())
for v in ['Inf', '-1.5', '0', '-0', '1e-999999', '1e-1000000', 'NaN', 'sNaN', '-1e-1000005']:
    d = D(v)
    print(v, d.number_class(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(),
          d.is_snan(), d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal())
print(D(123).rotate(2), D(123).rotate(-2), D(123).shift(2), D(123).shift(-1), D(123).shift(30),
      D('12345678901234567890123456789012').rotate(3))
print(D(1).scaleb(2), D('1.5').scaleb(-3), D(1).scaleb(D('2.0')), D('Inf').scaleb(5))
print(D('12.30').same_quantum(D('1.00')), D('Inf').same_quantum(D('-Inf')), D('NaN').same_quantum(1))
print(D('1.5').to_integral(), D('2.5').to_integral_value(), D('-2.5').to_integral_exact(ROUND_FLOOR),
      D('1E+3').to_integral(), D('2.5').to_integral(rounding=ROUND_UP))
print(D(10).remainder_near(3), D(11).remainder_near(3), D(-10).remainder_near(6), D(5).remainder_near(0))
print(D(2).fma(3, 4), D('1.5').fma(D('1E+30'), -1), D(1).fma(D('Inf'), D('sNaN')), D(0).fma(D('Inf'), 1))
print(getcontext().flags[InvalidOperation])
