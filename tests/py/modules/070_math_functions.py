import math
print(math.sqrt(2), math.sqrt(144), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.tan(math.pi / 4), 12))
print(math.atan2(1, 1) * 4 == math.pi, round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1), 12))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4), math.pow(2, 10), math.fabs(-3))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.ldexp(0.5, 4), math.frexp(8.0), math.exp(0), math.log1p(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(0.5), 12), math.expm1(0))
