import statistics as S
from decimal import Decimal as D
from fractions import Fraction as F

data = [D("1.5"), D("2.5"), D("4"), D("0.25")]
print(S.mean(data), S.median(data), S.variance(data), S.stdev(data), S.pvariance(data), S.pstdev(data))
print(S.harmonic_mean([D("2"), D("4")]), S.mean([D(1), 2, True]), type(S.mean([D(1), 2])).__name__)
try:
    S.mean([D(1), 1.5])
except TypeError as e:
    print("TypeError", e)
try:
    S.mean([D(1), F(1, 2)])
except TypeError as e:
    print("TypeError", e)
print(S.NormalDist(1, 2).samples(5, seed=42))
print(S.NormalDist().samples(3, seed="seed"))
print(len(S.NormalDist().samples(10)))
