# decimal: a money ledger (additions, multiplications and quantize to cents
# under a local context) and 300 digits of pi by Machin's formula.
from decimal import Decimal, localcontext, ROUND_HALF_UP, getcontext

CENT = Decimal('0.01')


def ledger(n):
    rates = [Decimal('0.0725'), Decimal('0.19'), Decimal('0.05'),
             Decimal('0.2')]
    balance = Decimal('0.00')
    tax_total = Decimal('0.00')
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        amount = Decimal(seed % 1000000) / 100
        qty = seed % 7 + 1
        rate = rates[i % 4]
        net = (amount * qty).quantize(CENT, rounding=ROUND_HALF_UP)
        tax = (net * rate).quantize(CENT, rounding=ROUND_HALF_UP)
        if i % 5 == 0:
            balance -= net + tax
        else:
            balance += net + tax
        tax_total += tax
    return balance, tax_total


def arctan_inv(x, digits):
    """arctan(1/x) to `digits` digits."""
    with localcontext() as ctx:
        ctx.prec = digits + 5
        x = Decimal(x)
        x2 = x * x
        term = 1 / x
        total = term
        n = 1
        sign = -1
        eps = Decimal(10) ** -(digits + 3)
        while term > eps:
            term /= x2
            n += 2
            total += sign * term / n
            sign = -sign
        return total


def machin_pi(digits):
    with localcontext() as ctx:
        ctx.prec = digits + 5
        pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    with localcontext() as ctx:
        ctx.prec = digits
        return +pi


balance, taxes = ledger(300000)
print(balance, taxes)
pi = machin_pi(300)
for _ in range(12):
    pi2 = machin_pi(300)
print(str(pi)[:40], str(pi)[-20:], pi == pi2)
print(getcontext().prec)
