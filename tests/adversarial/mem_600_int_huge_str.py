# adversarial: int() of 10**7 decimal digits with the digit limit off under a deadline
# cli: skip
# embedded: Deadline
import sys
sys.set_int_max_str_digits(0)
s = "7" * 10**7
x = int(s)
raise ValueError("the conversion finished before the deadline")
