# rect(r, phi) over special values, and polar/phase round trips.
import cmath
inf = float('inf'); nan = float('nan')
parts = [-inf, -1e308, -2.5, -0.0, 0.0, 2.5, 1e308, inf, nan, 1.5707963267948966]
for r in parts:
    out = []
    for phi in parts:
        try:
            out.append(repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[:3])
    print(repr(r), ' '.join(out))
for z in [1 + 1j, -1, -1j, complex(-1, -0.0), 3 - 4j, 0j, complex(-0.0, 0.0)]:
    r, phi = cmath.polar(z)
    print(repr(z), r, phi, cmath.phase(z), cmath.rect(r, phi))
