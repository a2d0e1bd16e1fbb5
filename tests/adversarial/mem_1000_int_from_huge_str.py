# adversarial: int() of a 10**7-digit string (digit limit off) under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import sys
sys.set_int_max_str_digits(0)
s = '7' * 10**7
for _ in range(1000):
    n = int(s)
raise ValueError("the conversion finished within the limits")
