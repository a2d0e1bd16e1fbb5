# Table: operations x rounding modes x precisions on generated operands;
# every result and the flags it raised.
from decimal import *
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
seed = 2024
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n
def operand():
    k = rand(20)
    if k == 0:
        return ['0', '-0', 'Inf', '-Inf', 'NaN', '0E-3'][rand(6)]
    digits = ''.join(str(rand(10)) for _ in range(1 + rand(14))).lstrip('0') or '5'
    return '%s%sE%d' % ('-' if rand(4) == 0 else '', digits, rand(40) - 22)
ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
       'remainder_near', 'quantize', 'max', 'min', 'compare', 'fma', 'sqrt', 'plus',
       'minus', 'exp', 'ln', 'log10', 'power', 'next_plus', 'normalize',
       'to_integral_exact']
one_arg = {'sqrt', 'plus', 'minus', 'exp', 'ln', 'log10', 'next_plus', 'normalize',
           'to_integral_exact'}
def flags(c):
    return ''.join(s.__name__[:3] for s in c.flags if c.flags[s])
lines = 0
for prec in [1, 3, 7, 16, 28]:
    for op in ops * 3:
        a, b, d = operand(), operand(), operand()
        if op == 'power':
            b = ['2', '-3', '0.5', '1.5', '7', '-0.25'][rand(6)]
            a = a.lstrip('-')
        row = []
        for m in modes:
            c = Context(prec=prec, rounding=m, Emin=-30, Emax=30, traps=[])
            if op in one_arg:
                args = (Decimal(a),)
            elif op == 'fma':
                args = (Decimal(a), Decimal(b), Decimal(d))
            else:
                args = (Decimal(a), Decimal(b))
            r = getattr(c, op)(*args)
            row.append('%s/%s' % (r, flags(c)))
        print(prec, op, a, b if op not in one_arg else '', ' '.join(row))
        lines += 1
print(lines, 'rows')
