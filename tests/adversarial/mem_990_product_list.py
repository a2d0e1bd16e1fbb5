# adversarial: list(itertools.product(*[range(10)] * 30)): 10**30 tuples
# cli: skip
# embedded: MemoryError|Deadline|Fuel
import itertools
x = list(itertools.product(*[range(10)] * 30))
raise ValueError("the product was listed")
