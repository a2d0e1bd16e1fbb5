# adversarial: json.dumps of a list holding one 1 MB string 10**6 times (10**12 characters)
# cli: skip
# embedded: MemoryError
import json
s = 'x' * 10**6
x = json.dumps([s] * 10**6)
raise ValueError("the json was made: %d" % len(x))
