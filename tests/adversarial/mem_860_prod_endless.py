# adversarial: math.prod of an endless iterator (a native loop; the product grows without end)
# cli: skip
# embedded: Deadline|Fuel|Memory
import itertools, math
p = math.prod(itertools.count(1))
