# log(z, base): the quotient of two logarithms, with CPython's error rules.
import cmath
for z, b in [(8, 2), (100, 10), (1j, 2), (-1, 1j), (2, -1), (0.5, 0.25), (1e300, 1e-300), (0, 2), (8, 0.5)]:
    print(repr(z), repr(b), cmath.log(z, b))
for z, b in [(1, 1), (1, 0), (0, 0), (2, 1), (2, 0j)]:
    try:
        print(cmath.log(z, b))
    except ValueError as e:
        print(repr(z), repr(b), type(e).__name__, e)
