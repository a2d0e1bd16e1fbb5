# == and != with ints (exactly), floats and complex; no ordering.
nan = float('nan')
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 1j == 1, 1j == 1j, 1j != 1j, 1j != 2j)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53)
print(complex(2 ** 70, 0) == 2 ** 70, complex(2 ** 70, 0) != 2 ** 70, 1j == 2 ** 70)
print(complex(1e300, 0) == 10 ** 300, complex(float('inf')) == 10 ** 400)
print(1 == 1 + 0j, 1.0 == 1 + 0j, True == 1 + 0j, 0j == False, 1j == True)
print(complex(nan) == complex(nan), complex(nan) != complex(nan), complex(1, nan) == 1)
print(0j == -0.0, complex(-0.0, -0.0) == 0j)
print(1j == 'a', 1j != None, 1j == (0, 1), [1j] == [1j])
print(1j in [1, 1j], 1 in [1 + 0j], (1 + 2j).__eq__(1 + 2j), (1j).__eq__('x'))
for op in ['<', '<=', '>', '>=']:
    for other in ['1j', '1', '1.0', 'None']:
        try:
            eval(f'1j {op} {other}')
        except TypeError as e:
            print(type(e).__name__, e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
print(max([1j], key=abs))
