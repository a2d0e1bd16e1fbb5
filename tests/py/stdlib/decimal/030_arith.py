# The operators with Decimals and ints on either side; floats are refused.
from decimal import Decimal as D, getcontext
a, b = D('12.345'), D('-3.2')
for x, y in [(a, b), (b, a), (a, 7), (7, a), (D('1E+3'), D('1E-3')),
             (D('0.1'), D('0.2')), (D('-0'), D('0.5')), (D('1.00'), D('3'))]:
    print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
print(-a, +a, abs(b), -D('0'), +D('-0'), abs(D('-0.00')))
print(D(2) ** 10, D('1.1') ** 3, D(2) ** -2, D('2.0') ** 2, 2 ** D(3),
      pow(D(3), 4, 5), pow(D(-3), 3, 5))
print(D(7) // -2, D(-7) % 2, D(-7) // 2, 7 // D(-2))
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1)
for op in ['+', '*', '/', '<']:
    try:
        eval('D(1) %s 1.5' % op)
        print(op, 'ok')
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    D(1) + 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(getcontext().flags)
