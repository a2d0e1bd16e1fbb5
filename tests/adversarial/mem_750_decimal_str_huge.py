# adversarial: str() of a Decimal with a 10**8-bit coefficient under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import decimal
d = decimal.Decimal((1 << 10**8) - 1)
for _ in range(1000):
    s = str(d)
raise ValueError("the conversion finished within the limits")
