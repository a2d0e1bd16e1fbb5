# sqrt, exp, log, log10 of ordinary values.
import cmath
values = [1, 2, -1, 4j, -4j, 1 + 1j, -3 - 4j, 0.5 - 0.25j, 1e-10 + 1e10j, 2.5, 100, True]
for z in values:
    print(repr(z), cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log10(z))
print(cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)), cmath.sqrt(0), cmath.sqrt(-0.0))
print(cmath.exp(1j * cmath.pi), cmath.exp(0), cmath.exp(709), cmath.exp(-1000 + 1j))
print(cmath.log(cmath.e), cmath.log(-1), cmath.log(1j), cmath.log10(1000), cmath.log10(-100))
print(cmath.sqrt(1e-320 + 1e-320j), cmath.sqrt(1e308 + 1e308j), cmath.log(1e-320 + 0j), cmath.log(1e308 + 1e308j))
print(cmath.log(0.9 + 0.5j), cmath.log(1.2 + 0.1j), cmath.log(1.73), cmath.log(0.71j))
