# math: comb, perm, factorial and logs of big ints, with their errors.
import math
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 10), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(30, 10))
for args in [(-1, 2), (5, -1), (5.0, 2), (5, '2')]:
    for f in (math.comb, math.perm):
        try:
            print(f(*args))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(math.factorial(0), math.factorial(20), len(str(math.factorial(500))))
for bad in (-1, 5.0, 2.5):
    try:
        math.factorial(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = 10 ** 400
print(math.log10(big), math.log2(2 ** 1000), round(math.log(big), 6), round(math.log(big, 7), 6))
print(math.log(8, 2), math.log1p(1e-20), math.log2(1), math.log10(1000))
for bad in (0, -1, -big, 0.0):
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(math.trunc(-3.7), math.floor(-3.5), math.ceil(-3.5), math.floor(10**30), math.ceil(2.0))
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(-7, 2))
print(math.modf(-3.25), math.frexp(48.0), math.ldexp(0.75, 6), math.isclose(1, 1 + 1e-10))
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9), math.cbrt(27) if hasattr(math, 'cbrt') else 'no cbrt')
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
