# adversarial: math.factorial(10**7) (about 28 MB, minutes of work) under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import math
for _ in range(1000):
    f = math.factorial(10**7)
raise ValueError("the factorial finished within the limits")
