# math: trigonometry, special functions, special values and domain errors.
import math
inf, nan = float('inf'), float('nan')
for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh,
          math.asinh, math.acosh, math.atanh, math.exp, math.expm1, math.sqrt, math.erf, math.erfc,
          math.gamma, math.lgamma, math.fabs, math.degrees, math.radians):
    out = []
    for x in (0.0, 0.5, -0.5, 1.0, 2.0, -2.0, inf, -inf, nan):
        try:
            out.append(repr(round(f(x), 12)) if math.isfinite(f(x)) else repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(f.__name__, ' '.join(out))
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.atan2(inf, inf), math.atan2(0.0, -0.0))
print(math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else math.pow(0.0, 0), math.pow(inf, 0), math.pow(nan, 0))
for args in [(0.0, -1), (-8, 0.5), (10, 400)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(100))
for x in (0, -1, -2.0):
    try:
        math.gamma(x)
    except ValueError as e:
        print('ValueError', e)
print(math.isfinite(1e308), math.isinf(-inf), math.isnan(nan), math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2) ** 2, math.sqrt(10 ** 100), math.sqrt(True))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
try:
    math.sqrt('x')
except TypeError as e:
    print('TypeError', e)
