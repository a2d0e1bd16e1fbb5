# + - * with complex, int, float and bool on either side.
inf = float('inf'); nan = float('nan')
operands = [2 + 3j, -1.5j, 2, -3, 0.5, True, complex(-0.0, 0.0), 0j]
for a in operands:
    row = []
    for b in operands:
        if isinstance(a, complex) or isinstance(b, complex):
            row.append(f"{a + b!r} {a - b!r} {a * b!r}")
    if row:
        print(repr(a), '|', ' ; '.join(row))
# Reals become complex(x, 0.0) first, as in CPython.
print(complex(inf, 0) * 2, 2 * complex(inf, 0), complex(inf, 0) * complex(2, 0))
print(complex(inf, 1) + 1, complex(nan, 1) * 0, 0 * complex(1, inf))
print(1e308j * 10, (1e200 + 1e200j) * (1e200 + 1e200j))
print(-0.0 + 0j, 0j - 0.0, -0j - 0j, (-0.0) * 1j)
print(2 ** 60 + 1j, 1j * 2 ** 60)
try:
    1j + 2 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
z = 1 + 1j
z += 1
z *= 1j
z -= 2.5
print(z)
print(sum([1j, 2j, 3]), sum([0.5, 1j]))
