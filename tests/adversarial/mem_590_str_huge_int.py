# adversarial: str() of a 10**8-bit int with the digit limit off under a deadline
# cli: skip
# embedded: Deadline
import sys
sys.set_int_max_str_digits(0)
x = (1 << 10**8) - 1
s = str(x)
raise ValueError("the conversion finished before the deadline")
