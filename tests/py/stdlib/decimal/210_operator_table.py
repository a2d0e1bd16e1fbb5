# Table: the operators (+ - * / < == unary, quantize, str, hash) under the
# current context, for each rounding mode and precisions around 19 and 38
# digits, on operands of 1 to 45 digits with exponents near Emin and Emax.
from decimal import *
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
seed = 77
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n
def operand():
    k = rand(25)
    if k == 0:
        return ['0', '-0', '0E-40', '0E+25', '5', '-1'][rand(6)]
    digits = ''.join(str(rand(10)) for _ in range(1 + rand(45))).lstrip('0') or '7'
    return '%s%sE%d' % ('-' if rand(3) == 0 else '', digits, rand(110) - 60)
def flags(c):
    return ''.join(s.__name__[:3] for s in c.flags if c.flags[s])
ops = ['+', '-', '*', '/', 'q', 'cmp', 'neg', 'int+', '*int', 'int/']
rows = 0
for prec in [1, 5, 18, 19, 20, 28, 36, 37, 39]:
    for op in ops * 2:
        a, b = Decimal(operand()), Decimal(operand())
        n = rand(2000) - 1000
        row = []
        for m in modes:
            clamp = rand(4) == 0
            with localcontext(Context(prec=prec, rounding=m, Emin=-40, Emax=40,
                                      clamp=clamp, traps=[])) as c:
                try:
                    if op == '+': r = a + b
                    elif op == '-': r = a - b
                    elif op == '*': r = a * b
                    elif op == '/': r = a / b
                    elif op == 'q': r = a.quantize(Decimal('1E%d' % (rand(30) - 15)), rounding=m)
                    elif op == 'cmp': r = '%s%s%s' % (a < b, a == b, a >= b)
                    elif op == 'neg': r = '%s,%s,%s' % (-a, +a, abs(a))
                    elif op == 'int+': r = n + a
                    elif op == '*int': r = a * n
                    else: r = n / a
                except Exception as e:
                    r = type(e).__name__
                row.append('%s/%s%s' % (r, flags(c), 'c' if clamp else ''))
        print(prec, op, a, b, n, ' '.join(row))
        rows += 1
print(rows, 'rows')
