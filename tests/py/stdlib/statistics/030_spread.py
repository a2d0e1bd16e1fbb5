import statistics as S
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(S.variance(data), S.pvariance(data), S.stdev(data), S.pstdev(data))
print(S.variance([1, 2, 3]), S.pvariance([1, 2, 3]), S.variance([1, 2, 3, 4], 2.5), S.variance([1, 2, 3, 4], 0), S.variance([1.0, 2, 3, 4], 0))
print(S.pvariance([1, 2, 3, 4, 5.5], mu=3), S.stdev([1, 2], 1), S.stdev([1, 2], 1.5), S.pstdev([1, 2, 4]))
print(S.variance([F(1, 3), F(2, 3), 1]), S.pvariance([F(1, 4), F(3, 4)]), S.stdev([F(1, 3), F(2, 3), 1]), S.pstdev([F(1), F(3)]))
print(S.variance([1, float("nan"), 3]), S.variance([1, float("inf"), 3]), S.variance([1, float("nan")], 1))
print(S.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), S.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(S.stdev(range(1000)), S.pstdev([10**20, 10**20 + 2]), S.variance([10**20, 10**20 + 2]))
print(S.stdev([1e-200, 3e-200, 5e-200]), S.stdev([1e200, 3e200]), S.pstdev([0, 0, 0]), S.variance([7, 7]))
print(type(S.variance([1, 2, 3])).__name__, type(S.pvariance([1, 2, 3])).__name__, type(S.stdev([1, 3])).__name__, type(S.variance([F(1), 2])).__name__)
for bad in ["S.variance([1])", "S.pvariance([])", "S.stdev([1])", "S.pstdev([])", "S.variance([1, 2], 'x')",
            "S.variance(['a', 'b'])", "S.mean(['a'])", "S.mean([1, 'a'])", "S.stdev([1, float('nan')])", "S.pstdev([float('inf')])"]:
    try:
        print(bad, "->", eval(bad))
    except (S.StatisticsError, TypeError, AttributeError) as e:
        print(bad, "->", type(e).__name__, e)
