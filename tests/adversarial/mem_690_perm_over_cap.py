# adversarial: math.perm(10**100, 10**7): its size (about 400 MB) is estimated first and refused under the cap
# cli: skip
# embedded: Memory
import math
p = math.perm(10**100, 10**7)
