# adversarial: an array.array repeated 10**13 times
# cli: MemoryError
# embedded: MemoryError
import array

a = array.array('q', [0]) * (10 ** 13)
