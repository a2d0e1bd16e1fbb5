# Context attributes, validation, repr, copies and the standard contexts.
from decimal import *
c = Context()
print(c)
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
c = Context(prec=10, rounding=ROUND_DOWN, Emin=-20, Emax=20, capitals=0,
            clamp=1, flags=[Inexact], traps=[Rounded, Clamped])
print(c, c.Etiny(), c.Etop())
for name, value in [('prec', 0), ('prec', 'a'), ('rounding', 'x'),
                    ('Emin', 1), ('Emax', -1), ('clamp', 2),
                    ('capitals', 2), ('foo', 1)]:
    try:
        setattr(c, name, value)
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    del c.prec
except AttributeError as e:
    print(type(e).__name__, e)
for kw in [dict(prec=-1), dict(flags=[1]), dict(traps={Rounded: 1})]:
    try:
        Context(**kw)
    except Exception as e:
        print(type(e).__name__, e)
d = c.copy()
d.prec = 3
print(c.prec, d.prec, d.flags[Inexact], d.traps[Rounded])
c.clear_flags()
c.clear_traps()
print(c)
print(c.flags)
print(len(c.traps), list(c.traps)[:3], Inexact in c.flags)
try:
    c.flags['x'] = True
except KeyError as e:
    print(type(e).__name__, e)
print(repr(c.create_decimal('1.23456789012345')), c.radix())
import copy
e = copy.copy(c)
print(e is c, e.prec, repr(e) == repr(c))
