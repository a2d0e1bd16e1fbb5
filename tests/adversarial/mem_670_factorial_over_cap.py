# adversarial: math.factorial(10**9): its size (about 3.5 GB) is estimated first and refused under the cap
# cli: skip
# embedded: Memory
import math
f = math.factorial(10**9)
