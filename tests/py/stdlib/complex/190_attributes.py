# real, imag and the descriptors of complex.
z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, (5).imag, (2.5).real)
for attr in ['real', 'imag']:
    try:
        setattr(z, attr, 1.0)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    z.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del z.real
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [lambda: complex.__add__(1, 2),
            lambda: complex.conjugate(1), lambda: complex.__neg__(1.5),
            lambda: complex.__add__(1j), lambda: complex.__pow__(1j, 1, 2, 3),
            lambda: complex.__abs__(1j, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(complex.__name__, complex.__qualname__, complex.__mro__)
print(complex.__add__(1j, 2), complex.__radd__(1j, 2), complex.__rsub__(1j, 2), complex.__rtruediv__(2j, 1))
print(complex.__add__(1j, 'a'), complex.__mul__(1j, None), complex.__rpow__(2j, 2))
