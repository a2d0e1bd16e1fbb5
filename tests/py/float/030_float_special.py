inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308)
print(inf == float("Infinity"), float("-INF"), float("nAn"))
print(1 / inf, -1 / inf, inf // 1 if False else "skip")
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(max(1.0, inf), min(-inf, 0.0))
print(nan in [nan], [nan] == [nan])
x = nan
print(x is x, [x] == [x])
