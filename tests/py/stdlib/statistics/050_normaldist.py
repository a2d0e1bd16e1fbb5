import statistics as S
from statistics import NormalDist

nd = NormalDist(100, 15)
print(nd, repr(NormalDist()), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.cdf(130), nd.pdf(130), nd.inv_cdf(0.9), nd.zscore(130), nd.quantiles(), nd.quantiles(10))
print([NormalDist().inv_cdf(p) for p in (0.001, 0.02, 0.3, 0.5, 0.7, 0.98, 0.999, 1e-10, 1 - 1e-12)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 1.6)))
print(NormalDist(1, 2) + NormalDist(3, 4), NormalDist(1, 2) - NormalDist(3, 4), NormalDist(1, 2) * 3, 3 * NormalDist(1, 2))
print(3 - NormalDist(1, 2), 3 + NormalDist(1, 2), -NormalDist(1, 2), +NormalDist(1, 2), NormalDist(1, 2) / 2, NormalDist(1, 2) * -2)
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(iter([1, 2, 3, 4])))
print(NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist() == 1, NormalDist() != NormalDist(0, 2), hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)))
print(NormalDist(0, 0), NormalDist().quantiles(1), NormalDist().quantiles(0))


class Mine(NormalDist):
    pass


print(Mine(1, 2), type(Mine(1, 2) + 1).__name__, Mine.from_samples([1, 2, 3]))
import copy
print(copy.copy(nd), copy.deepcopy(nd), nd.__getstate__())
for bad in ["NormalDist(0, -1)", "NormalDist.from_samples([1])", "NormalDist().inv_cdf(0)", "NormalDist().inv_cdf(1.5)",
            "NormalDist(1, 0).pdf(1)", "NormalDist(1, 0).cdf(1)", "NormalDist(1, 0).inv_cdf(0.5)", "NormalDist().overlap(1)",
            "NormalDist().overlap(NormalDist(0, 0))", "NormalDist(0, 0).zscore(1)", "NormalDist(1, 2) + 'x'", "NormalDist(1, 2) * 'x'"]:
    try:
        print(bad, "->", eval(bad))
    except (S.StatisticsError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
try:
    NormalDist().x = 1
except AttributeError as e:
    print("AttributeError", e)
