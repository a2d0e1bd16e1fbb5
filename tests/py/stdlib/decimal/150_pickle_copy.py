# __reduce__ (what pickle uses), copy and deepcopy, DecimalTuple.
import copy
from decimal import Decimal, DecimalTuple, Context, Rounded
for v in ['1.23', '-0', 'NaN12', '-Infinity', '1E+100', 'sNaN']:
    d = Decimal(v)
    f, args = d.__reduce__()
    p = f(*args)
    print(repr(p), p.as_tuple() == d.as_tuple(), copy.copy(d) is d, copy.deepcopy(d) is d)
print(Decimal('1.5').__reduce__())
class M(Decimal):
    pass
m = M('2.5')
f, args = m.__reduce__()
print(type(f(*args)).__name__, type(copy.copy(m)).__name__, type(copy.deepcopy(m)).__name__)
f, args = Context(prec=7, flags=[Rounded]).__reduce__()
print(f(*args))
t = DecimalTuple(1, (1, 2), -1)
print(t, Decimal(t), t.sign, t.digits, t.exponent, Decimal('5').as_tuple()._fields)
