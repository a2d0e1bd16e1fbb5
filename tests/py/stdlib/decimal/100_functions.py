# exp, ln, log10, sqrt and power: correctly rounded, exact cases.
from decimal import *
D = Decimal
c = getcontext()
for v in ['1', '2', '0.5', '10', '-1', '100', '1e-10', '-20.5', '123.456', '0']:
    d = D(v)
    print(v, d.exp(), d.sqrt() if d >= 0 else '-', d.ln() if d > 0 else '-',
          d.log10() if d > 0 else '-')
print(D('1000').log10(), D('0.001').log10(), D('1.000').ln(), D('1.000').log10())
print(D('-0').sqrt(), D('0E-3').sqrt(), D('100').sqrt(), D('1E+2').sqrt(),
      D('0.0400').sqrt(), D('1.0000').sqrt())
print(D(4) ** D('0.5'), D(2) ** D('0.5'), D('1.10') ** 3, D(10) ** -3, D('0.1') ** -2)
print(D('-0') ** 3, D('-0') ** -3, D('-Inf') ** 3, D('-Inf') ** -3, D('0.5') ** D('Inf'))
print(D('Inf').exp(), D('-Inf').exp(), D('Inf').ln(), D(0).ln(), D('Inf').sqrt())
c.traps[InvalidOperation] = False
print(D(-1).ln(), D(-4).sqrt(), D(0) ** 0, D(-2) ** D('0.5'), D(-1).log10())
for p in [5, 9, 50]:
    with localcontext(prec=p):
        print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(7).log10(), D(3) ** D('1.5'))
with localcontext(rounding=ROUND_UP) as ctx:
    print(ctx.sqrt(2), ctx.power(2, D('0.5')), ctx.exp(1), ctx.ln(2))
with localcontext(Emax=100, Emin=-100, traps=[]):
    print(D(1000).exp(), D(-1000).exp(), D(10) ** 200, D(10) ** -200)
