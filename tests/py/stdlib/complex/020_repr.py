# repr and str follow CPython: no '.0', no real part when it is +0.0.
inf = float('inf'); nan = float('nan')
values = [
    (1, 2), (0, 1), (0.0, -0.0), (-0.0, 0.0), (-0.0, -0.0), (1.5, -2.25),
    (0, 1e16), (0, 1e15), (1e16, 1), (1e-5, 1e-4), (123456789.0, 0.1),
    (inf, 0), (0, inf), (-inf, -inf), (nan, 0), (0, nan), (nan, nan),
    (1, -nan), (5e-324, -5e-324), (1.7976931348623157e308, 2),
    (0.1 + 0.2, 1 / 3), (-1, 0), (2 ** 60, 3), (2.0 ** 122, -2.0 ** 122),
]
for re, im in values:
    z = complex(re, im)
    print(repr(z), str(z), z)
print(repr(complex(-0.0, 1)), repr(complex(0.0, 1)))
print(str([complex(1, 1), complex(0, -1)]))
print(f"{1+2j}", f"{1+2j!r}", f"{-3j!s}")
