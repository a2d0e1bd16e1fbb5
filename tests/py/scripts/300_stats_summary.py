"""Summary statistics by hand: Counter for the mode, sorted for the median."""
from collections import Counter
from functools import reduce
import math

data = [2, 4, 4, 4, 5, 5, 7, 9, 12, 4, 5, 6, 3, 8, 5, 4]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
counts = Counter(data)
top = max(counts.values())
modes = sorted(k for k, v in counts.items() if v == top)
var = sum((x - mean) ** 2 for x in data) / n
print(f"n={n} mean={mean:.4f} median={median} modes={modes}")
print(f"pvariance={var:.4f} pstdev={math.sqrt(var):.4f}")
print("geometric mean: %.4f" % math.exp(sum(map(math.log, data)) / n))
print("product:", reduce(lambda a, b: a * b, data))
q = [s[int(p * (n - 1))] for p in (0.25, 0.5, 0.75)]
print("quartiles:", q, "range:", s[-1] - s[0])
for value, count in sorted(counts.items()):
    print(f"{value:3} {'=' * count}")
