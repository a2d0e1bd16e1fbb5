# ** : small integer exponents by repeated multiplication, others in polar form.
inf = float('inf')
bases = [1 + 1j, 1j, -1j, 2 - 3j, 0.5 + 0.25j, 1 + 1e-10j, -2.5 + 0j]
for b in bases:
    print(repr(b), [b ** n for n in (0, 1, 2, 3, 5, -1, -2)])
    print(' ', b ** 100, b ** 101, b ** -100, b ** 0.5, b ** 2.0, b ** (1 + 1j))
print(2 ** 1j, 2.5 ** (1 - 1j), True ** 1j, 1j ** True, 0j ** 0, 0j ** 0j)
print(0j ** 1, 0j ** 2.5, (1 + 0j) ** 1e10, 1j ** 1e10)
print(pow(1j, 2), pow(2, 1j), pow(1j, 2, None))
for a, b in [(0j, -1), (0j, -1.5), (0j, 1j), (0, -1j), (0.0, 1j),
             (1e200 + 0j, 2), (complex(inf, 0), 2), (1e200 + 1e200j, 2),
             (10j, 1000), (10 + 0j, 400.5), ((2 + 0j), complex(0, inf)),
             (2 + 0j, 2 ** 1024)]:
    try:
        print(repr(a), repr(b), a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), repr(b), type(e).__name__, e)
for args in [(1j, 2, 3), (2, 1j, 3), (1j, 1j, 0), (2, 2, 1j), (2.0, 1j, 3), (1j, "a", 3), ("a", 1j, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
z = 1 + 1j
z **= 2
print(z)
