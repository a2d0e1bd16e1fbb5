# adversarial: random.randbytes of 256 MB under the memory cap
# cli: skip
# embedded: MemoryError
import random
x = random.randbytes(2**28 - 1)
raise ValueError("made %d random bytes" % len(x))
