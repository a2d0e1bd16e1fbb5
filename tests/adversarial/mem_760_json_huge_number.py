# adversarial: json.loads of 10**7 digits with the digit limit off under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import json, sys
sys.set_int_max_str_digits(0)
s = '7' * 10**7
for _ in range(1000):
    x = json.loads(s)
raise ValueError("the conversion finished within the limits")
