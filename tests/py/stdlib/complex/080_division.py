# True division: Smith's algorithm, bit for bit, and the zero-division error.
inf = float('inf'); nan = float('nan')
pairs = [
    (1 + 2j, 3 + 4j), (1, 1j), (1j, 1), (1, 3j), (2.5, 1 + 1j), (1 + 1j, 0.5),
    (1e300 + 1e300j, 1e-300 + 1e-300j), (1e-300j, 1e300 + 1e300j),
    (complex(inf, inf), 1), (complex(inf, inf), complex(1, 0)),
    (complex(1, 1), complex(0, inf)), (complex(1, 1), complex(inf, 1)),
    (complex(1, 1), complex(nan, 0)), (complex(1, 1), complex(0, nan)),
    (3 + 4j, -0.0j + 2), (-0.0j, 1 + 1j), (7, -2j), (True, 2j),
    (0.1 + 0.2j, 0.3 + 0.7j), (123456789 + 987654321j, 3.14159 - 2.71828j),
]
for a, b in pairs:
    print(repr(a), repr(b), repr(a / b))
for a, b in [(1j, 0), (1j, 0.0), (1, 0j), (1.0, 0j), (0j, 0j), (1j, -0.0j), (1j, False)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
z = 1 + 1j
z /= 2
print(z)
