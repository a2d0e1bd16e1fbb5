# localcontext (with 3.11 keyword arguments), setcontext, getcontext.
from decimal import *
D = Decimal
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 7, getcontext() is ctx)
print(D(1) / 7)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(D(1) / 7, ctx.prec, ctx.rounding)
with localcontext(Context(prec=4), Emax=5) as ctx:
    print(ctx, D(2).sqrt())
    try:
        D(10) ** 10
    except Overflow as e:
        print(type(e).__name__, e)
for kw in [dict(prec='x'), dict(rounding='bad'), dict(foo=1), dict(prec=0)]:
    try:
        with localcontext(**kw):
            pass
    except Exception as e:
        print(type(e).__name__, e)
try:
    localcontext(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setcontext('x')
except TypeError as e:
    print(type(e).__name__, e)
new = Context(prec=6)
setcontext(new)
print(getcontext() is new, D(1) / 3)
setcontext(DefaultContext)
print(D(1) / 3)
with localcontext(traps=[Inexact]):
    try:
        D(1) / 3
    except Inexact as e:
        print(type(e).__name__, e)
print(getcontext().traps[Inexact])
