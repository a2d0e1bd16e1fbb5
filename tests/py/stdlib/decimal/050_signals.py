# The signal hierarchy, flags, traps and the exceptions raised.
from decimal import *
for s in [Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
          DivisionImpossible, DivisionUndefined, Inexact, InvalidContext,
          Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    print(s.__name__, [b.__name__ for b in s.__mro__[1:-3]])
print(issubclass(DivisionByZero, ZeroDivisionError),
      issubclass(FloatOperation, TypeError))
def show(f):
    getcontext().clear_flags()
    try:
        r = f()
    except DecimalException as e:
        r = '%s %s' % (type(e).__name__, e)
    print(r, sorted(s.__name__ for s, v in getcontext().flags.items() if v))
D = Decimal
show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D('Inf') - D('Inf'))
show(lambda: D('9e999999') * 10)
show(lambda: D(1) / 3)
show(lambda: D('NaN') < 1)
show(lambda: D('sNaN') + 1)
show(lambda: D('sNaN') == 1)
show(lambda: D(1) < 1.5)
show(lambda: D(1) == 1.5)
c = getcontext()
c.traps[Inexact] = True
c.traps[Rounded] = True
show(lambda: D(1) / 3)
c.traps[Inexact] = False
show(lambda: D(1) / 3)
c.traps[Rounded] = False
c.traps[Underflow] = c.traps[Subnormal] = c.traps[Inexact] = True
show(lambda: D('1e-999999') / 3)
c.traps[Inexact] = False
show(lambda: D('1e-999999') / 3)
c.traps[Underflow] = False
show(lambda: D('1e-999999') / 3)
c.traps[Subnormal] = False
c.traps[InvalidOperation] = False
show(lambda: D('x'))
show(lambda: D(0) / 0)
show(lambda: divmod(D(5), 0))
c.traps[FloatOperation] = True
show(lambda: D(1.5))
show(lambda: D(1) == 1.5)
show(lambda: D(1) < 1.5)
show(lambda: D.from_float(1.5))
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().flags[Inexact])
