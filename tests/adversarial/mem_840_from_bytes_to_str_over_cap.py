# adversarial: str() of a 20 MB int (from int.from_bytes), the digit limit off: its text (50 MB) is refused under the cap
# cli: skip
# embedded: Memory
import sys
sys.set_int_max_str_digits(0)
x = int.from_bytes(b'\xff' * (20 << 20), 'big')
s = str(x)
