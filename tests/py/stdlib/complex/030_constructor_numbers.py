# complex() from numbers, by position and by keyword.
print(complex(), complex(0), complex(1), complex(1.5), complex(True), complex(False))
print(complex(1, 2), complex(1.5, -2.5), complex(True, True))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4), complex(1, imag=5))
print(complex(-0.0), complex(-0.0, -0.0), complex(0.0, -0.0), complex(0, -0.0))
print(complex(2 ** 53 + 1), complex(10 ** 20, 10 ** 20))
# Complex arguments: the result is real + imag * 1j, part by part.
print(complex(1 + 2j), complex(1 + 2j, 3), complex(1, 2 + 3j), complex(1 + 2j, 3 + 4j))
print(complex(2j, 2j), complex(-0j), complex(0j, -0.0))
z = 3 + 4j
print(complex(z) is z)
print(complex(float('inf'), float('nan')))
for bad in [(2 ** 1024,), (1, 2 ** 1024)]:
    try:
        complex(*bad)
    except OverflowError as e:
        print(type(e).__name__, e)
