# Domain and range errors, and argument errors.
import cmath
inf = float('inf')
cases = [
    lambda: cmath.log(0), lambda: cmath.log(0j), lambda: cmath.log10(0), lambda: cmath.atanh(1),
    lambda: cmath.atanh(-1), lambda: cmath.atan(1j), lambda: cmath.atan(-1j),
    lambda: cmath.exp(710), lambda: cmath.exp(complex(1, inf)), lambda: cmath.cosh(1000),
    lambda: cmath.sinh(-1000 + 1j), lambda: cmath.cos(1000j), lambda: cmath.sin(complex(inf, 1)),
    lambda: cmath.tan(complex(inf, 1)), lambda: cmath.tanh(complex(1, inf)),
    lambda: cmath.polar(complex(1.7e308, 1.7e308)), lambda: cmath.rect(1, inf),
    lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(z=1),
    lambda: cmath.sqrt('a'), lambda: cmath.sqrt(None), lambda: cmath.exp([]),
    lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.log(x=1),
    lambda: cmath.log(2, 'a'), lambda: cmath.rect(1j, 1), lambda: cmath.rect(1),
    lambda: cmath.rect(1, 2, 3), lambda: cmath.polar(), lambda: cmath.phase(1, 2),
    lambda: cmath.isinf(), lambda: cmath.isnan('x'), lambda: cmath.sqrt(2 ** 1100),
    lambda: cmath.sqrt(1e308 * 10), lambda: cmath.rect(2 ** 1100, 0),
]
for c in cases:
    try:
        print(c())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
