# cos, sin, tan and their inverses.
import cmath
values = [0, 1, -1, 0.5, 2, 1j, -2j, 1 + 1j, -0.5 + 3j, 3 - 0.5j, 1e-8 + 1e-8j, 20 + 1j, 1 + 20j, 710j, 1e6]
for z in values:
    print(repr(z), cmath.cos(z), cmath.sin(z), cmath.tan(z))
for z in values + [1.5, -7, 1e300, 1e300j, 0.999999999]:
    out = []
    for f in (cmath.acos, cmath.asin, cmath.atan):
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append(type(e).__name__)
    print(repr(z), *out)
