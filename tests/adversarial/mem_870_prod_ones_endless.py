# adversarial: math.prod of an endless iterator of ones (a native loop that never grows)
# cli: skip
# embedded: Deadline|Fuel
import itertools, math
p = math.prod(itertools.repeat(1))
