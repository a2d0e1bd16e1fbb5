import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.tau == 2 * math.pi, math.isinf(math.inf), math.isnan(math.nan), type(math.pi).__name__)
