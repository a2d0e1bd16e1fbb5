# Imaginary literals: every spelling the lexer accepts.
print(1j, 2J, 0j, 1.5j, 1.5e3J, 1e-3j, .5j, 5.j)
print(0777j, 00j, 1_000j, 1_0.5_0j, 1e1_0j)
print(1e309j, -1e309j)
print(type(1j).__name__, type(0j) is complex)
print(1j.real, 1j.imag, (2.5j).imag)
print(-1j, +1j, - -1j)
print(1 + 2j, 1 - 2j, -1 - 2j, 3 * 1j)
z = 10j
print(z, z * z)
print([1j, 2j], (3j,), {4j: 'x'})
x = 1j; y = 1j
print(x == y, 1j == 1j)
print(bool(0j), bool(1j), not 0j)
