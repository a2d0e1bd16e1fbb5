# quantize: rounding, exponents and its InvalidOperation rules.
from decimal import *
c = getcontext()
c.traps[InvalidOperation] = False
D = Decimal
def show(f):
    c.clear_flags()
    r = f()
    print(repr(r), sorted(s.__name__ for s, v in c.flags.items() if v))
show(lambda: D('1.23456').quantize(D('0.01')))
show(lambda: D('1.235').quantize(D('0.01'), rounding=ROUND_DOWN))
show(lambda: D(5).quantize(D('1e-30')))
show(lambda: D(5).quantize(D('1e-27')))
show(lambda: D('Inf').quantize(D('Inf')))
show(lambda: D('Inf').quantize(D('1')))
show(lambda: D('1').quantize(D('NaN')))
show(lambda: D('1e-999999').quantize(D('1e-1000027')))
show(lambda: D('1e-999999').quantize(D('1e-1000026')))
show(lambda: D('1e-1000000').quantize(D('1e-1000001')))
show(lambda: D('1e999999').quantize(D('1e1000000')))
show(lambda: D('-0.001').quantize(D('0.1')))
show(lambda: D('123.456').quantize(D('1E+2')))
show(lambda: D('0').quantize(D('1E+5')))
show(lambda: D('7.5').quantize(1))
show(lambda: Context(prec=5, Emax=10, clamp=1).quantize(D('7E2'), D('1')))
c.traps[InvalidOperation] = True
try:
    D('1e10').quantize(D('1e-20'))
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    D(1).quantize(D(1), rounding='bad')
except TypeError as e:
    print(type(e).__name__, e)
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('1.2345'), 2),
      round(D('1234.5'), -2), repr(round(D('1.5'), 0)))
for bad in ['Inf', 'NaN']:
    try:
        round(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
