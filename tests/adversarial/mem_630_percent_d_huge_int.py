# adversarial: '%d' % n of a 10**8-bit int with the digit limit off under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import sys
sys.set_int_max_str_digits(0)
x = (1 << 10**8) - 1
for _ in range(1000):
    s = '%d' % x
raise ValueError("the conversion finished within the limits")
