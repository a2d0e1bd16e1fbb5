import statistics as S
from fractions import Fraction as F

print(S.mean([1, 2, 3, 4, 4]), S.mean([-1.0, 2.5, 3.25, 5.75]), S.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(S.mean([1, 3]), S.mean([1, 2]), S.mean([True, False, True]), S.mean(iter([1, 2, 3, 4])), S.mean(range(10)))
print(S.mean([F(1, 3), 1, True]), S.mean([F(1, 3), 0.5]), S.mean([1e308, 1e308]), S.mean([0.1] * 10))
print(S.mean([1, float("inf")]), S.mean([float("inf"), float("-inf")]), S.mean([1, float("nan")]))
print(S.fmean([3.5, 4.0, 5.25]), S.fmean(iter([1, 2, 3])), S.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), S.fmean(range(1, 11), iter(range(1, 11))))
print(S.geometric_mean([54, 24, 36]), S.geometric_mean([1, 10, 100]), S.geometric_mean(iter([2.0, 8.0])))
print(S.harmonic_mean([40, 60]), S.harmonic_mean([2.5, 3, 10]), S.harmonic_mean([40, 60], weights=[5, 30]), S.harmonic_mean([0, 1]))
print(S.harmonic_mean([F(1, 2), 1]), S.harmonic_mean([5]), S.harmonic_mean([F(1, 3)]), S.harmonic_mean([1, 2, 4], [1, 1, 2]))
print(type(S.mean([1, 2])).__name__, type(S.mean([1, 3])).__name__, type(S.mean([F(1), 2])).__name__, type(S.harmonic_mean([1, 2])).__name__)


class MyFloat(float):
    pass


print(type(S.mean([MyFloat(1.5), 2])).__name__, type(S.mean([1.5, MyFloat(2)])).__name__, S.mean([MyFloat(1.5), 2]))
