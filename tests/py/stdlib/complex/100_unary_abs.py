# Unary operators, abs() and truth.
inf = float('inf'); nan = float('nan')
for z in [1 + 2j, -1j, 0j, complex(-0.0, -0.0), complex(inf, nan), complex(nan, 1)]:
    print(repr(-z), repr(+z), repr(abs(z)), bool(z), repr(z.conjugate()))
print(abs(3 + 4j), abs(-5j), abs(1e308 + 1e308j), abs(5e-324 + 5e-324j))
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 0)))
print(abs(1e-300 + 1e-300j), abs(0.1 + 0.2j))
try:
    abs(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(bool(complex(0, nan)), bool(complex(-0.0, -0.0)))
print(complex.conjugate(1 + 1j), (1j).conjugate().conjugate())
