# adversarial: re.sub of the empty pattern over 10**6 characters with a 10**4-character replacement
# cli: skip
# embedded: MemoryError
import re
x = re.sub('', 'x' * 10**4, 'a' * 10**6)
raise ValueError("the substitution finished: %d" % len(x))
