# math 3.11: functions of many arguments and the float neighbours.
import math
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(-3.5, float('inf'), float('nan')), math.hypot(float('nan'), 1))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((), ()))
for a, b in [((1, 2), (1,)), ((1,), 'ab'), (1, (2,))]:
    try:
        print(math.dist(a, b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 3]), math.prod([2, 3], start=10))
print(math.prod(['a', 3]) if False else math.prod([[1], 3]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
try:
    math.fsum([float('inf'), float('-inf')])
except ValueError as e:
    print('ValueError', e)
print(math.fsum([float('inf'), 1.0]), math.fsum([]))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0))
print(math.lcm(), math.lcm(4), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
for f in (math.gcd, math.lcm):
    try:
        f(1.5, 2)
    except TypeError as e:
        print('TypeError', e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(float('inf')), math.ulp(float('nan')))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 12345), math.isqrt(True))
for bad in (-1, 2.0, '4'):
    try:
        math.isqrt(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
