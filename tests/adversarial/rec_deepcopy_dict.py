# adversarial: copy.deepcopy of a dict nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import copy
d = {}
for _ in range(100000):
    d = {'k': d}
copy.deepcopy(d)
