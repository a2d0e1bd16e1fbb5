# Many data sets from a fixed generator: every exact function must give
# CPython's correctly rounded result, digit for digit.
import statistics as S
from fractions import Fraction

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


def data_set(kind, n):
    out = []
    for _ in range(n):
        r = rnd()
        if kind == "int":
            out.append(r % 1000 - 300)
        elif kind == "float":
            out.append((r % 10**9) / 7919.0 - 1000.0)
        elif kind == "tiny":
            out.append((r % 10**6) * 1e-300)
        elif kind == "huge":
            out.append((r % 10**6) * 1e300)
        elif kind == "frac":
            out.append(Fraction(r % 1000, r % 97 + 1))
        else:
            out.append((r % 10**6) / 1024)
    return out


checks = []
for kind in ["int", "float", "tiny", "huge", "frac", "binary"]:
    for n in [2, 3, 5, 10, 101]:
        d = data_set(kind, n)
        row = [kind, n]
        for f in (S.mean, S.median, S.median_low, S.median_high, S.variance, S.pvariance, S.stdev, S.pstdev):
            try:
                row.append(f(d))
            except Exception as e:
                row.append(type(e).__name__)
        if kind != "frac":
            row.append(S.fmean(d))
            row.append(S.median_grouped(d))
            row.append(S.quantiles(d, n=7))
            row.append(S.quantiles(d, n=5, method="inclusive"))
            pos = [abs(x) + 1 for x in d]
            row.append(S.harmonic_mean(pos))
            row.append(S.geometric_mean(pos))
            y = data_set(kind, n)
            try:
                row.append(S.covariance(d, y))
                row.append(S.correlation(d, y))
                row.append(S.linear_regression(d, y))
            except (S.StatisticsError, ValueError) as e:
                row.append(str(e))
        print(*map(repr, row))

nd = S.NormalDist(3.5, 1.25)
for i in range(1, 200):
    p = i / 200
    print(p, repr(nd.inv_cdf(p)), repr(nd.cdf(p * 8 - 1)), repr(nd.pdf(p * 8 - 1)))
for p in [1e-300, 1e-100, 1e-20, 1e-9, 0.02425, 0.075, 0.925, 1 - 1e-9, 1 - 2**-52]:
    print(p, repr(S.NormalDist().inv_cdf(p)))
for m2, s2 in [(3.2, 2.0), (3.2, 1.25), (-1, 0.1), (100, 50), (3.5, 1.25)]:
    print(repr(nd.overlap(S.NormalDist(m2, s2))))
