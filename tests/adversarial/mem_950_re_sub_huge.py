# adversarial: re.sub replacing each of 10**6 matches by 10**4 characters (10**10 characters of result)
# cli: skip
# embedded: MemoryError
import re
x = re.sub('a', 'x' * 10**4, 'a' * 10**6)
raise ValueError("the substitution finished: %d" % len(x))
