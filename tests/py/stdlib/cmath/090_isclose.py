import cmath
inf = float('inf'); nan = float('nan')
pairs = [(1, 1), (1, 1 + 1e-10), (1, 1 + 1e-8), (1j, 1j + 1e-9j), (0, 1e-10),
         (complex(inf, 0), complex(inf, 0)), (complex(inf, 0), complex(-inf, 0)),
         (complex(inf, 1), 1e308), (nan, nan), (complex(1, nan), 1), (1e308 + 1e308j, -1e308 - 1e308j)]
for a, b in pairs:
    print(cmath.isclose(a, b), cmath.isclose(a, b, abs_tol=1e-9), cmath.isclose(a, b, rel_tol=0.5))
print(cmath.isclose(a=1, b=1.0000001, rel_tol=1e-6), cmath.isclose(1, 1, rel_tol=0, abs_tol=0))
print(cmath.isclose(1 + 1j, 1.0000001 + 1j, abs_tol=True), cmath.isclose(2, 2.5, rel_tol=0.2))
cases = [
    lambda: cmath.isclose(1), lambda: cmath.isclose(), lambda: cmath.isclose(1, 2, 3),
    lambda: cmath.isclose(1, 1.0000001, rel_tol=-1), lambda: cmath.isclose(1, 1, abs_tol=-0.1),
    lambda: cmath.isclose(1, 1, tol=1e-3), lambda: cmath.isclose(1, a=1),
    lambda: cmath.isclose(1, b='x'), lambda: cmath.isclose(1, 1, rel_tol='x'),
    lambda: cmath.isclose(1, 1, rel_tol=1j), lambda: cmath.isclose('a', 1),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
