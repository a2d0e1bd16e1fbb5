# adversarial: os.urandom(10**12)
# cli: MemoryError
# embedded: MemoryError
import os
x = os.urandom(10**12)
raise ValueError("made %d random bytes" % len(x))
