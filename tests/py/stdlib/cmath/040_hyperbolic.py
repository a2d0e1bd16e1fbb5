# cosh, sinh, tanh and their inverses.
import cmath
values = [0, 1, -1, 0.5, 2, 1j, -2j, 1 + 1j, -0.5 + 3j, 3 - 0.5j, 1e-8 + 1e-8j, 20 + 1j, 1 + 20j, 710, -710 + 1j, 400 + 1j]
for z in values:
    print(repr(z), cmath.cosh(z), cmath.sinh(z), cmath.tanh(z))
for z in values + [1.5, -7, 1e300, 1e300j, 0.999999999, 1, -1 + 1e-200j, 1 + 1e-170j]:
    out = []
    for f in (cmath.acosh, cmath.asinh, cmath.atanh):
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append(type(e).__name__)
    print(repr(z), *out)
