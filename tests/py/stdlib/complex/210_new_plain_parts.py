# complex(x) and complex(x, y) of plain floats and ints (the direct path),
# next to the cases that still take the general one.
print(complex(1.5), complex(1.5, -2.25), complex(3), complex(3, 4), complex(0, -0.0))
print(complex(-0.0), complex(-0.0, -0.0), complex(0.0, 0.0), complex(-0.0, 0))
print(complex(2 ** 53, 1), complex(2 ** 53 + 1, 0), complex(-(2 ** 53) - 1, 2 ** 60))
print(complex(float("inf"), float("nan")), complex(1e308, -1e308))
try:
    complex(2 ** 1024, 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(complex(True, False), complex(1.0, 2j), complex(1j, 2.0), complex(real=1.0, imag=2))
print(complex(imag=3.0), complex("1+2j"), complex())


class F(float):
    def __complex__(self):
        return 9j


class G(float):
    pass


class C(complex):
    pass


print(complex(F(1.0)), complex(G(2.0), G(3.0)), type(C(1.0, 2.0)).__name__, C(1.0, 2.0))
for args in [("1", 2.0), (1.0, "2"), (None,), ([],), (1.0, 2.0, 3.0)]:
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    complex(1.0, imag=2.0, real=3.0)
except TypeError as e:
    print(type(e).__name__, e)
zs = [complex(x / 4, -x) for x in range(-3, 4)]
print(zs, sum(zs))
