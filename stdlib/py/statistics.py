"""Basic statistics of numeric data: averages, spread, relations between
two variables, and the normal distribution (`NormalDist`).

The functions that CPython computes exactly (`mean`, `variance`, `stdev`,
`harmonic_mean`, their population forms) work on the exact rational value
of every data point (`as_integer_ratio`), so the result is the correctly
rounded answer, given in the type of the data: ints stay ints when the
answer is whole, Fractions stay Fractions, Decimals stay Decimals, and a
float anywhere makes a float. The `f`-functions (`fmean`,
`geometric_mean`, `covariance`, `correlation`, `linear_regression`) work
in floats with `math.fsum`.
"""

import math
import numbers
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from operator import mul

__all__ = [
    "NormalDist",
    "StatisticsError",
    "correlation",
    "covariance",
    "fmean",
    "geometric_mean",
    "harmonic_mean",
    "linear_regression",
    "mean",
    "median",
    "median_grouped",
    "median_high",
    "median_low",
    "mode",
    "multimode",
    "pstdev",
    "pvariance",
    "quantiles",
    "stdev",
    "variance",
]


class StatisticsError(ValueError):
    pass


# Decimal without importing `decimal`: only data that holds Decimals can
# need it, and then the module is loaded already.


class _NoDecimal:
    pass


def _decimal_type():
    dec = sys.modules.get("decimal")
    return dec.Decimal if dec is not None else _NoDecimal


# ---------------------------------------------------------------------------
# Exact sums


def _ratio(x):
    """x as (numerator, denominator) exactly; (x, None) for an infinity or
    a NaN, which have no ratio."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # inf or nan: kept as themselves.
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _result_type(T, S):
    """The type of a result that mixes data of types T and S."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _exact_sum(data):
    """(T, total, count): the exact sum of the data as a Fraction (a float
    if an infinity or NaN is among them), the type to give results in, and
    how many there were. Points are added by denominator, so that the sum
    of many floats costs few Fraction operations."""
    T = int
    count = 0
    by_den = {}
    last_type = None
    for x in data:
        S = type(x)
        if S is not last_type:
            T = _result_type(T, S)
            last_type = S
        n, d = _ratio(x)
        count += 1
        by_den[d] = by_den.get(d, 0) + n
    if None in by_den:
        total = by_den[None]
    else:
        total = sum((Fraction(n, d) for d, n in by_den.items()), Fraction(0))
    return T, total, count


def _squares(data, c=None):
    """(T, ss, count): the sum of squared deviations of the data, exactly,
    from their own mean, or from c if given (then each deviation is
    computed as x - c in the data's own arithmetic, as CPython does)."""
    if c is not None:
        return _exact_sum((x - c) * (x - c) for x in data)
    T = int
    count = 0
    sx = {}
    sxx = {}
    last_type = None
    for x in data:
        S = type(x)
        if S is not last_type:
            T = _result_type(T, S)
            last_type = S
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, Fraction(0), 0
    if None in sx:
        return T, sx[None], count
    total = sum((Fraction(n, d) for d, n in sx.items()), Fraction(0))
    total_sq = sum((Fraction(n, d * d) for d, n in sxx.items()), Fraction(0))
    # sum((x - mean)**2) == sum(x*x) - sum(x)**2 / n, exactly.
    return T, (count * total_sq - total * total) / count, count


def _in_type(value, T):
    """The exact `value` (a Fraction) given as type T: a float when T is
    int but the value is not whole."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, _decimal_type()):
            return T(value.numerator) / T(value.denominator)
        raise


def _float_sqrt(n, m):
    """sqrt(n / m) correctly rounded to a float, for ints n >= 0, m > 0."""
    if n == 0:
        return 0.0
    # Scale n/m by 4**k so its integer square root has at least 55 bits,
    # round to odd (so one final rounding to 53 bits is exact), and scale
    # back by 2**-k.
    k = max(0, (110 - (n.bit_length() - m.bit_length())) // 2 + 1)
    q, r = divmod(n << (2 * k), m)
    root = math.isqrt(q)
    if r or root * root != q:
        root |= 1
    return math.ldexp(float(root), -k)


def _decimal_sqrt(n, m):
    """sqrt(n / m) as a Decimal of the current context, correctly rounded."""
    Decimal = _decimal_type()
    if n <= 0:
        if not n:
            return Decimal("0.0")
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    # The quotient was rounded once already: check the neighbours of the
    # root against the exact value.
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np_, dp = plus.as_integer_ratio()
    # Is (root + plus) / 2 squared above n/m?  Compare exactly.
    mid_n = nr * dp + np_ * dr
    mid_d = 2 * dr * dp
    if mid_n * mid_n * m < n * mid_d * mid_d:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    mid_n = nr * dm + nm * dr
    mid_d = 2 * dr * dm
    if mid_n * mid_n * m > n * mid_d * mid_d:
        return minus
    return root


def _as_list(data):
    return data if isinstance(data, (list, tuple)) else list(data)


# ---------------------------------------------------------------------------
# Averages


def mean(data):
    """The arithmetic mean of data, exactly, in the data's type.

    >>> mean([1, 2, 3, 4, 4])
    2.8
    """
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _in_type(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean of data as floats (faster than mean), with
    optional weights.

    >>> fmean([3.5, 4.0, 5.25])
    4.25
    """
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    num = fsum(map(mul, data, weights))
    if n != nw:
        raise StatisticsError("data and weights must be the same length")
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float.

    >>> round(geometric_mean([54, 24, 36]), 9)
    36.0
    """
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The harmonic mean of data (the reciprocal of the mean of the
    reciprocals), with optional weights; 0 if a value is 0.

    >>> harmonic_mean([40, 60])
    48.0
    """
    negative = "harmonic mean does not support negative values"
    data = _as_list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (numbers.Real, _decimal_type())):
            raise TypeError("unsupported type")
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        weights = [1] * n
        weight_sum = n
    else:
        weights = _as_list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, weight_sum, _ = _exact_sum(_no_negatives(weights, negative))
    try:
        positive = _no_negatives(data, negative)
        T, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, positive))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _in_type(weight_sum / total, T)


def median(data):
    """The middle value of data, or the mean of the two middle values.

    >>> median([1, 3, 5, 7])
    4.0
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data: the 50th percentile, by
    interpolation within the class (of width `interval`) that holds it.

    >>> median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
    3.7
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float") from None
    # The class holding the median is [x - interval/2, x + interval/2);
    # cf points lie below it and f inside it.
    cf = bisect_left(data, x)
    f = bisect_right(data, x, lo=cf) - cf
    lower = x - interval / 2
    return lower + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value of discrete or nominal data (the first one
    met if several are as common).

    >>> mode(["red", "blue", "blue", "red", "green", "red"])
    'red'
    """
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError("no mode for empty data")
    return top[0][0]


def multimode(data):
    """Every most common value, in the order first met ([] for no data).

    >>> multimode("aabbbbbbbbcc")
    ['b']
    """
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, c in counts.items() if c == most]


def quantiles(data, *, n=4, method="exclusive"):
    """The n-1 cut points dividing data into n intervals of equal
    probability, by linear interpolation; `method` is 'exclusive' (the
    data are a sample of a wider population) or 'inclusive' (the data
    hold the population's extremes).

    >>> quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    [2.75, 5.5, 8.25]
    """
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---------------------------------------------------------------------------
# Spread


def variance(data, xbar=None):
    """The sample variance of data (n - 1 in the denominator), exactly;
    xbar, if given, is taken as the mean.

    >>> variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
    1.3720238095238095
    """
    T, ss, n = _squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _in_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data (n in the denominator), exactly;
    mu, if given, is taken as the mean.

    >>> pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
    1.25
    """
    T, ss, n = _squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _in_type(ss / n, T)


def _sqrt_in_type(ms, T):
    if issubclass(T, _decimal_type()):
        return _decimal_sqrt(ms.numerator, ms.denominator)
    return _float_sqrt(ms.numerator, ms.denominator)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of the sample
    variance, correctly rounded.

    >>> stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    1.0810874155219827
    """
    T, ss, n = _squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_in_type(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation: the square root of the
    population variance, correctly rounded.

    >>> pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    0.986893273527251
    """
    T, ss, n = _squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_in_type(ss / n, T)


# ---------------------------------------------------------------------------
# Two variables


def covariance(x, y, /):
    """The sample covariance of two inputs of the same length.

    >>> covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])
    0.75
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs of the same length.

    >>> correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])
    -1.0
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    dx = [xi - xbar for xi in x]
    dy = [yi - ybar for yi in y]
    sxy = fsum(a * b for a, b in zip(dx, dy))
    sxx = fsum(a * a for a in dx)
    syy = fsum(b * b for b in dy)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with
    proportional=True, of the line through the origin.

    >>> linear_regression([1, 2, 3], [2, 4, 6])
    LinearRegression(slope=2.0, intercept=0.0)
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        dx, dy = x, y
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        dx = [xi - xbar for xi in x]
        dy = [yi - ybar for yi in y]
    sxy = fsum(a * b for a, b in zip(dx, dy))
    sxx = fsum(a * a for a in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational
# approximations of the normal quantile function, good to about 1e-16.
# Central region |p - 0.5| <= 0.425, in r = 0.180625 - q*q:
_AS241_A = (
    3.387132872796366608,
    1.3314166789178437745e2,
    1.9715909503065514427e3,
    1.3731693765509461125e4,
    4.5921953931549871457e4,
    6.7265770927008700853e4,
    3.3430575583588128105e4,
    2.5090809287301226727e3,
)
_AS241_B = (
    1.0,
    4.2313330701600911252e1,
    6.8718700749205790830e2,
    5.3941960214247511077e3,
    2.1213794301586595867e4,
    3.9307895800092710610e4,
    2.8729085735721942674e4,
    5.2264952788528545610e3,
)
# Intermediate tails, r = sqrt(-log(min(p, 1 - p))) - 1.6 for r <= 5:
_AS241_C = (
    1.42343711074968357734,
    4.63033784615654529590,
    5.76949722146069140550,
    3.64784832476320460504,
    1.27045825245236838258,
    2.41780725177450611770e-1,
    2.27238449892691845833e-2,
    7.74545014278341407640e-4,
)
_AS241_D = (
    1.0,
    2.05319162663775882187,
    1.67638483018380384940,
    6.89767334985100004550e-1,
    1.48103976427480074590e-1,
    1.51986665636164571966e-2,
    5.47593808499534494600e-4,
    1.05075007164441684324e-9,
)
# Far tails, r - 5:
_AS241_E = (
    6.65790464350110377720,
    5.46378491116411436990,
    1.78482653991729133580,
    2.96560571828504891230e-1,
    2.65321895265761230930e-2,
    1.24266094738807843860e-3,
    2.71155556874348757815e-5,
    2.01033439929228813265e-7,
)
_AS241_F = (
    1.0,
    5.99832206555887937690e-1,
    1.36929880922735805310e-1,
    1.48753612908506148525e-2,
    7.86869131145613259100e-4,
    1.84631831751005468180e-5,
    1.42151175831644588870e-7,
    2.04426310338993978564e-15,
)


def _horner(coefficients, r):
    """c0 + c1*r + ... + c7*r**7, from the highest coefficient down."""
    acc = coefficients[-1]
    for c in coefficients[-2::-1]:
        acc = acc * r + c
    return acc


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_AS241_A, r) * q / _horner(_AS241_B, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_C, r) / _horner(_AS241_D, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_E, r) / _horner(_AS241_F, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable, with mean mu and
    standard deviation sigma.

    >>> NormalDist(100, 15).cdf(130)
    0.9772498680518208
    """

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        data = _as_list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        import random

        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: the x with
        P(X <= x) = p, for 0 < p < 1 (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability:
        the n - 1 cut points."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient (OVL) of two normal distributions:
        the area under both density curves, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        # Order the two by (sigma, mu): X is the narrower.
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        # The densities cross at x1 and x2; the overlap is what lies
        # outside the regions where one dominates.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above or below the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution: its mean."""
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    # Arithmetic: a constant shifts or scales the distribution; adding or
    # subtracting an independent NormalDist adds the variances.

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
