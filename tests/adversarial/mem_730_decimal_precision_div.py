# adversarial: 1 / Decimal(7) at a precision of 10**7 digits under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import decimal
decimal.getcontext().prec = 10**7
for _ in range(1000):
    x = 1 / decimal.Decimal(7)
raise ValueError("the division finished within the limits")
