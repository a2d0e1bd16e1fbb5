# adversarial: 1 / Decimal(7) at a precision of 10**9 digits: refused as a MemoryError before the work
# cli: MemoryError
# embedded: MemoryError
import decimal
decimal.getcontext().prec = 10**9
x = 1 / decimal.Decimal(7)
